#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// Dispatches `webhook-studio-cli COMMAND ...` to its command and handles the
// options that belong to the program itself (--help, --version).
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    int run(const QStringList& arguments);

private:
    void printUsage(QTextStream& stream) const;
    CliCommand* find(const QString& name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
    CliOutput m_output;
};
