#include "CliRunner.h"
#include "TestCertificates.h"
#include "TestPaths.h"
#include "TestProxy.h"
#include "history/DeliveryHistory.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

// `webhook-studio-cli receive --json` running in the background, as in a
// second shell.
class Receiver
{
public:
    explicit Receiver(const QStringList& extra = {})
    {
        m_process.start(TestPaths::cliExecutable(),
            QStringList { u"receive"_s, u"--json"_s, u"--port"_s, u"0"_s } + extra);
        if (!m_process.waitForReadyRead(10000))
            qFatal("receive did not start: %s", m_process.readAllStandardError().constData());
        const QJsonObject listening = QJsonDocument::fromJson(m_process.readLine()).object();
        m_url = listening.value(u"url"_s).toString();
    }

    ~Receiver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QString url(const QString& path) const { return m_url + path; }

    // The requests printed so far, one JSON object each.
    QList<QJsonObject> requests()
    {
        while (m_process.canReadLine() || m_process.waitForReadyRead(300)) {
            while (m_process.canReadLine())
                m_requests.append(QJsonDocument::fromJson(m_process.readLine()).object());
        }
        return m_requests;
    }

    // Stops it as Ctrl+C would; returns its exit code and standard error.
    std::pair<int, QString> stop()
    {
        m_process.terminate();
        m_process.waitForFinished(10000);
        return { m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1,
            QString::fromUtf8(m_process.readAllStandardError()) };
    }

private:
    QProcess m_process;
    QString m_url;
    QList<QJsonObject> m_requests;
};

QProcessEnvironment withSecrets()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HELPDESK_SIGNING_SECRET"_s, kSecret);
    environment.insert(u"HELPDESK_TOKEN"_s, u"Bearer sk_test_123"_s);
    environment.insert(u"CRM_API_TOKEN"_s, u"Bearer sk_test_456"_s);
    return environment;
}
} // namespace

// send and receive working together from two "shells", as docs/cli.md shows.
class SendReceiveCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void sendsToTheReceiver();
    void printsEachAttemptAsItHappens();
    void printsJsonLines();
    void verifiesSignaturesAndFillsSecrets();
    void failsWithExitCodeOne();
    void refusesBadInputWithExitCodeTwo();
    void sendsBursts();
    void recordsSendsInTheSharedHistory();
    void stopsCleanlyOnSigterm();
    void refusesBadReceiverOptions();
    void sendsThroughAProxy();
    void sendsWithACaBundleAndAClientCertificate();
};

void SendReceiveCommandTest::sendsToTheReceiver()
{
    Receiver receiver;
    const QStringList arguments { u"send"_s, TestPaths::sampleFile(), u"--webhook"_s,
        u"Campaign status ping"_s, u"--event"_s, u"campaign.started"_s, u"--url"_s,
        receiver.url(u"/ping?campaign=winter"_s) };
    // The secret has no value in this environment: nothing is sent.
    const CliRun refused = runCli(arguments);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"$.webhooks[1]: error: The secret ${OPS_API_KEY} has no "
                                  "value: set the environment variable OPS_API_KEY (or give "
                                  "--allow-unresolved to send the reference as it is). Nothing "
                                  "was sent."_s),
        qPrintable(refused.err));
    QVERIFY(receiver.requests().isEmpty());

    const CliRun run = runCli(arguments + QStringList { u"--allow-unresolved"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Sending campaign.started (evt_"_s));
    QVERIFY(run.out.contains(u"  Attempt 1  200 OK  "_s));
    QVERIFY(run.out.contains(u"Delivered on attempt 1 after "_s));
    // Allowed: a warning, the reference goes out.
    QVERIFY(
        run.err.contains(u"The secret ${OPS_API_KEY} of the \"X-Api-Key\" header has no value"_s));
    const QList<QJsonObject> requests = receiver.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().value(u"method"_s).toString(), u"GET"_s);
    QCOMPARE(requests.first().value(u"path"_s).toString(), u"/ping"_s);
    QCOMPARE(requests.first().value(u"query"_s).toString(), u"campaign=winter"_s);
}

void SendReceiveCommandTest::printsEachAttemptAsItHappens()
{
    Receiver receiver({ u"--script"_s, u"503,503,200"_s });
    const CliRun run
        = runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s, u"CRM sync"_s, u"--event"_s,
                     u"call.ended"_s, u"--url"_s, receiver.url(u"/crm"_s) },
            {}, 60000, withSecrets());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    QVERIFY(lines.at(1).contains(u"Up to 4 attempts: now, +1 s, +3 s, +7 s"_s));
    QVERIFY(lines.at(2).startsWith(u"  Attempt 1  503 Service Unavailable  "_s));
    QVERIFY(lines.at(2).endsWith(u"failed: Status 503 Service Unavailable; expected any 2xx."_s));
    QVERIFY(lines.at(3).startsWith(u"  Waiting "_s));
    QVERIFY(lines.at(3).endsWith(u"(backoff) before attempt 2…"_s));
    QVERIFY(lines.at(6).startsWith(u"  Attempt 3  200 OK  "_s));
    QVERIFY(lines.at(6).endsWith(u"delivered"_s));
    QVERIFY(lines.at(7).startsWith(u"Delivered on attempt 3 after "_s));
    QCOMPARE(receiver.requests().size(), 3);
}

void SendReceiveCommandTest::printsJsonLines()
{
    Receiver receiver({ u"--script"_s, u"500,200"_s });
    const CliRun run = runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s,
        u"Sales chat notifier"_s, u"--event"_s, u"conversation.intent_detected"_s, u"--url"_s,
        receiver.url(u"/chat"_s), u"--json"_s });
    QCOMPARE(run.exitCode, 0);
    QStringList types;
    QList<QJsonObject> lines;
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
        types.append(lines.last().value(u"type"_s).toString());
    }
    QCOMPARE(types,
        QStringList({ u"attempt-started"_s, u"attempt-finished"_s, u"waiting"_s,
            u"attempt-started"_s, u"attempt-finished"_s, u"finished"_s }));
    const QJsonObject failed = lines.at(1);
    QCOMPARE(failed.value(u"response"_s)[u"status"_s].toInt(), 500);
    QCOMPARE(
        failed.value(u"verdict"_s)[u"reasons"_s][0][u"kind"_s].toString(), u"status-mismatch"_s);
    QCOMPARE(lines.at(2).value(u"why"_s).toString(), u"backoff"_s);
    QCOMPARE(lines.last().value(u"delivered"_s), QJsonValue(true));
    QCOMPARE(lines.last().value(u"attempts"_s).toInt(), 2);
    QCOMPARE(lines.last().value(u"environment"_s).toString(), u"Local"_s);
    // Both attempts carry the same event id.
    const QString body = lines.at(0).value(u"body"_s).toString();
    QCOMPARE(lines.at(3).value(u"body"_s).toString(), body);
}

void SendReceiveCommandTest::verifiesSignaturesAndFillsSecrets()
{
    // The helpdesk answers 201 with {"ticket": {"created": true}} when it works.
    Receiver receiver({ u"--secret"_s, kSecret, u"--script"_s,
        uR"({"steps": [{"status": 201, "body": {"ticket": {"created": true}}}]})"_s });
    // --receiver fills {{local_receiver}}, which the sample's URLs start with.
    const CliRun run = runCli(
        { u"send"_s, TestPaths::sampleFile(), u"--webhook"_s, u"Helpdesk follow-up ticket"_s,
            u"--event"_s, u"call.failed"_s, u"--receiver"_s, receiver.url(QString()) },
        {}, 60000, withSecrets());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QJsonObject request = receiver.requests().first();
    QCOMPARE(request.value(u"path"_s).toString(), u"/helpdesk/api/v1/tickets"_s);
    QCOMPARE(request.value(u"signatureValid"_s), QJsonValue(true));
    QString authorization;
    for (const QJsonValue& header : request.value(u"headers"_s).toArray()) {
        if (header[u"name"_s].toString().compare(u"authorization"_s, Qt::CaseInsensitive) == 0)
            authorization = header[u"value"_s].toString();
    }
    QCOMPARE(authorization, u"Bearer sk_test_123"_s);
    // The secret is sent, never printed.
    QVERIFY(!run.out.contains(u"sk_test_123"_s));
}

void SendReceiveCommandTest::failsWithExitCodeOne()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString url = u"http://127.0.0.1:"_s + QString::number(probe.serverPort()) + u"/x"_s;
    probe.close();
    const CliRun run
        = runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s, u"Sales chat notifier"_s,
            u"--event"_s, u"conversation.intent_detected"_s, u"--url"_s, url });
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(u"Connection refused by 127.0.0.1:"_s));
    QVERIFY(run.out.contains(u"Not delivered: All 2 attempts failed"_s));
}

void SendReceiveCommandTest::refusesBadInputWithExitCodeTwo()
{
    // Signing without its secret: nothing is sent.
    const CliRun noSecret = runCli(
        { u"send"_s, TestPaths::sampleFile(), u"--webhook"_s, u"Helpdesk follow-up ticket"_s,
            u"--event"_s, u"call.failed"_s, u"--url"_s, u"http://127.0.0.1:9/x"_s });
    QCOMPARE(noSecret.exitCode, 2);
    QVERIFY(noSecret.err.contains(
        u"$.webhooks[3].signing.secret: error: The signing secret ${HELPDESK_SIGNING_SECRET} has "
        "no value: set the environment variable HELPDESK_SIGNING_SECRET."_s));
    QCOMPARE(noSecret.out, QString());

    const CliRun badUrl
        = runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s, u"Sales chat notifier"_s,
            u"--event"_s, u"conversation.intent_detected"_s, u"--url"_s, u"ftp://127.0.0.1/"_s });
    QCOMPARE(badUrl.exitCode, 2);
    QVERIFY(badUrl.err.contains(u"--url: error: \"ftp://127.0.0.1/\" is not an http://"_s));

    const CliRun badReceiver = runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s,
        u"CRM sync"_s, u"--event"_s, u"call.ended"_s, u"--receiver"_s, u"127.0.0.1:8787"_s });
    QCOMPARE(badReceiver.exitCode, 2);
    QVERIFY(badReceiver.err.contains(
        u"send: --receiver: \"127.0.0.1:8787\" is not an http:// or https:// URL."_s));

    const CliRun badRepeat = runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s,
        u"Sales chat notifier"_s, u"--event"_s, u"call.ended"_s, u"--repeat"_s, u"0"_s });
    QCOMPARE(badRepeat.exitCode, 2);
}

void SendReceiveCommandTest::sendsBursts()
{
    Receiver receiver({ u"--quiet"_s });
    const CliRun run = runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s,
        u"Sales chat notifier"_s, u"--event"_s, u"conversation.intent_detected"_s, u"--url"_s,
        receiver.url(u"/chat"_s), u"--repeat"_s, u"40"_s, u"--concurrency"_s, u"6"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"40 deliveries with concurrency 6 in "_s));
    QVERIFY(run.out.contains(u": 40 delivered, 0 failed."_s));
    QVERIFY(run.out.contains(u"Latency: p50 "_s));
    QCOMPARE(receiver.requests().size(), 40);
    QSet<QString> bodies;
    for (const QJsonObject& request : receiver.requests())
        bodies.insert(request.value(u"body"_s).toString());
    QCOMPARE(bodies.size(), 1); // the chat text has no event id: same body each time
}

void SendReceiveCommandTest::recordsSendsInTheSharedHistory()
{
    QTemporaryDir data;
    QProcessEnvironment environment = withSecrets();
    environment.insert(u"WEBHOOKSTUDIO_DATA_DIR"_s, data.path());
    Receiver receiver({ u"--script"_s, u"500,200"_s });
    const QStringList send { u"send"_s, TestPaths::sampleFile(), u"--webhook"_s, u"CRM sync"_s,
        u"--event"_s, u"call.ended"_s, u"--receiver"_s, receiver.url(QString()) };
    QCOMPARE(runCli(send, {}, 60000, environment).exitCode, 0);
    QCOMPARE(runCli(send + QStringList { u"--no-history"_s }, {}, 60000, environment).exitCode, 0);
    QCOMPARE(
        runCli(send + QStringList { u"--repeat"_s, u"3"_s }, {}, 60000, environment).exitCode, 0);

    DeliveryHistory history(data.filePath(u"history.sqlite"_s));
    QVERIFY2(history.open(), qPrintable(history.errorString()));
    const QList<HistorySummary> entries = history.list();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().origin, HistoryOrigin::Cli);
    QCOMPARE(entries.first().campaign, u"Winter Renewal Outreach"_s);
    QCOMPARE(entries.first().attempts, 2);
    const HistoryEntry entry = *history.entry(entries.first().id);
    QVERIFY(entry.replay);
    QCOMPARE(entry.replay->request.header(u"Authorization"), u"${CRM_API_TOKEN}"_s);
    QCOMPARE(entry.record.attempts.first().request.header(u"Authorization"), SentRequest::mask());

    // A history that cannot be written is a note, not a failure.
    QFile blocker(data.filePath(u"blocked"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    environment.insert(u"WEBHOOKSTUDIO_DATA_DIR"_s, data.filePath(u"blocked/sub"_s));
    const CliRun blocked = runCli(send, {}, 60000, environment);
    QCOMPARE(blocked.exitCode, 0);
    QVERIFY2(blocked.err.contains(u"send: note: the delivery is not in the history:"_s),
        qPrintable(blocked.err));
}

void SendReceiveCommandTest::stopsCleanlyOnSigterm()
{
    Receiver receiver;
    runCli({ u"send"_s, TestPaths::sampleFile(), u"--webhook"_s, u"Sales chat notifier"_s,
        u"--event"_s, u"conversation.intent_detected"_s, u"--url"_s, receiver.url(u"/a"_s) });
    QCOMPARE(receiver.requests().size(), 1);
    const auto [exitCode, err] = receiver.stop();
    QCOMPARE(exitCode, 0);
    QVERIFY(err.contains(u"Listening on http://127.0.0.1:"_s));
    QVERIFY(err.contains(u"Stopped after 1 request."_s));
}

void SendReceiveCommandTest::refusesBadReceiverOptions()
{
    const CliRun badScript = runCli({ u"receive"_s, u"--script"_s, u"200,teapot"_s });
    QCOMPARE(badScript.exitCode, 2);
    QVERIFY(badScript.err.contains(u"Step 2 (\"teapot\")"_s));

    const CliRun badSecret = runCli({ u"receive"_s, u"--secret"_s, u"hunter2"_s });
    QCOMPARE(badSecret.exitCode, 2);

    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    const CliRun busy = runCli({ u"receive"_s, u"--port"_s, QString::number(taken.serverPort()) });
    QCOMPARE(busy.exitCode, 2);
    QVERIFY(busy.err.contains(u"is the port taken?"_s));
}

// --proxy, or http_proxy as curl reads it; --noproxy, and a proxy that wants
// credentials it was not given.
void SendReceiveCommandTest::sendsThroughAProxy()
{
    Receiver receiver;
    TestProxy proxy;
    const QStringList send = { u"send"_s, TestPaths::sampleFile(), u"--webhook"_s,
        u"Sales chat notifier"_s, u"--event"_s, u"conversation.intent_detected"_s, u"--url"_s,
        receiver.url(u"/chat"_s) };
    const CliRun viaOption = runCli(send + QStringList { u"--proxy"_s, proxy.url() });
    QCOMPARE(viaOption.exitCode, 0);
    QVERIFY2(viaOption.out.contains(u"  through the proxy "_s + proxy.url() + u'\n'),
        qPrintable(viaOption.out));
    QCOMPARE(proxy.passages().size(), 1);
    QCOMPARE(proxy.passages().first().target, receiver.url(u"/chat"_s).toLatin1());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"http_proxy"_s, proxy.url());
    QCOMPARE(runCli(send, {}, 60000, environment).exitCode, 0);
    QCOMPARE(proxy.passages().size(), 2);
    const CliRun direct
        = runCli(send + QStringList { u"--noproxy"_s, u"127.0.0.1"_s }, {}, 60000, environment);
    QCOMPARE(direct.exitCode, 0);
    QVERIFY(!direct.out.contains(u"through the proxy"_s));
    QCOMPARE(proxy.passages().size(), 2);
    QCOMPARE(receiver.requests().size(), 3);

    proxy.requireCredentials("me", "s3cret");
    const CliRun refused = runCli(send + QStringList { u"--proxy"_s, proxy.url() });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.out.contains(u"failed: The proxy "_s + proxy.url()
                 + u" asks for credentials (407); the endpoint was not reached."_s),
        qPrintable(refused.out));
    QCOMPARE(receiver.requests().size(), 3);

    const CliRun badProxy = runCli(send + QStringList { u"--proxy"_s, u"ftp://proxy.corp"_s });
    QCOMPARE(badProxy.exitCode, 2);
    QVERIFY2(badProxy.err.contains(u"send: --proxy: The proxy scheme \"ftp\" is not supported"_s),
        qPrintable(badProxy.err));
}

// --cacert for a CA this machine does not trust, --cert/--key/--pass for a
// server that wants a client certificate.
void SendReceiveCommandTest::sendsWithACaBundleAndAClientCertificate()
{
    TestCertificates certificates;
    QString error;
    QVERIFY2(certificates.make(&error, TestCertificates::Trust::BundleOnly), qPrintable(error));
    QSslServer server;
    QVERIFY(certificates.listen(
        server, u"valid"_s, u"127.0.0.1"_s, TestCertificates::ClientCertificate::Required));
    const QStringList send = { u"send"_s, TestPaths::sampleFile(), u"--webhook"_s,
        u"Sales chat notifier"_s, u"--event"_s, u"conversation.intent_detected"_s, u"--url"_s,
        u"https://127.0.0.1:%1/chat"_s.arg(server.serverPort()), u"--no-history"_s };

    const CliRun untrusted = runCli(send);
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY2(untrusted.out.contains(u"The server's certificate: CN=127.0.0.1, issued by "
                                    "CN=Webhook Studio Test CA"_s),
        qPrintable(untrusted.out));

    const QStringList withBundle
        = send + QStringList { u"--cacert"_s, certificates.path(u"ca.crt"_s) };
    const CliRun mutual = runCli(withBundle
        + QStringList { u"--cert"_s, certificates.path(u"client.p12"_s), u"--pass"_s,
            QString::fromLatin1(TestCertificates::kPassphrase) });
    QCOMPARE(mutual.exitCode, 0);
    QVERIFY2(mutual.out.contains(u"delivered"_s), qPrintable(mutual.out));

    const CliRun wrongPassphrase = runCli(withBundle
        + QStringList { u"--cert"_s, certificates.path(u"client.p12"_s), u"--pass"_s, u"no"_s });
    QCOMPARE(wrongPassphrase.exitCode, 2);
    QVERIFY2(wrongPassphrase.err.contains(u"send: The PKCS#12 file "_s)
            && wrongPassphrase.err.contains(u"the passphrase is wrong"_s),
        qPrintable(wrongPassphrase.err));

    // The same files as an environment's, beside the campaign file, the
    // passphrase a secret from the process environment.
    CampaignDocument campaign = *DocumentReader::readFile(TestPaths::sampleFile()).document;
    campaign.environments.append({ u"mTLS"_s, campaign.environments.first().variables,
        { u"ca.crt"_s, u"client.p12"_s, QString(), u"${MTLS_PASSPHRASE}"_s } });
    const QString file = certificates.path(u"mtls.webhooks.json"_s);
    QVERIFY(DocumentWriter::writeFile(campaign, file).isEmpty());
    QStringList fromEnvironment = send;
    fromEnvironment[1] = file;
    fromEnvironment << u"--environment"_s << u"mTLS"_s;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const CliRun noPassphrase = runCli(fromEnvironment, {}, 60000, environment);
    QCOMPARE(noPassphrase.exitCode, 2);
    QVERIFY2(noPassphrase.err.contains(u"send: The passphrase ${MTLS_PASSPHRASE} of the client "
                                       "certificate has no value: set the environment variable "
                                       "MTLS_PASSPHRASE."_s),
        qPrintable(noPassphrase.err));
    environment.insert(u"MTLS_PASSPHRASE"_s, QString::fromLatin1(TestCertificates::kPassphrase));
    const CliRun viaEnvironment = runCli(fromEnvironment, {}, 60000, environment);
    QCOMPARE(viaEnvironment.exitCode, 0);
    QVERIFY2(viaEnvironment.out.contains(u"delivered"_s), qPrintable(viaEnvironment.out));
}

QTEST_GUILESS_MAIN(SendReceiveCommandTest)
#include "SendReceiveCommandTest.moc"
