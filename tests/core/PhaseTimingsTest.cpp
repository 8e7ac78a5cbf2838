#include "FaultServer.h"
#include "TestCertificates.h"
#include "TestPlans.h"
#include "delivery/Delivery.h"
#include "delivery/DeliveryJson.h"
#include "delivery/HttpClient.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// An attempt's time split into lookup, connect, handshake, sending, waiting
// and receiving: in order, adding up to the last byte, within the attempt's
// total, and kept through the history's JSON.
class PhaseTimingsTest : public QObject
{
    Q_OBJECT

private slots:
    void splitsAPlainAttempt();
    void splitsATlsAttempt();
    void aKeptConnectionHasNoLookupConnectOrHandshake();
    void aFailedAttemptEndsWhereItStopped();
    void survivesTheHistorysJson();

private:
    AttemptRecord deliver(HttpClient& client, const QString& url);
    static void verifyOrderAndSum(const AttemptRecord& attempt);
    static QList<PhaseTimings::Phase> phasesOf(const AttemptRecord& attempt);
};

AttemptRecord PhaseTimingsTest::deliver(HttpClient& client, const QString& url)
{
    DeliveryPlan plan = TestPlans::post(url, "{}");
    plan.policy.retryLimit = 0;
    return TestPlans::run(client, plan).attempts.first();
}

QList<PhaseTimings::Phase> PhaseTimingsTest::phasesOf(const AttemptRecord& attempt)
{
    QList<PhaseTimings::Phase> phases;
    for (const PhaseTimings::Span& span : attempt.phases.spans())
        phases.append(span.phase);
    return phases;
}

void PhaseTimingsTest::verifyOrderAndSum(const AttemptRecord& attempt)
{
    qint64 previous = 0;
    qint64 sum = 0;
    for (int i = 0; i < PhaseTimings::kPhaseCount; ++i) {
        const qint64 end = attempt.phases.end(PhaseTimings::Phase(i));
        if (end < 0)
            continue;
        QVERIFY2(end >= previous, qPrintable(PhaseTimings::name(PhaseTimings::Phase(i))));
        previous = end;
    }
    for (const PhaseTimings::Span& span : attempt.phases.spans()) {
        QCOMPARE(span.startUs, sum);
        QVERIFY(span.durationUs >= 0);
        sum += span.durationUs;
    }
    QCOMPARE(sum, previous);
    // The attempt's total is taken on the delivery's clock, started just
    // before the request: the phases fit in it, to the millisecond.
    QVERIFY2(sum <= (attempt.durationMs + 1) * 1000,
        qPrintable(u"%1 µs of phases in %2 ms"_s.arg(sum).arg(attempt.durationMs)));
}

void PhaseTimingsTest::splitsAPlainAttempt()
{
    FaultServer server;
    // The server thinks for 80 ms: that is the wait for the first byte.
    server.setActions({ FaultServer::delayed(FaultServer::respond(200), 80) });
    HttpClient client;
    const AttemptRecord attempt = deliver(client, server.url(u"/hooks"_s));
    QVERIFY(attempt.verdict.delivered);
    using Phase = PhaseTimings::Phase;
    QCOMPARE(phasesOf(attempt),
        QList<Phase>(
            { Phase::Dns, Phase::Connect, Phase::RequestSent, Phase::FirstByte, Phase::LastByte }));
    verifyOrderAndSum(attempt);
    const QList<PhaseTimings::Span> spans = attempt.phases.spans();
    QVERIFY2(
        spans.at(3).durationUs >= 75 * 1000, qPrintable(QString::number(spans.at(3).durationUs)));
    QVERIFY(attempt.phases.end(Phase::LastByte) >= attempt.timeToHeadersMs * 1000 - 1000);
}

void PhaseTimingsTest::splitsATlsAttempt()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is missing");
    TestCertificates certificates;
    QString error;
    QVERIFY2(certificates.make(&error), qPrintable(error));
    QSslServer server;
    QVERIFY(certificates.listen(server, u"valid"_s, u"127.0.0.1"_s));
    HttpClient client;
    const AttemptRecord attempt
        = deliver(client, u"https://127.0.0.1:%1/hooks"_s.arg(server.serverPort()));
    QVERIFY2(attempt.verdict.delivered, qPrintable(attempt.verdict.summary()));
    using Phase = PhaseTimings::Phase;
    QCOMPARE(phasesOf(attempt),
        QList<Phase>({ Phase::Dns, Phase::Connect, Phase::Tls, Phase::RequestSent, Phase::FirstByte,
            Phase::LastByte }));
    verifyOrderAndSum(attempt);
    // A handshake costs round trips and key exchange: never nothing.
    QVERIFY(attempt.phases.spans().at(2).durationUs > 0);
}

void PhaseTimingsTest::aKeptConnectionHasNoLookupConnectOrHandshake()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(200) });
    HttpClient client;
    deliver(client, server.url());
    const AttemptRecord second = deliver(client, server.url());
    QCOMPARE(client.connectionsOpened(), 1);
    using Phase = PhaseTimings::Phase;
    QCOMPARE(
        phasesOf(second), QList<Phase>({ Phase::RequestSent, Phase::FirstByte, Phase::LastByte }));
    verifyOrderAndSum(second);
}

void PhaseTimingsTest::aFailedAttemptEndsWhereItStopped()
{
    FaultServer server;
    server.setActions({ FaultServer::close() });
    HttpClient client;
    const AttemptRecord attempt = deliver(client, server.url());
    QVERIFY(!attempt.verdict.delivered);
    QCOMPARE(attempt.phases.end(PhaseTimings::Phase::LastByte), -1);
    QVERIFY(attempt.phases.end(PhaseTimings::Phase::Connect) >= 0);
    verifyOrderAndSum(attempt);
}

void PhaseTimingsTest::survivesTheHistorysJson()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(200) });
    HttpClient client;
    DeliveryRecord record;
    record.attempts.append(deliver(client, server.url()));
    QList<Problem> problems;
    const std::optional<DeliveryRecord> read
        = DeliveryJson::readDelivery(DeliveryJson::delivery(record), &problems);
    QVERIFY(problems.isEmpty());
    QVERIFY(read);
    QCOMPARE(read->attempts.first().phases, record.attempts.first().phases);
    QCOMPARE(DeliveryJson::attempt(record.attempts.first()).value(u"phasesUs"_s).toObject().keys(),
        QStringList({ u"connect"_s, u"dns"_s, u"firstByte"_s, u"lastByte"_s, u"sent"_s }));
}

QTEST_GUILESS_MAIN(PhaseTimingsTest)
#include "PhaseTimingsTest.moc"
