#include "exchange/CurlCommand.h"

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

private:
    LocalReceiver m_receiver;
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

QTEST_GUILESS_MAIN(CurlCommandTest)
#include "CurlCommandTest.moc"
