#include "TestCertificates.h"
#include "TestPlans.h"
#include "delivery/HttpClient.h"

#include <QProcess>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// HTTPS as internal networks have it: a CA this machine does not trust,
// given as a bundle, and servers that want a client certificate (mutual
// TLS), offered as PEM, as an encrypted PEM key or as PKCS#12. What fails
// names the certificate; what cannot be loaded names the file.
class MutualTlsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void trustsAnInternalCaOnlyThroughTheBundle();
    void presentsAClientCertificate_data();
    void presentsAClientCertificate();
    void aServerThatWantsACertificateGetsNone();
    void anExpiredClientCertificateIsNamed();
    void refusesFilesThatCannotBeLoaded_data();
    void refusesFilesThatCannotBeLoaded();

private:
    DeliveryRecord deliver(quint16 port, const TlsOptions::Files& files);
    // openssl s_server, which requires a client certificate and says why it
    // refuses one.
    quint16 refusingServer();

    TestCertificates m_certificates;
    QSslServer m_server; // asks for no client certificate
    QSslServer m_mutualServer; // requires one from the test CA
    QProcess m_opensslServer;
    quint16 m_opensslPort = 0;
};

void MutualTlsTest::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is missing");
    QString error;
    QVERIFY2(m_certificates.make(&error, TestCertificates::Trust::BundleOnly), qPrintable(error));
    QVERIFY(m_certificates.listen(m_server, u"valid"_s, u"127.0.0.1"_s));
    QVERIFY(m_certificates.listen(
        m_mutualServer, u"valid"_s, u"127.0.0.1"_s, TestCertificates::ClientCertificate::Required));
}

void MutualTlsTest::cleanupTestCase()
{
    m_opensslServer.kill();
    m_opensslServer.waitForFinished();
}

quint16 MutualTlsTest::refusingServer()
{
    if (m_opensslServer.state() == QProcess::NotRunning)
        m_opensslPort = m_certificates.serveRequiringClientCertificates(m_opensslServer);
    if (m_opensslPort == 0)
        qFatal("openssl s_server did not start: %s", m_opensslServer.readAll().constData());
    return m_opensslPort;
}

DeliveryRecord MutualTlsTest::deliver(quint16 port, const TlsOptions::Files& files)
{
    QString error;
    const std::optional<TlsOptions> options = TlsOptions::load(files, &error);
    if (!options)
        qFatal("cannot load the TLS files: %s", qPrintable(error));
    HttpClient client;
    client.setTlsOptions(*options);
    return TestPlans::run(client, TestPlans::post(u"https://127.0.0.1:%1/hooks"_s.arg(port), "{}"));
}

void MutualTlsTest::trustsAnInternalCaOnlyThroughTheBundle()
{
    const DeliveryRecord untrusted = deliver(m_server.serverPort(), {});
    QCOMPARE(untrusted.verdict.kind(), FailureKind::TlsErrors);
    const QString summary = untrusted.verdict.summary();
    QVERIFY2(summary.contains(u"The server's certificate: CN=127.0.0.1, issued by CN=Webhook "
                              "Studio Test CA, valid "_s),
        qPrintable(summary));

    const DeliveryRecord trusted
        = deliver(m_server.serverPort(), { m_certificates.path(u"ca.crt"_s), {}, {}, {} });
    QVERIFY2(trusted.delivered(), qPrintable(trusted.verdict.summary()));
}

void MutualTlsTest::presentsAClientCertificate_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("passphrase");
    const QString passphrase = QString::fromLatin1(TestCertificates::kPassphrase);
    QTest::newRow("PEM, key apart") << u"client.crt"_s << u"client.key"_s << QString();
    QTest::newRow("PEM, encrypted key")
        << u"client.crt"_s << u"client-encrypted.key"_s << passphrase;
    QTest::newRow("PKCS#12") << u"client.p12"_s << QString() << passphrase;
}

void MutualTlsTest::presentsAClientCertificate()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, passphrase);
    const DeliveryRecord record = deliver(m_mutualServer.serverPort(),
        { m_certificates.path(u"ca.crt"_s), m_certificates.path(certificate),
            key.isEmpty() ? QString() : m_certificates.path(key), passphrase });
    QVERIFY2(record.delivered(), qPrintable(record.verdict.summary()));
}

void MutualTlsTest::aServerThatWantsACertificateGetsNone()
{
    const DeliveryRecord record
        = deliver(refusingServer(), { m_certificates.path(u"ca.crt"_s), {}, {}, {} });
    QVERIFY(!record.delivered());
    QCOMPARE(record.verdict.kind(), FailureKind::TlsErrors);
    QVERIFY2(record.verdict.summary().contains(u"alert certificate required"_s),
        qPrintable(record.verdict.summary()));
}

void MutualTlsTest::anExpiredClientCertificateIsNamed()
{
    const DeliveryRecord record = deliver(refusingServer(),
        { m_certificates.path(u"ca.crt"_s), m_certificates.path(u"client-expired.crt"_s),
            m_certificates.path(u"client.key"_s), {} });
    QVERIFY(!record.delivered());
    QCOMPARE(record.verdict.kind(), FailureKind::TlsErrors);
    const QString summary = record.verdict.summary();
    QVERIFY2(summary.contains(u"alert certificate expired"_s)
            && summary.contains(u"The client certificate offered: CN=Webhook Studio client, "
                                "issued by CN=Webhook Studio Test CA, valid "_s),
        qPrintable(summary));
}

void MutualTlsTest::refusesFilesThatCannotBeLoaded_data()
{
    QTest::addColumn<QString>("bundle");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such bundle") << u"missing.pem"_s << QString() << QString() << QString()
                                    << u"Cannot read the CA bundle "_s;
    QTest::newRow("a bundle without certificates")
        << u"client.key"_s << QString() << QString() << QString()
        << u"client.key holds no PEM certificate."_s;
    QTest::newRow("PKCS#12 without its passphrase")
        << QString() << u"client.p12"_s << QString() << QString() << u"it needs a passphrase"_s;
    QTest::newRow("PKCS#12, wrong passphrase")
        << QString() << u"client.p12"_s << QString() << u"wrong"_s << u"the passphrase is wrong"_s;
    QTest::newRow("encrypted key without its passphrase")
        << QString() << u"client.crt"_s << u"client-encrypted.key"_s << QString()
        << u"the passphrase is wrong or missing."_s;
    QTest::newRow("a certificate without its key")
        << QString() << u"client.crt"_s << QString() << QString()
        << u"client.crt holds no PEM private key"_s;
    QTest::newRow("a key without its certificate")
        << QString() << QString() << u"client.key"_s << QString()
        << u"was given without its certificate."_s;
}

void MutualTlsTest::refusesFilesThatCannotBeLoaded()
{
    QFETCH(QString, bundle);
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, passphrase);
    QFETCH(QString, message);
    const auto path = [this](const QString& name) {
        return name.isEmpty() ? QString() : m_certificates.path(name);
    };
    QString error;
    const std::optional<TlsOptions> options
        = TlsOptions::load({ path(bundle), path(certificate), path(key), passphrase }, &error);
    QVERIFY(!options);
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(MutualTlsTest)
#include "MutualTlsTest.moc"
