#include "delivery/HttpClient.h"

#include "FaultServer.h"
#include "delivery/HttpExchange.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
HttpRequest post(const QString& url, const QByteArray& body = "{}")
{
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl(url);
    request.body = body;
    request.headers = { { "Content-Type", "application/json" } };
    return request;
}
} // namespace

// The HTTP/1.1 client under deliveries: what it writes, how it keeps
// connections, how it ends, and how it holds back a large body.
class HttpClientTest : public QObject
{
    Q_OBJECT

private slots:
    void writesTheRequestHead();
    void keepsTheConnectionForTheNextRequest();
    void goesAgainOnceWhenAKeptConnectionWasClosed();
    void doesNotGoAgainTwice();
    void doesNotKeepAConnectionTheServerCloses();
    void abortEndsAtOnce();
    void refusesAHeadThatWouldSplit_data();
    void refusesAHeadThatWouldSplit();
    void namesARefusedConnection();
    void holdsBackALargeBody();

private:
    // Runs `request` to its end and returns the finished exchange.
    std::unique_ptr<HttpExchange> run(const HttpRequest& request);

    HttpClient m_client;
};

std::unique_ptr<HttpExchange> HttpClientTest::run(const HttpRequest& request)
{
    std::unique_ptr<HttpExchange> exchange(m_client.create(request));
    connect(exchange.get(), &HttpExchange::readyRead, exchange.get(),
        [raw = exchange.get()] { raw->read(1 << 20); });
    exchange->start();
    if (!QTest::qWaitFor([&] { return exchange->isFinished(); }, 10000))
        qFatal("the exchange did not finish");
    return exchange;
}

void HttpClientTest::writesTheRequestHead()
{
    FaultServer server;
    HttpRequest request
        = post(u"http://user:p%40ss@127.0.0.1:%1/hooks/in?a=1&b=%C3%A9"_s.arg(server.port()));
    request.headers.append(
        { QByteArray("Content-Length"), QByteArray("999") }); // the client's to write
    request.headers.append({ QByteArray("X-Empty"), QByteArray() });
    const auto exchange = run(request);
    QCOMPARE(exchange->error(), HttpExchange::Error::None);
    QVERIFY(server.waitForRequests(1));
    const FaultServer::Request& seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.target, QByteArray("/hooks/in?a=1&b=%C3%A9"));
    QCOMPARE(seen.header("Host"), "127.0.0.1:" + QByteArray::number(server.port()));
    QCOMPARE(seen.header("Content-Length"), QByteArray("2"));
    QCOMPARE(seen.header("Authorization"), "Basic " + QByteArray("user:p@ss").toBase64());
    QCOMPARE(seen.body, QByteArray("{}"));
    const QList<QByteArray> names = [&] {
        QList<QByteArray> list;
        for (const auto& header : seen.headers)
            list.append(header.first);
        return list;
    }();
    QCOMPARE(names.count("Content-Length"), 1);
    QVERIFY(names.contains("X-Empty"));
}

void HttpClientTest::keepsTheConnectionForTheNextRequest()
{
    FaultServer server;
    const int before = m_client.connectionsOpened();
    for (int i = 0; i < 5; ++i) {
        const auto exchange = run(post(server.url(u"/n"_s)));
        QCOMPARE(exchange->error(), HttpExchange::Error::None);
        QCOMPARE(exchange->head().status, 200);
        QCOMPARE(exchange->reusedConnection(), i > 0);
    }
    QCOMPARE(m_client.connectionsOpened() - before, 1);
    QCOMPARE(m_client.idleConnections(), 1);
}

void HttpClientTest::goesAgainOnceWhenAKeptConnectionWasClosed()
{
    FaultServer server;
    // The second request meets a connection that closes without a word, as
    // one closed by the server while idle does; the third is answered.
    server.setActions(
        { FaultServer::respond(200), FaultServer::close(), FaultServer::respond(202) });
    const int before = m_client.connectionsOpened();
    QCOMPARE(run(post(server.url()))->error(), HttpExchange::Error::None);
    const auto second = run(post(server.url()));
    QCOMPARE(second->error(), HttpExchange::Error::None);
    QCOMPARE(second->head().status, 202);
    QCOMPARE(m_client.connectionsOpened() - before, 2);
    QCOMPARE(server.requests().size(), 3);
}

void HttpClientTest::doesNotGoAgainTwice()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(200), FaultServer::close() });
    QCOMPARE(run(post(server.url()))->error(), HttpExchange::Error::None);
    const auto second = run(post(server.url()));
    QCOMPARE(second->error(), HttpExchange::Error::ConnectionClosed);
    QVERIFY(second->errorString().contains(u"without a valid HTTP response"_s));
    QCOMPARE(server.requests().size(), 3); // once on the kept connection, once on a new one
}

void HttpClientTest::doesNotKeepAConnectionTheServerCloses()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(200, "{}", { { "Connection", "close" } }) });
    const int idle = m_client.idleConnections();
    QCOMPARE(run(post(server.url()))->error(), HttpExchange::Error::None);
    QCOMPARE(m_client.idleConnections(), idle);
}

void HttpClientTest::abortEndsAtOnce()
{
    FaultServer server;
    server.setActions({ FaultServer::hang() });
    std::unique_ptr<HttpExchange> exchange(m_client.create(post(server.url())));
    QSignalSpy finished(exchange.get(), &HttpExchange::finished);
    exchange->start();
    QVERIFY(server.waitForRequests(1));
    exchange->abort();
    QCOMPARE(finished.size(), 1); // before abort() returned
    QCOMPARE(exchange->error(), HttpExchange::Error::Aborted);
    exchange->abort();
    QCOMPARE(finished.size(), 1);
}

void HttpClientTest::refusesAHeadThatWouldSplit_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("reason");
    QTest::newRow("CR LF in a value") << QByteArray("X-Note") << QByteArray("a\r\nInjected: 1")
                                      << u"X-Note holds a carriage return (CR)"_s;
    QTest::newRow("NUL in a value")
        << QByteArray("X-Note") << QByteArray("a\0b", 3) << u"X-Note holds a NUL byte"_s;
    QTest::newRow("space in a name")
        << QByteArray("X Note") << QByteArray("a") << u"\"X Note\" is not a valid HTTP field"_s;
}

void HttpClientTest::refusesAHeadThatWouldSplit()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QString, reason);
    FaultServer server;
    HttpRequest request = post(server.url());
    request.headers.append({ name, value });
    const auto exchange = run(request);
    QCOMPARE(exchange->error(), HttpExchange::Error::InvalidRequest);
    QVERIFY2(exchange->errorString().contains(reason), qPrintable(exchange->errorString()));
    QTest::qWait(50);
    QVERIFY(server.requests().isEmpty());
}

void HttpClientTest::namesARefusedConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const auto exchange = run(post(u"http://127.0.0.1:%1/"_s.arg(port)));
    QCOMPARE(exchange->error(), HttpExchange::Error::ConnectionRefused);
}

void HttpClientTest::holdsBackALargeBody()
{
    constexpr qint64 kBody = 24 << 20;
    FaultServer server;
    server.setActions({ FaultServer::respond(200, QByteArray(kBody, 'x')) });
    std::unique_ptr<HttpExchange> exchange(m_client.create(post(server.url())));
    exchange->start();
    // Nobody reads: the client must stop reading too, not buffer 24 MiB.
    QVERIFY(QTest::qWaitFor([&] { return exchange->bytesAvailable() > 0; }, 10000));
    QTest::qWait(300);
    QVERIFY2(
        exchange->bytesAvailable() <= HttpExchange::kBufferBytes + HttpExchange::kReadPieceBytes,
        qPrintable(QString::number(exchange->bytesAvailable())));
    QVERIFY(!exchange->isFinished());
    qint64 read = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            read += exchange->read(1 << 20).size();
            return exchange->isFinished() && exchange->bytesAvailable() == 0;
        },
        20000));
    QCOMPARE(exchange->error(), HttpExchange::Error::None);
    QCOMPARE(read, kBody);
}

QTEST_GUILESS_MAIN(HttpClientTest)
#include "HttpClientTest.moc"
