#pragma once

#include "CliCommand.h"
#include "validation/Problem.h"

#include <QJsonObject>

// webhook-studio-cli validate FILE... [--json]
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;

    // Loading problems, or the validator's when the file loaded.
    static QList<Problem> check(const QString& filePath);

private:
    static QJsonObject toJson(const QString& filePath, const QList<Problem>& problems);
};
