#include "SendCommand.h"

#include "SignalWatcher.h"
#include "WebhookSelection.h"
#include "delivery/DeliveryJson.h"
#include "delivery/DeliverySchedule.h"
#include "delivery/Duration.h"
#include "delivery/EnvironmentSecretResolver.h"
#include "delivery/HttpClient.h"
#include "delivery/SuccessEvaluator.h"
#include "history/DeliveryHistory.h"
#include "keychain/SecretKeychain.h"
#include "storage/Preferences.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString outcome(const AttemptRecord& attempt)
{
    if (!attempt.response.received)
        return SendCommand::tr("no response");
    return SuccessEvaluator::statusText(attempt.response.status, attempt.response.reason);
}
} // namespace

QString SendCommand::name() const
{
    return u"send"_s;
}

QString SendCommand::summary() const
{
    return tr("Send a test event with a webhook's full delivery semantics (timeouts, retries, "
              "success condition), printing each attempt as it happens. Exits 0 when "
              "delivered, 1 when not, 2 for bad input.");
}

void SendCommand::writeJsonLine(QTextStream& out, const QJsonObject& object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void SendCommand::printAttempt(QTextStream& out, const AttemptRecord& attempt)
{
    out << u"  "_s << tr("Attempt %1").arg(attempt.number) << u"  "_s << outcome(attempt) << u"  "_s
        << Duration::text(attempt.durationMs) << u"  "_s
        << (attempt.verdict.delivered ? tr("delivered")
                                      : tr("failed: %1").arg(attempt.verdict.summary()))
        << Qt::endl;
}

int SendCommand::sendOnce(
    const DeliveryPlan& plan, bool json, CliOutput& output, DeliveryRecord* result)
{
    HttpClient client;
    client.setProxyConfig(m_proxies);
    client.setTlsOptions(m_tls);
    Delivery delivery(&client, plan);
    QTextStream& out = output.out();
    if (!json) {
        out << tr("Sending %1 (%2) with \"%3\": %4 %5")
                   .arg(plan.event, plan.eventId, plan.webhookName,
                       httpMethodName(plan.request.method), plan.request.url)
            << Qt::endl;
        const QUrl proxy = m_proxies.proxyFor(QUrl(plan.request.url));
        if (!proxy.isEmpty())
            out << u"  "_s << tr("through the proxy %1").arg(ProxyConfig::describe(proxy))
                << Qt::endl;
        out << u"  "_s << DeliverySchedule(plan.policy).describe() << Qt::endl;
    }
    QObject::connect(&delivery, &Delivery::attemptStarted, &delivery,
        [&](int number, const SentRequest& request) {
            if (json) {
                QJsonObject line = DeliveryJson::request(request);
                line.insert(u"type"_s, u"attempt-started"_s);
                line.insert(u"attempt"_s, number);
                writeJsonLine(out, line);
            }
        });
    QObject::connect(
        &delivery, &Delivery::attemptFinished, &delivery, [&](const AttemptRecord& attempt) {
            if (!json) {
                printAttempt(out, attempt);
                return;
            }
            QJsonObject line = DeliveryJson::attempt(attempt);
            line.insert(u"type"_s, u"attempt-finished"_s);
            writeJsonLine(out, line);
        });
    QObject::connect(&delivery, &Delivery::waitingForRetry, &delivery,
        [&](int next, const QDateTime& until, qint64 waitMs, const QString& why) {
            if (json) {
                writeJsonLine(out,
                    { { u"type"_s, u"waiting"_s }, { u"nextAttempt"_s, next },
                        { u"until"_s, until.toString(Qt::ISODateWithMs) }, { u"waitMs"_s, waitMs },
                        { u"why"_s, why } });
                return;
            }
            out << u"  "_s
                << tr("Waiting %1 (%2) before attempt %3…")
                       .arg(Duration::text(waitMs), why)
                       .arg(next)
                << Qt::endl;
        });
    QObject::connect(&delivery, &Delivery::finished, QCoreApplication::instance(),
        &QCoreApplication::quit, Qt::QueuedConnection);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &delivery, &Delivery::cancel);

    delivery.start();
    if (!delivery.isFinished())
        QCoreApplication::exec();

    const DeliveryRecord& record = delivery.record();
    *result = record;
    if (json) {
        QJsonObject line = DeliveryJson::verdict(record.verdict);
        line.insert(u"type"_s, u"finished"_s);
        line.insert(u"eventId"_s, record.eventId);
        line.insert(u"attempts"_s, int(record.attempts.size()));
        line.insert(u"totalMs"_s, record.totalMs);
        if (!record.environment.isEmpty())
            line.insert(u"environment"_s, record.environment);
        writeJsonLine(out, line);
    } else if (record.delivered()) {
        out << tr("Delivered on attempt %1 after %2.")
                   .arg(record.attempts.size())
                   .arg(Duration::text(record.totalMs))
            << Qt::endl;
    } else {
        out << tr("Not delivered: %1").arg(record.verdict.summary()) << Qt::endl;
    }
    return record.delivered() ? Success : Failure;
}

void SendCommand::record(const DeliveryRecord& record, const WebhookSelection& selection,
    const DeliveryReplay& replay, CliOutput& output)
{
    DeliveryHistory history(DeliveryHistory::defaultPath());
    HistoryEntry entry;
    entry.origin = HistoryOrigin::Cli;
    entry.campaign = selection.document().name;
    entry.record = record;
    entry.replay = replay;
    if (history.open()) {
        history.setRetention(Preferences::historyRetention());
        if (history.add(entry) > 0)
            return;
    }
    output.err()
        << tr("send: note: the delivery is not in the history: %1.").arg(history.errorString())
        << u'\n';
}

int SendCommand::sendBurst(const WebhookSelection& selection,
    const DeliveryPreparer::Options& options, int count, int concurrency, bool json,
    CliOutput& output)
{
    const MemorySecretStore& secrets = m_secrets;
    const EventContext::Options contextOptions = selection.contextOptions();
    const EventContext first
        = EventContext::build(selection.document(), selection.event(), contextOptions);
    const RequestTemplate compiled(selection.webhook(), first.layout());
    // Each delivery is a new event: a new id, the same sample data.
    const auto factory = [&](int) {
        return *DeliveryPreparer::prepare(compiled,
            first.nextDelivery(contextOptions.eventId, contextOptions.timestamp), secrets,
            selection.webhookPath(), options)
                    .plan;
    };
    HttpClient client;
    client.setProxyConfig(m_proxies);
    client.setTlsOptions(m_tls);
    DeliveryBurst burst(&client, count, concurrency, factory);
    QTextStream& out = output.out();
    QObject::connect(&burst, &DeliveryBurst::deliveryFinished, &burst,
        [&](const DeliveryRecord& record, int index) {
            if (json) {
                QJsonObject line = DeliveryJson::verdict(record.verdict);
                line.insert(u"type"_s, u"delivery"_s);
                line.insert(u"index"_s, index + 1);
                line.insert(u"eventId"_s, record.eventId);
                line.insert(u"attempts"_s, int(record.attempts.size()));
                line.insert(u"totalMs"_s, record.totalMs);
                writeJsonLine(out, line);
            } else if (!record.delivered()) {
                out << tr("#%1 not delivered: %2").arg(index + 1).arg(record.verdict.summary())
                    << Qt::endl;
            }
        });
    QObject::connect(&burst, &DeliveryBurst::finished, QCoreApplication::instance(),
        &QCoreApplication::quit, Qt::QueuedConnection);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &burst, &DeliveryBurst::cancel);
    burst.start();
    QCoreApplication::exec();

    const DeliveryBurst::Summary& summary = burst.summary();
    if (json) {
        writeJsonLine(out,
            { { u"type"_s, u"summary"_s }, { u"total"_s, summary.total },
                { u"delivered"_s, summary.delivered }, { u"failed"_s, summary.failed },
                { u"cancelled"_s, summary.cancelled }, { u"elapsedMs"_s, summary.elapsedMs },
                { u"perSecond"_s, summary.ratePerSecond() },
                { u"p50Ms"_s, summary.percentile(0.5) }, { u"p90Ms"_s, summary.percentile(0.9) },
                { u"p99Ms"_s, summary.percentile(0.99) },
                { u"maxMs"_s, summary.percentile(1.0) } });
    } else {
        out << summary.describe(concurrency) << Qt::endl;
    }
    return summary.delivered == count ? Success : Failure;
}

bool SendCommand::readProxies(const QCommandLineParser& parser, const QCommandLineOption& proxy,
    const QCommandLineOption& noProxy, CliOutput& output)
{
    if (parser.isSet(proxy)) {
        QString error;
        const std::optional<QUrl> url = ProxyConfig::parseProxy(parser.value(proxy), &error);
        if (!url) {
            output.err() << tr("send: --proxy: %1").arg(error) << u'\n';
            return false;
        }
        m_proxies = ProxyConfig::manual(*url);
    } else {
        m_proxies = ProxyConfig::fromEnvironment();
        // A proxy variable that is not a URL is left out, not fatal: curl
        // would fail at once, but a stale variable should not stop a test.
        for (const QString& problem : m_proxies.problems())
            output.err() << tr("warning: %1 (not used)").arg(problem) << u'\n';
    }
    if (parser.isSet(noProxy))
        m_proxies.setNoProxy(parser.value(noProxy));
    return true;
}

void SendCommand::fetchSecrets(const RequestTemplate& compiled, const EventContext& context)
{
    // The process environment first (CI passes secrets so); what it lacks
    // from the keychain, where the app and import keep them.
    m_secrets.setFallback(&m_environment);
    const QStringList missing = DeliveryPreparer::missingSecrets(compiled, context, m_environment);
    if (missing.isEmpty())
        return;
    SecretKeychain keychain(SecretKeychain::defaultService());
    const SecretKeychain::Values stored = keychain.readNow(missing);
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        m_secrets.insert(it.key(), it.value());
}

bool SendCommand::readTls(
    const QCommandLineParser& parser, const WebhookSelection& selection, CliOutput& output)
{
    QString error;
    const TlsFiles given { parser.value(u"cacert"_s), parser.value(u"cert"_s),
        parser.value(u"key"_s), parser.value(u"pass"_s) };
    const Environment* environment = selection.environment();
    // Any of the options wins over the environment's files, as a whole.
    const bool anyGiven = given != TlsFiles();
    const std::optional<TlsOptions> tls = anyGiven || !environment
        ? TlsOptions::load(given, &error)
        : TlsOptions::loadFor(environment->tls, QFileInfo(selection.filePath()).absolutePath(),
            EnvironmentSecretResolver(), &error);
    if (!tls) {
        output.err() << tr("send: %1").arg(error) << u'\n';
        return false;
    }
    m_tls = *tls;
    return true;
}

int SendCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    WebhookSelection selection;
    selection.addOptions(parser);
    const QCommandLineOption urlOption(u"url"_s,
        tr("Send here instead of the webhook's URL, e.g. http://127.0.0.1:8080/hook."), tr("URL"));
    const QCommandLineOption repeatOption(
        u"repeat"_s, tr("Send N deliveries, each a new event (default 1)."), tr("N"), u"1"_s);
    const QCommandLineOption concurrencyOption(u"concurrency"_s,
        tr("With --repeat, at most C deliveries at once (default 1)."), tr("C"), u"1"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON lines instead of text."));
    const QCommandLineOption noHistoryOption(
        u"no-history"_s, tr("Do not add the delivery to the history (bursts never are)."));
    const QCommandLineOption proxyOption(u"proxy"_s,
        tr("Send through this proxy (http://, socks5:// or socks5h://, with user:password@ when "
           "it asks for credentials) instead of what http_proxy, https_proxy and all_proxy say."),
        tr("URL"));
    const QCommandLineOption noProxyOption(u"noproxy"_s,
        tr("Hosts that go direct, comma-separated (* for all), instead of what no_proxy says."),
        tr("LIST"));
    // Named as curl names them.
    const QList<QCommandLineOption> tlsOptions {
        { u"cacert"_s,
            tr("Trust the CAs in this PEM bundle too (an internal CA), beside the system's."),
            tr("FILE") },
        { u"cert"_s,
            tr("Present this client certificate to servers that ask for one: PEM (with its key, "
               "or see --key) or PKCS#12 (.p12, .pfx)."),
            tr("FILE") },
        { u"key"_s, tr("The client certificate's private key (PEM), when not in its file."),
            tr("FILE") },
        { u"pass"_s, tr("The passphrase of the key or of the PKCS#12 file."), tr("PHRASE") },
    };
    const QCommandLineOption allowUnresolvedOption(u"allow-unresolved"_s,
        tr("Send a secret that has no value as its ${NAME} reference instead of refusing."));
    parser.addOptions({ urlOption, repeatOption, concurrencyOption, jsonOption, noHistoryOption,
        proxyOption, noProxyOption, allowUnresolvedOption });
    parser.addOptions(tlsOptions);
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;
    if (!selection.resolve(parser, name(), output)
        || !readProxies(parser, proxyOption, noProxyOption, output)
        || !readTls(parser, selection, output))
        return UsageError;
    bool repeatOk = false;
    bool concurrencyOk = false;
    const int repeat = parser.value(repeatOption).toInt(&repeatOk);
    const int concurrency = parser.value(concurrencyOption).toInt(&concurrencyOk);
    if (!repeatOk || repeat < 1 || !concurrencyOk || concurrency < 1 || concurrency > 256) {
        output.err() << tr("send: --repeat takes a number of at least 1, --concurrency one from "
                           "1 to 256.")
                     << u'\n';
        return UsageError;
    }

    DeliveryPreparer::Options options;
    options.urlOverride = parser.value(urlOption);
    const EventContext::Options contextOptions = selection.contextOptions();
    const EventContext context
        = EventContext::build(selection.document(), selection.event(), contextOptions);
    const RequestTemplate compiled(selection.webhook(), context.layout());
    fetchSecrets(compiled, context);
    const MemorySecretStore& secrets = m_secrets;
    DeliveryPreparer::Result prepared
        = DeliveryPreparer::prepare(compiled, context, secrets, selection.webhookPath(), options);
    if (!parser.isSet(allowUnresolvedOption)) {
        // A ${NAME} on the wire is never what anyone meant to send.
        prepared.problems.removeIf(
            [](const Problem& problem) { return problem.code == u"send.secret"_s; });
        for (const QString& missing :
            DeliveryPreparer::missingSecrets(compiled, context, secrets)) {
            prepared.problems.append(
                Problem::error(selection.webhookPath().toString(), u"send.secret-unresolved"_s,
                    tr("The secret ${%1} has no value: %2 (or give --allow-unresolved to send the "
                       "reference as it is). Nothing was sent.")
                        .arg(missing, secrets.hint(missing))));
            prepared.plan.reset();
        }
    }
    printProblems(output.err(), selection.filePath(), prepared.problems);
    if (!prepared.plan)
        return UsageError;

    const bool json = parser.isSet(jsonOption);
    DeliveryRecord delivered;
    if (repeat == 1) {
        const int result = sendOnce(*prepared.plan, json, output, &delivered);
        if (!parser.isSet(noHistoryOption))
            record(delivered, selection, prepared.replay, output);
        return result;
    }
    return sendBurst(selection, options, repeat, concurrency, json, output);
}
