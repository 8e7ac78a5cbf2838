#include "FaultServer.h"
#include "TestCertificates.h"
#include "TestPlans.h"
#include "TestProxy.h"
#include "delivery/Delivery.h"
#include "delivery/HttpClient.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

// Deliveries through an HTTP proxy of the test's own: plain HTTP forwarded in
// absolute form, HTTPS through a CONNECT tunnel, hosts that go direct, a
// proxy that wants credentials, one that drops the tunnel and one that is
// not there. A proxy's failure must say it is the proxy's.
class ProxyDeliveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forwardsPlainHttp();
    void tunnelsHttps();
    void noProxyGoesDirect();
    void asksForCredentials_data();
    void asksForCredentials();
    void dropsTheTunnel();
    void aProxyThatIsNotThere();
    void goesThroughSocks5();
    void theEndpointsOwn407ComesThroughTheTunnel();

private:
    static DeliveryRecord deliver(
        const QString& url, const QString& proxy, const QString& noProxy = {});
    QString httpsUrl();

    TestCertificates m_certificates;
    QSslServer m_tlsServer;
};

void ProxyDeliveryTest::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is missing");
    QString error;
    QVERIFY2(m_certificates.make(&error), qPrintable(error));
    QVERIFY(m_certificates.listen(m_tlsServer, u"valid"_s, u"127.0.0.1"_s));
}

QString ProxyDeliveryTest::httpsUrl()
{
    return u"https://127.0.0.1:%1/hooks"_s.arg(m_tlsServer.serverPort());
}

DeliveryRecord ProxyDeliveryTest::deliver(
    const QString& url, const QString& proxy, const QString& noProxy)
{
    HttpClient client;
    QString error;
    client.setProxyConfig(ProxyConfig::manual(*ProxyConfig::parseProxy(proxy, &error), noProxy));
    DeliveryPlan plan = TestPlans::post(url, "{}");
    plan.policy.retryLimit = 0;
    return TestPlans::run(client, plan);
}

void ProxyDeliveryTest::forwardsPlainHttp()
{
    FaultServer origin;
    origin.setActions({ FaultServer::respond(200) });
    TestProxy proxy;
    const DeliveryRecord record = deliver(origin.url(u"/hooks?x=1"_s), proxy.url());
    QVERIFY2(record.delivered(), qPrintable(record.verdict.summary()));
    QCOMPARE(proxy.passages().size(), 1);
    QCOMPARE(proxy.passages().first().method, QByteArray("POST"));
    QCOMPARE(proxy.passages().first().target, origin.url(u"/hooks?x=1"_s).toLatin1());
    QCOMPARE(origin.requests().size(), 1);
    QCOMPARE(origin.requests().first().target, QByteArray("/hooks?x=1"));
    QCOMPARE(origin.requests().first().body, QByteArray("{}"));
}

void ProxyDeliveryTest::tunnelsHttps()
{
    TestProxy proxy;
    const DeliveryRecord record = deliver(httpsUrl(), proxy.url());
    QVERIFY2(record.delivered(), qPrintable(record.verdict.summary()));
    QCOMPARE(proxy.passages().size(), 1);
    QCOMPARE(proxy.passages().first().method, QByteArray("CONNECT"));
    QCOMPARE(proxy.passages().first().target,
        "127.0.0.1:" + QByteArray::number(m_tlsServer.serverPort()));
}

void ProxyDeliveryTest::noProxyGoesDirect()
{
    FaultServer origin;
    origin.setActions({ FaultServer::respond(200) });
    TestProxy proxy;
    QVERIFY(deliver(origin.url(), proxy.url(), u"localhost, 127.0.0.0/8"_s).delivered());
    QVERIFY(deliver(httpsUrl(), proxy.url(), u"127.0.0.1"_s).delivered());
    QVERIFY(proxy.passages().isEmpty());
    QCOMPARE(origin.requests().size(), 1);
}

void ProxyDeliveryTest::asksForCredentials_data()
{
    QTest::addColumn<bool>("https");
    QTest::addColumn<QString>("userInfo");
    QTest::addColumn<bool>("delivered");
    QTest::addColumn<QString>("reason");
    for (const bool https : { false, true }) {
        const QString scheme = https ? u"https"_s : u"http"_s;
        QTest::addRow("%s, none given", qPrintable(scheme))
            << https << QString() << false << u"asks for credentials (407)"_s;
        QTest::addRow("%s, wrong ones", qPrintable(scheme))
            << https << u"me:wrong"_s << false << u"refused the credentials given (407)"_s;
        QTest::addRow("%s, right ones", qPrintable(scheme))
            << https << u"me:s3cret"_s << true << u"Delivered"_s;
    }
}

void ProxyDeliveryTest::asksForCredentials()
{
    QFETCH(bool, https);
    QFETCH(QString, userInfo);
    QFETCH(bool, delivered);
    QFETCH(QString, reason);
    FaultServer origin;
    origin.setActions({ FaultServer::respond(200) });
    TestProxy proxy;
    proxy.requireCredentials("me", "s3cret");
    const DeliveryRecord record = deliver(https ? httpsUrl() : origin.url(), proxy.url(userInfo));
    QCOMPARE(record.delivered(), delivered);
    QVERIFY2(record.verdict.summary().contains(reason), qPrintable(record.verdict.summary()));
    if (!delivered) {
        QCOMPARE(record.verdict.kind(), FailureKind::ProxyFailed);
        QVERIFY2(!record.verdict.summary().contains(u"s3cret"_s), "the password is shown");
        QVERIFY(origin.requests().isEmpty());
    } else {
        QCOMPARE(proxy.passages().last().proxyAuthorization,
            "Basic " + QByteArray("me:s3cret").toBase64());
    }
}

void ProxyDeliveryTest::dropsTheTunnel()
{
    TestProxy proxy;
    proxy.setDropTunnels(true);
    const DeliveryRecord record = deliver(httpsUrl(), proxy.url());
    QCOMPARE(record.verdict.kind(), FailureKind::ProxyFailed);
    QVERIFY2(record.verdict.summary().contains(u"The proxy http://127.0.0.1:"_s),
        qPrintable(record.verdict.summary()));
}

void ProxyDeliveryTest::aProxyThatIsNotThere()
{
    QTcpServer unused;
    QVERIFY(unused.listen(QHostAddress::LocalHost, 0));
    const QString nowhere = u"http://127.0.0.1:%1"_s.arg(unused.serverPort());
    unused.close();
    FaultServer origin;
    for (const QString& url : { origin.url(), httpsUrl() }) {
        const DeliveryRecord record = deliver(url, nowhere);
        QCOMPARE(record.verdict.kind(), FailureKind::ProxyFailed);
        QVERIFY2(record.verdict.summary().startsWith(
                     u"Connection refused by the proxy http://127.0.0.1:"_s),
            qPrintable(record.verdict.summary()));
    }
}

void ProxyDeliveryTest::goesThroughSocks5()
{
    FaultServer origin;
    origin.setActions({ FaultServer::respond(200) });
    TestProxy proxy;
    const DeliveryRecord plain = deliver(origin.url(u"/hooks"_s), proxy.socksUrl());
    QVERIFY2(plain.delivered(), qPrintable(plain.verdict.summary()));
    QCOMPARE(plain.attempts.first().proxy, proxy.socksUrl());
    const DeliveryRecord tls = deliver(httpsUrl(), proxy.socksUrl());
    QVERIFY2(tls.delivered(), qPrintable(tls.verdict.summary()));
    QCOMPARE(proxy.passages().size(), 2);
    QCOMPARE(proxy.passages().at(0).method, QByteArray("SOCKS5"));
    QCOMPARE(proxy.passages().at(0).target, "127.0.0.1:" + QByteArray::number(origin.port()));
    QCOMPARE(
        proxy.passages().at(1).target, "127.0.0.1:" + QByteArray::number(m_tlsServer.serverPort()));
    QCOMPARE(origin.requests().first().target, QByteArray("/hooks"));

    // socks5h:// leaves the name to the proxy.
    const QString byName = u"http://localhost:%1/hooks"_s.arg(origin.port());
    QVERIFY(deliver(byName, proxy.socksUrl(u"socks5h"_s)).delivered());
    QCOMPARE(proxy.passages().last().target, "localhost:" + QByteArray::number(origin.port()));
}

void ProxyDeliveryTest::theEndpointsOwn407ComesThroughTheTunnel()
{
    // Inside a CONNECT tunnel a 407 can only be the endpoint's: an answer of
    // the endpoint, not the proxy asking for credentials.
    QSslServer endpoint;
    QVERIFY(m_certificates.listen(endpoint, u"valid"_s, u"127.0.0.1"_s,
        TestCertificates::ClientCertificate::NotAsked,
        "HTTP/1.1 407 Proxy Authentication Required\r\nConnection: close\r\n"
        "Content-Length: 0\r\n\r\n"));
    TestProxy proxy;
    const DeliveryRecord record
        = deliver(u"https://127.0.0.1:%1/hooks"_s.arg(endpoint.serverPort()), proxy.url());
    QCOMPARE(record.verdict.kind(), FailureKind::StatusMismatch);
    QCOMPARE(record.attempts.first().response.status, 407);
    QVERIFY2(
        !record.verdict.summary().contains(u"The proxy"_s), qPrintable(record.verdict.summary()));
    QCOMPARE(proxy.passages().size(), 1);
    QVERIFY(proxy.passages().first().admitted);
}

QTEST_GUILESS_MAIN(ProxyDeliveryTest)
#include "ProxyDeliveryTest.moc"
