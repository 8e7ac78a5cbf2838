#include "FaultServer.h"
#include "TestCertificates.h"
#include "TestCompression.h"
#include "TestPlans.h"
#include "delivery/Delivery.h"
#include "delivery/HttpClient.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray response(const QByteArray& head, const QByteArray& body)
{
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
} // namespace

// The delivery engine against servers that break HTTP or TLS on purpose. Each
// case must end as a failure that names what went wrong, within the attempt's
// deadline: no crash, no hang, no success made up from a broken answer.
class FaultMatrixTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void malformedServers_data();
    void malformedServers();
    void skipsInterimResponses_data();
    void skipsInterimResponses();
    void decodesGzipAndDeflateBodies_data();
    void decodesGzipAndDeflateBodies();
    void tlsCertificates_data();
    void tlsCertificates();
    void allowsAnUntrustedCertificateWhenAskedTo();

private:
    DeliveryRecord deliver(const QString& url, bool allowInsecureTls = false);

    HttpClient m_client;
    TestCertificates m_certificates;
};

void FaultMatrixTest::initTestCase()
{
    QString error;
    QVERIFY2(m_certificates.make(&error), qPrintable(error));
}

DeliveryRecord FaultMatrixTest::deliver(const QString& url, bool allowInsecureTls)
{
    DeliveryPlan plan = TestPlans::post(url, "{}");
    plan.policy.allowInsecureTls = allowInsecureTls;
    plan.bodyCapBytes = 1 << 20;
    return TestPlans::run(m_client, plan);
}

void FaultMatrixTest::malformedServers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<QString>("reason");

    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("bad status line") << QByteArray("SPLAT\r\n\r\n") << FailureKind::InvalidResponse
                                     << u"status line is not valid HTTP: “SPLAT”"_s;
    QTest::newRow("bad protocol name")
        << response("HTTX/1.1 200 OK\r\n", "{}") << FailureKind::InvalidResponse
        << u"status line is not valid HTTP: “HTTX/1.1 200 OK”"_s;
    QTest::newRow("non-numeric status")
        << response("HTTP/1.1 2x0 OK\r\n", "{}") << FailureKind::InvalidResponse
        << u"status line is not valid HTTP: “HTTP/1.1 2x0 OK”"_s;
    QTest::newRow("status below 100") << response("HTTP/1.1 099 Odd\r\n", "{}")
                                      << FailureKind::InvalidResponse << u"status code 99"_s;
    QTest::newRow("doubled Content-Length")
        << (ok + "Content-Length: 5\r\n" + response({}, "{}")) << FailureKind::InvalidResponse
        << u"conflicting Content-Length headers (5, 2)"_s;
    QTest::newRow("broken chunked encoding")
        << (ok + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
        << FailureKind::InvalidResponse << u"the chunk size “zz” is not a hexadecimal number"_s;
    QTest::newRow("chunk longer than its size")
        << (ok + "Transfer-Encoding: chunked\r\n\r\n1\r\n{}\r\n0\r\n\r\n")
        << FailureKind::InvalidResponse << u"runs on past the size given"_s;
    QTest::newRow("Content-Length not a number")
        << (ok + "Content-Length: 2x\r\n\r\n{}") << FailureKind::InvalidResponse
        << u"Content-Length “2x” is not a number"_s;
    QTest::newRow("folded header line")
        << response(ok + "X-One: a\r\n b\r\n", "{}") << FailureKind::InvalidResponse
        << u"folded onto the line before"_s;
    QTest::newRow("101 not asked for") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n")
                                       << FailureKind::InvalidResponse << u"switched protocols"_s;
    QTest::newRow("broken gzip") << response(ok + "Content-Encoding: gzip\r\n", "0123456789")
                                 << FailureKind::InvalidResponse
                                 << u"not valid gzip: incorrect header check"_s;
    QTest::newRow("truncated gzip") << response(
        ok + "Content-Encoding: gzip\r\n", TestCompression::gzip(QByteArray(4096, 'x')).left(12))
                                    << FailureKind::InvalidResponse << u"ended early"_s;
    // 64 MiB of zeros in 64 KiB: it must stop at the 1 MiB cap, not inflate.
    QTest::newRow("gzip bomb") << response(
        ok + "Content-Encoding: gzip\r\n", TestCompression::gzip(QByteArray(64 << 20, '\0')))
                               << FailureKind::BodyTooLarge << u"cap of 1048576 bytes"_s;
    QByteArray many = ok;
    for (int i = 0; i < 150; ++i)
        many += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("150 headers") << response(many, "{}") << FailureKind::InvalidResponse
                                 << u"more than 100 header fields"_s;
    QTest::newRow("a 9 KiB header")
        << response(ok + "X-Big: " + QByteArray(9 * 1024, 'a') + "\r\n", "{}")
        << FailureKind::InvalidResponse << u"header “X-Big” is longer than the 8192 bytes"_s;
}

void FaultMatrixTest::malformedServers()
{
    QFETCH(QByteArray, answer);
    QFETCH(FailureKind, kind);
    QFETCH(QString, reason);
    FaultServer server;
    server.setActions({ FaultServer::raw(answer) });
    const DeliveryRecord record = deliver(server.url());

    QVERIFY(record.finished);
    QCOMPARE(record.attempts.size(), 1);
    const AttemptRecord& attempt = record.attempts.first();
    // A second of slack for a loaded machine (or a sanitized build): a hang
    // would run to the 30 s guard of deliver().
    QVERIFY2(attempt.durationMs <= attempt.deadlineMs + 1000,
        qPrintable(
            u"took %1 ms, deadline %2 ms"_s.arg(attempt.durationMs).arg(attempt.deadlineMs)));
    QVERIFY2(record.verdict.kind() == kind && record.verdict.summary().contains(reason),
        qPrintable(failureKindName(record.verdict.kind()) + u": "_s + record.verdict.summary()));
}

void FaultMatrixTest::skipsInterimResponses_data()
{
    QTest::addColumn<QByteArray>("interim");
    QTest::newRow("100 Continue") << QByteArray("HTTP/1.1 100 Continue\r\n\r\n");
    QTest::newRow("103 Early Hints")
        << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n");
    QTest::newRow("102 twice, then 103") << QByteArray(
        "HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early "
        "Hints\r\n\r\n");
}

void FaultMatrixTest::skipsInterimResponses()
{
    QFETCH(QByteArray, interim);
    FaultServer server;
    server.setActions({ FaultServer::raw(interim + response("HTTP/1.1 200 OK\r\n", "{}")) });
    const DeliveryRecord record = deliver(server.url());
    QVERIFY2(record.verdict.delivered, qPrintable(record.verdict.summary()));
    QCOMPARE(record.attempts.first().response.status, 200);
}

void FaultMatrixTest::decodesGzipAndDeflateBodies_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("json");
    const QByteArray json = "{\"success\": true, \"note\": \"" + QByteArray(3000, 'z') + "\"}";
    QTest::newRow("gzip") << QByteArray("gzip") << TestCompression::gzip(json) << json;
    // HTTP's "deflate" is the zlib format; qCompress adds a 4-byte size first.
    QTest::newRow("deflate (zlib)") << QByteArray("deflate") << qCompress(json).mid(4) << json;
    QTest::newRow("deflate (raw)")
        << QByteArray("deflate") << qCompress(json).mid(6).chopped(4) << json;
}

void FaultMatrixTest::decodesGzipAndDeflateBodies()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, json);
    FaultServer server;
    server.setActions({ FaultServer::raw(
        response("HTTP/1.1 200 OK\r\nContent-Encoding: " + encoding + "\r\n", body)) });
    const DeliveryRecord record = deliver(server.url());
    QVERIFY2(record.verdict.delivered, qPrintable(record.verdict.summary()));
    QCOMPARE(record.attempts.first().response.body, json);
    // The request offered only what ResponseDecoder reads.
    QCOMPARE(server.requests().first().header("Accept-Encoding"), QByteArray("gzip, deflate"));
}

void FaultMatrixTest::tlsCertificates_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("valid (the control)")
        << u"valid"_s << u"127.0.0.1"_s << FailureKind::None << u"Delivered"_s;
    QTest::newRow("self-signed") << u"self-signed"_s << u"self-signed"_s << FailureKind::TlsErrors
                                 << u"The certificate is self-signed, and untrusted"_s;
    QTest::newRow("expired") << u"expired"_s << u"127.0.0.1"_s << FailureKind::TlsErrors
                             << u"The certificate has expired"_s;
    QTest::newRow("wrong host") << u"wrong-host"_s << u"hooks.example.com"_s
                                << FailureKind::TlsErrors << u"The host name did not match"_s;
}

void FaultMatrixTest::tlsCertificates()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(FailureKind, kind);
    QFETCH(QString, reason);
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is missing");
    QSslServer server;
    QVERIFY(m_certificates.listen(server, certificate, key));

    const DeliveryRecord record = deliver(u"https://127.0.0.1:%1/hooks"_s.arg(server.serverPort()));
    QCOMPARE(record.verdict.kind(), kind);
    QVERIFY2(record.verdict.summary().contains(reason), qPrintable(record.verdict.summary()));
    const AttemptRecord& attempt = record.attempts.first();
    QVERIFY(attempt.durationMs <= attempt.deadlineMs + 1000);
}

void FaultMatrixTest::allowsAnUntrustedCertificateWhenAskedTo()
{
    QSslServer server;
    QVERIFY(m_certificates.listen(server, u"self-signed"_s, u"self-signed"_s));
    const DeliveryRecord record
        = deliver(u"https://127.0.0.1:%1/hooks"_s.arg(server.serverPort()), true);
    QVERIFY2(record.verdict.delivered, qPrintable(record.verdict.summary()));
}

QTEST_GUILESS_MAIN(FaultMatrixTest)
#include "FaultMatrixTest.moc"
