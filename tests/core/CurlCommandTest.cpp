#include "exchange/CurlCommand.h"

#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "delivery/Delivery.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/HttpClient.h"
#include "delivery/MemorySecretStore.h"
#include "delivery/StandardWebhooks.h"
#include "io/DocumentReader.h"
#include "receiver/LocalReceiver.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// "Copy as cURL": the command, run by the real curl in bash, must send what
// the engine sends.
class CurlCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quotesShellWords_data();
    void quotesShellWords();
    void masksSecretsUnlessRevealed();
    void realCurlSendsTheSameRequest_data();
    void realCurlSendsTheSameRequest();
    void exportOfEachSampleWebhookMatchesTheEngine_data();
    void exportOfEachSampleWebhookMatchesTheEngine();

private:
    ReceivedRequest runInBash(const QString& command, const QProcessEnvironment& environment);

    LocalReceiver m_receiver;
    HttpClient m_client;
    QString m_bash;
};

void CurlCommandTest::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"curl"_s).isEmpty(), "curl is needed (Debian: curl)");
    m_bash = QStandardPaths::findExecutable(u"bash"_s);
    QVERIFY(!m_bash.isEmpty());
    QVERIFY(m_receiver.start() > 0);
}

void CurlCommandTest::quotesShellWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"POST"_s << u"POST"_s;
    QTest::newRow("empty") << QString() << u"''"_s;
    QTest::newRow("space") << u"a b"_s << u"'a b'"_s;
    QTest::newRow("apostrophe") << u"it's"_s << u"'it'\\''s'"_s;
    QTest::newRow("dollar") << u"${TOKEN}"_s << u"'${TOKEN}'"_s;
    QTest::newRow("non-ascii") << u"Zoë"_s << u"'Zoë'"_s;
}

void CurlCommandTest::quotesShellWords()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(CurlCommand::quote(text), quoted);
}

void CurlCommandTest::masksSecretsUnlessRevealed()
{
    SentRequest request;
    request.url = u"https://example.com/hook"_s;
    request.headers = { { u"Authorization"_s, u"Bearer sk_live_1"_s, true } };
    const QString masked = CurlCommand::fromRequest(request);
    QVERIFY(!masked.contains(u"sk_live_1"_s));
    QVERIFY(masked.contains(u"-H 'Authorization: "_s + SentRequest::mask() + u'\''));
    QVERIFY(CurlCommand::fromRequest(request, CurlCommand::Secrets::Revealed)
                .contains(u"-H 'Authorization: Bearer sk_live_1'"_s));
    QVERIFY(masked.startsWith(u"curl -X POST 'https://example.com/hook' \\\n  -H "_s));
}

void CurlCommandTest::realCurlSendsTheSameRequest_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QList<RequestHeader>>("headers");
    QTest::addColumn<QByteArray>("body");
    const RequestHeader json { u"Content-Type"_s, u"application/json"_s, false };
    const RequestHeader agent { u"User-Agent"_s, u"WebhookStudio/0.1.0"_s, false };
    QTest::newRow("json with quotes and lines")
        << int(HttpMethod::Post) << u"/crm/v2/contacts/003%2FX/calls"_s
        << QList<RequestHeader> { json, agent, { u"X-Note"_s, u"it's \"quoted\" $HOME `x`"_s } }
        << QByteArray("{\n  \"text\": \"Maria's \\\"deal\\\" $100 `now`\",\n  \"ok\": true\n}\n");
    QTest::newRow("binary body") << int(HttpMethod::Put) << u"/upload"_s
                                 << QList<RequestHeader> { { u"Content-Type"_s,
                                        u"application/octet-stream"_s } }
                                 << QByteArray("\x00\x01\xff\xfe'%\\\n\r\t end", 14);
    QTest::newRow("get with query and empty header")
        << int(HttpMethod::Get)
        << u"/status/ping?campaign=Winter%20Renewal&at=2026-11-27T14%3A06Z"_s
        << QList<RequestHeader> { { u"X-Empty"_s, QString() }, agent } << QByteArray();
    QTest::newRow("form without content type")
        << int(HttpMethod::Post) << u"/helpdesk"_s << QList<RequestHeader> {}
        << QByteArray("subject=Call+back+Zo%C3%AB&phone=%2B1646");
    QTest::newRow("delete") << int(HttpMethod::Delete) << u"/x/1"_s
                            << QList<RequestHeader> { { u"Accept"_s, u"application/json"_s } }
                            << QByteArray();
}

void CurlCommandTest::realCurlSendsTheSameRequest()
{
    QFETCH(int, method);
    QFETCH(QString, pathAndQuery);
    QFETCH(QList<RequestHeader>, headers);
    QFETCH(QByteArray, body);
    SentRequest request;
    request.method = HttpMethod(method);
    request.url = m_receiver.baseUrl() + pathAndQuery;
    request.headers = headers;
    request.body = body;
    const QString command = CurlCommand::fromRequest(request);

    const int before = m_receiver.receivedCount();
    QProcess bash;
    bash.start(m_bash, { u"-c"_s, command + u" -sS -o /dev/null"_s });
    // The receiver answers on this thread: keep the event loop running.
    QTRY_VERIFY_WITH_TIMEOUT(bash.state() == QProcess::NotRunning, 20000);
    QVERIFY2(bash.exitCode() == 0, qPrintable(QString::fromUtf8(bash.readAllStandardError())));
    QCOMPARE(m_receiver.receivedCount(), before + 1);

    const ReceivedRequest& received = m_receiver.requests().last();
    QCOMPARE(received.method, httpMethodName(request.method));
    QCOMPARE(received.path + (received.query.isEmpty() ? QString() : u'?' + received.query),
        pathAndQuery);
    QCOMPARE(received.body, body);
    for (const RequestHeader& header : headers)
        QCOMPARE(received.header(header.name.toLatin1()), header.value.toUtf8());
    // curl's own defaults are off where we send none.
    for (const QByteArray& name : { QByteArray("accept"), QByteArray("user-agent"),
             QByteArray("content-type"), QByteArray("expect") }) {
        const bool ours = std::any_of(headers.cbegin(), headers.cend(),
            [&](const RequestHeader& h) { return h.name.toLatin1().toLower() == name; });
        if (!ours)
            QVERIFY2(received.header(name).isNull(), name.constData());
    }
}

ReceivedRequest CurlCommandTest::runInBash(
    const QString& command, const QProcessEnvironment& environment)
{
    const int before = m_receiver.receivedCount();
    QProcess bash;
    bash.setProcessEnvironment(environment);
    bash.start(m_bash, { u"-c"_s, command + u" -sS -o /dev/null"_s });
    // The receiver answers on this thread: keep the event loop running.
    if (!QTest::qWaitFor([&] { return bash.state() == QProcess::NotRunning; }, 20000))
        return {};
    return m_receiver.receivedCount() > before ? m_receiver.requests().last() : ReceivedRequest();
}

void CurlCommandTest::exportOfEachSampleWebhookMatchesTheEngine_data()
{
    QTest::addColumn<int>("index");
    for (int index = 0; index < 4; ++index)
        QTest::newRow(qPrintable(QString::number(index))) << index;
}

void CurlCommandTest::exportOfEachSampleWebhookMatchesTheEngine()
{
    QFETCH(int, index);
    const CampaignDocument document = *DocumentReader::readFile(TestPaths::sampleFile()).document;
    const WebhookConfig& webhook = document.webhooks.at(index);
    const QString key = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    QString error;
    m_receiver.setSigningKey(*StandardWebhooks::decodeSecret(key, &error));
    const QHash<QString, QString> values { { u"CRM_API_TOKEN"_s, u"Bearer sk_crm 1"_s },
        { u"OPS_API_KEY"_s, u"ops'key\"2"_s }, { u"HELPDESK_TOKEN"_s, u"Token $HOME 3"_s },
        { u"HELPDESK_SIGNING_SECRET"_s, key } };
    MemorySecretStore secrets;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        secrets.insert(it.key(), it.value());
        environment.insert(it.key(), it.value());
    }
    EventContext::Options options;
    options.localReceiverUrl = m_receiver.baseUrl();
    const EventContext context
        = EventContext::build(document, *EventCatalog::find(webhook.events.first()), options);
    const DeliveryPreparer::Result prepared
        = DeliveryPreparer::prepare(RequestTemplate(webhook), context, secrets, JsonPath(), {});
    QVERIFY(prepared.plan);

    // The export carries references, never the values: the shell fills them.
    const QString command = CurlCommand::fromPlan(*prepared.plan, prepared.replay);
    for (const QString& value : values)
        QVERIFY2(!command.contains(value), qPrintable(command));
    const ReceivedRequest theirs = runInBash(command, environment);
    QVERIFY2(!theirs.method.isEmpty(), qPrintable(command));

    // The first attempt is what is compared (the helpdesk would retry: the
    // receiver does not answer as it expects).
    const int before = m_receiver.receivedCount();
    Delivery delivery(&m_client, *prepared.plan);
    delivery.start();
    QVERIFY(QTest::qWaitFor([&] { return m_receiver.receivedCount() > before; }, 20000));
    delivery.cancel();
    const ReceivedRequest ours = m_receiver.requests().last();

    QCOMPARE(theirs.method, ours.method);
    QCOMPARE(theirs.path, ours.path);
    QCOMPARE(theirs.query, ours.query);
    QCOMPARE(theirs.body, ours.body);
    for (const auto& [name, value] : ours.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "content-length" || lower == "connection"
            || lower == "accept-encoding" || lower == "accept-language"
            || lower == "webhook-timestamp" || lower == "webhook-signature")
            continue;
        QCOMPARE(theirs.header(name), value);
    }
    QCOMPARE(theirs.signature, ours.signature);
    m_receiver.setSigningKey(std::nullopt);
}

QTEST_GUILESS_MAIN(CurlCommandTest)
#include "CurlCommandTest.moc"
