#pragma once

#include "CliCommand.h"

// webhook-studio-cli events [--json]
class EventsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EventsCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;
};
