#pragma once

#include "CliCommand.h"
#include "receiver/ReceivedRequest.h"

// webhook-studio-cli receive [--port P] [--script SCRIPT] [--secret whsec_...]
//     [--json] [--quiet] [--history N]
class ReceiveCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiveCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;

private:
    static void printRequest(QTextStream& out, const ReceivedRequest& request, bool quiet);
    static QString toJsonLine(const ReceivedRequest& request);
};
