#pragma once

#include "CliCommand.h"

// webhook-studio-cli fields [FILE] [--json]
class FieldsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(FieldsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;
};
