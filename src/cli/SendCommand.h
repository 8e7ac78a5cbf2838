#pragma once

#include "CliCommand.h"
#include "delivery/DeliveryBurst.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/EnvironmentSecretResolver.h"
#include "delivery/MemorySecretStore.h"
#include "delivery/ProxyConfig.h"
#include "delivery/TlsOptions.h"

class WebhookSelection;

// webhook-studio-cli send FILE --webhook NAME --event EVENT [--url URL]
//     [--receiver URL] [--repeat N] [--concurrency C] [--json] [--sample-data FILE]
//     [--no-history] [--proxy URL] [--noproxy LIST] [--cacert FILE]
//     [--cert FILE [--key FILE] [--pass PHRASE]]
class SendCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SendCommand)

public:
    QString name() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CliOutput& output) override;

private:
    int sendOnce(const DeliveryPlan& plan, bool json, CliOutput& output, DeliveryRecord* result);
    // Adds the delivery to the history shared with the app; a history that
    // cannot be written is reported on standard error and does not change
    // the exit code.
    static void record(const DeliveryRecord& record, const WebhookSelection& selection,
        const DeliveryReplay& replay, CliOutput& output);
    int sendBurst(const WebhookSelection& selection, const DeliveryPreparer::Options& options,
        int count, int concurrency, bool json, CliOutput& output);
    static void printAttempt(QTextStream& out, const AttemptRecord& attempt);
    static void writeJsonLine(QTextStream& out, const QJsonObject& object);
    // What --proxy and --noproxy say, else the environment (as curl reads
    // it); false after a usage error.
    bool readProxies(const QCommandLineParser& parser, const QCommandLineOption& proxy,
        const QCommandLineOption& noProxy, CliOutput& output);

    // --cacert, --cert, --key and --pass; false after a usage error.
    bool readTls(
        const QCommandLineParser& parser, const WebhookSelection& selection, CliOutput& output);

    // The secrets the request needs that the process environment lacks,
    // from the system keychain, into m_secrets.
    void fetchSecrets(const RequestTemplate& compiled, const EventContext& context);

    ProxyConfig m_proxies;
    TlsOptions m_tls;
    EnvironmentSecretResolver m_environment;
    MemorySecretStore m_secrets;
};
