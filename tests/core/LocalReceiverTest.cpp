#include "receiver/LocalReceiver.h"

#include "delivery/StandardWebhooks.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// The local receiver: it records what arrives, answers by its script, checks
// signatures, and keeps memory bounded.
class LocalReceiverTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parsesScripts_data();
    void parsesScripts();
    void rejectsBadScripts_data();
    void rejectsBadScripts();
    void acceptsAnyPathAndMethod_data();
    void acceptsAnyPathAndMethod();
    void answersByItsScript();
    void delaysNeverAnswersAndCloses();
    void checksSignatures();
    void keepsTheLastRequestsOnly();
    void curlCanPostToIt();
    void stopsAndStartsAgain();

private:
    QNetworkReply* send(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static ResponseScript script(const QString& text);

    QNetworkAccessManager m_network;
    std::unique_ptr<LocalReceiver> m_receiver;
};

void LocalReceiverTest::init()
{
    m_receiver = std::make_unique<LocalReceiver>();
    QVERIFY(m_receiver->start() > 0);
}

void LocalReceiverTest::cleanup()
{
    m_receiver.reset();
}

ResponseScript LocalReceiverTest::script(const QString& text)
{
    QString error;
    const std::optional<ResponseScript> parsed = ResponseScript::parse(text, &error);
    if (!parsed)
        qFatal("bad script: %s", qPrintable(error));
    return *parsed;
}

QNetworkReply* LocalReceiverTest::send(const QByteArray& method, const QString& path,
    const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request(QUrl(m_receiver->baseUrl() + path));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    reply->setParent(this);
    return reply;
}

void LocalReceiverTest::parsesScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("description");
    QTest::newRow("default") << QString() << u"always 200"_s;
    QTest::newRow("sequence") << u"503, 503,200"_s << u"503, 503, 200, then the last again"_s;
    QTest::newRow("delay, hang, close")
        << u"200/1.5,hang,close"_s
        << u"200 after 1.5 s, never answer, close the connection, then the last again"_s;
    QTest::newRow("json")
        << u"{\"steps\": [{\"status\": 429, \"headers\": {\"Retry-After\": \"2\"}}, "
           "{\"status\": 201, \"body\": {\"ticket\": {\"created\": true}}}]}"_s
        << u"429, 201, then the last again"_s;
    QTest::newRow("json array") << u"[{\"action\": \"hang\"}]"_s << u"always never answer"_s;
}

void LocalReceiverTest::parsesScripts()
{
    QFETCH(QString, text);
    QFETCH(QString, description);
    const ResponseScript parsed = text.isEmpty() ? ResponseScript() : script(text);
    QCOMPARE(parsed.describe(), description);
    QCOMPARE(parsed.stepFor(1000).describe(), parsed.steps().last().describe());
}

void LocalReceiverTest::rejectsBadScripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << u"  "_s << u"empty"_s;
    QTest::newRow("word") << u"200,ok"_s << u"Step 2 (\"ok\")"_s;
    QTest::newRow("status range") << u"700"_s << u"Step 1"_s;
    QTest::newRow("negative delay") << u"200/-1"_s << u"Step 1"_s;
    QTest::newRow("broken json") << u"{\"steps\": ["_s << u"not valid JSON"_s;
    QTest::newRow("no steps") << u"{\"steps\": []}"_s << u"no steps"_s;
    QTest::newRow("bad action") << u"[{\"action\": \"explode\"}]"_s
                                << u"unknown action \"explode\""_s;
}

void LocalReceiverTest::rejectsBadScripts()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!ResponseScript::parse(text, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void LocalReceiverTest::acceptsAnyPathAndMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const char* method : { "GET", "POST", "PUT", "DELETE", "PATCH" })
        QTest::newRow(method) << QByteArray(method) << u"/any/where?x=1&y=%20z"_s;
}

void LocalReceiverTest::acceptsAnyPathAndMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QSignalSpy received(m_receiver.get(), &LocalReceiver::requestReceived);
    QNetworkReply* reply = send(method, path,
        method == "GET" ? QByteArray() : QByteArray("{\"n\":1}"), { { "X-Trace", "abc" } });
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("{\"ok\":true}"));
    QCOMPARE(received.size(), 1);
    const ReceivedRequest request = m_receiver->requests().first();
    QCOMPARE(request.method, QString::fromLatin1(method));
    QCOMPARE(request.path, u"/any/where"_s);
    QCOMPARE(request.query, u"x=1&y=%20z"_s);
    QCOMPARE(request.header("x-trace"), QByteArray("abc"));
    QCOMPARE(request.remoteAddress, u"127.0.0.1"_s);
    QCOMPARE(request.sequence, 1);
    QVERIFY(request.receivedAt.isValid());
}

void LocalReceiverTest::answersByItsScript()
{
    m_receiver->setScript(
        script(u"[{\"status\": 503, \"headers\": {\"Retry-After\": \"3\"}}, {\"status\": 503}, "
               "{\"status\": 201, \"body\": {\"ticket\": {\"created\": true}}}]"_s));
    QList<int> statuses;
    QList<QByteArray> bodies;
    for (int i = 0; i < 4; ++i) {
        QNetworkReply* reply = send("POST", u"/t"_s, "{}");
        QTRY_VERIFY(reply->isFinished());
        statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        bodies.append(reply->readAll());
        if (i == 0)
            QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("3"));
    }
    QCOMPARE(statuses, QList<int>({ 503, 503, 201, 201 }));
    QCOMPARE(bodies.first(), QByteArray("{\"ok\":false,\"error\":\"Service Unavailable\"}"));
    QCOMPARE(bodies.at(2), QByteArray("{\"ticket\":{\"created\":true}}"));
    QCOMPARE(m_receiver->requests().at(2).answer, u"201"_s);
    m_receiver->resetScript();
    QNetworkReply* again = send("POST", u"/t"_s, "{}");
    QTRY_VERIFY(again->isFinished());
    QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
}

void LocalReceiverTest::delaysNeverAnswersAndCloses()
{
    m_receiver->setScript(script(u"200/0.4,hang,close"_s));
    QElapsedTimer clock;
    clock.start();
    QNetworkReply* delayed = send("POST", u"/"_s, "{}");
    QTRY_VERIFY(delayed->isFinished());
    QVERIFY(clock.elapsed() >= 390);
    QCOMPARE(delayed->error(), QNetworkReply::NoError);

    QNetworkReply* hanging = send("POST", u"/"_s, "{}");
    QTest::qWait(500);
    QVERIFY(!hanging->isFinished());
    hanging->abort();

    QNetworkReply* closed = send("POST", u"/"_s, "{}");
    QTRY_VERIFY(closed->isFinished());
    QCOMPARE(closed->error(), QNetworkReply::RemoteHostClosedError);
    // Qt sends a request once more when a reused connection closes before any
    // answer, so the close step may see it twice.
    QVERIFY(m_receiver->requests().size() >= 3);
    QCOMPARE(m_receiver->requests().last().answer, u"close the connection"_s);
}

void LocalReceiverTest::checksSignatures()
{
    QString error;
    const QByteArray key
        = *StandardWebhooks::decodeSecret(u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s, &error);
    m_receiver->setSigningKey(key);
    const QByteArray body = "{\"event\":\"call.ended\"}";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray signature = StandardWebhooks::sign(key, u"msg_1"_s, now, body).toLatin1();
    const QList<QPair<QByteArray, QByteArray>> headers { { "webhook-id", "msg_1" },
        { "webhook-timestamp", QByteArray::number(now) }, { "webhook-signature", signature } };

    QNetworkReply* good = send("POST", u"/"_s, body, headers);
    QTRY_VERIFY(good->isFinished());
    QNetworkReply* tampered = send("POST", u"/"_s, body + " ", headers);
    QTRY_VERIFY(tampered->isFinished());
    QNetworkReply* unsigned_ = send("POST", u"/"_s, body);
    QTRY_VERIFY(unsigned_->isFinished());

    const QList<ReceivedRequest>& requests = m_receiver->requests();
    QCOMPARE(requests.at(0).signature, ReceivedRequest::Signature::Valid);
    QCOMPARE(requests.at(1).signature, ReceivedRequest::Signature::Invalid);
    QVERIFY(requests.at(1).signatureReason.contains(u"No v1 signature matches"_s));
    QCOMPARE(requests.at(2).signature, ReceivedRequest::Signature::Invalid);
    QVERIFY(requests.at(2).signatureReason.contains(u"are all needed"_s));
}

void LocalReceiverTest::keepsTheLastRequestsOnly()
{
    m_receiver->setHistoryLimit(5);
    for (int i = 1; i <= 12; ++i) {
        QNetworkReply* reply = send("POST", u"/n"_s, QByteArray::number(i));
        QTRY_VERIFY(reply->isFinished());
    }
    QCOMPARE(m_receiver->receivedCount(), 12);
    QCOMPARE(m_receiver->requests().size(), 5);
    QCOMPARE(m_receiver->requests().first().body, QByteArray("8"));
    QCOMPARE(m_receiver->requests().last().sequence, 12);

    // Bodies are stored up to a cap, with their real size kept.
    QNetworkReply* large = send("POST", u"/big"_s, QByteArray(3 * 1024 * 1024, 'z'));
    QTRY_VERIFY_WITH_TIMEOUT(large->isFinished(), 20000);
    const ReceivedRequest& stored = m_receiver->requests().last();
    QCOMPARE(stored.bodySize, 3 * 1024 * 1024);
    QCOMPARE(stored.body.size(), ReceivedRequest::kMaxStoredBody);
    QVERIFY(stored.bodyTruncated());
}

void LocalReceiverTest::curlCanPostToIt()
{
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    QVERIFY2(!curl.isEmpty(), "curl is needed (Debian: curl)");
    for (const qsizetype size : { qsizetype(40), qsizetype(4096) }) {
        const QByteArray body = "{\"data\":\"" + QByteArray(size, 'q') + "\"}";
        QProcess process;
        process.start(curl,
            { u"-sS"_s, u"-X"_s, u"POST"_s, u"-H"_s, u"Content-Type: application/json"_s,
                u"--data-binary"_s, u"@-"_s, m_receiver->baseUrl() + u"/from-curl"_s });
        process.write(body);
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray("{\"ok\":true}"));
        const ReceivedRequest& received = m_receiver->requests().last();
        QCOMPARE(received.path, u"/from-curl"_s);
        QCOMPARE(received.body, body);
        QVERIFY(received.header("user-agent").startsWith("curl/"));
    }
}

void LocalReceiverTest::stopsAndStartsAgain()
{
    const quint16 port = m_receiver->port();
    QVERIFY(m_receiver->isListening());
    m_receiver->stop();
    QVERIFY(!m_receiver->isListening());
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!refused.waitForConnected(2000));
    QCOMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);

    QCOMPARE(m_receiver->start(port), port);
    QTcpSocket accepted;
    accepted.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(accepted.waitForConnected(2000));
    m_receiver->stop();
    m_receiver->stop(); // twice is harmless
}

QTEST_GUILESS_MAIN(LocalReceiverTest)
#include "LocalReceiverTest.moc"
