#pragma once

#include "CliCommand.h"

// webhook-studio-cli export FILE --format production|curl|postman
//     [--webhook NAME] [--event EVENT] [--draft] [--receiver URL] [-o OUT]
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;

private:
    struct Request
    {
        QString file;
        CampaignDocument document;
        QString webhook;
        QString event;
        QString receiverUrl;
        QString environment;
        // Where the result goes; empty: standard output.
        QString outPath;
        bool draft = false;
    };

    int exportProduction(const Request& request, QByteArray* result, CliOutput& output) const;
    int exportCurl(const Request& request, QByteArray* result, CliOutput& output) const;
    int exportPostman(const Request& request, QByteArray* result, CliOutput& output) const;
    int exportOpenApi(const Request& request, QByteArray* result, CliOutput& output) const;
    int exportJsonSchemas(const Request& request, CliOutput& output) const;
};
