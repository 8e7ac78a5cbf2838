#pragma once

#include "CliCommand.h"

// webhook-studio-cli import --from curl|production [FILE] [--event EVENT]...
//     [-o OUT]
// Reads a curl command or a production export (from FILE, or standard input)
// and writes a campaign document.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;
};
