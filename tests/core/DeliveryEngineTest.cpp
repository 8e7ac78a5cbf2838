#include "FaultServer.h"
#include "TestPaths.h"
#include "TestPlans.h"
#include "catalog/EventCatalog.h"
#include "delivery/Delivery.h"
#include "delivery/DeliveryBurst.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/HttpClient.h"
#include "delivery/MemorySecretStore.h"
#include "delivery/StandardWebhooks.h"
#include "io/DocumentReader.h"
#include "receiver/LocalReceiver.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

// The delivery engine against the project's receiver and a fault-injecting
// server, both on 127.0.0.1. Timing assertions allow for a busy machine: an
// attempt must end no earlier than its deadline and within 10% after it.
class DeliveryEngineTest : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnTheFirstTry();
    void retriesUntilSuccessWithTheConfiguredWaits();
    void stopsWhenRetriesRunOut();
    void endsEachAttemptAtItsDeadline();
    void totalTimeoutCutsAnAttempt();
    void totalTimeoutCutsTheSequenceBeforeAWait();
    void reportsConnectionRefused();
    void reportsAServerClosingMidBody();
    void stopsASlowTrickleAtTheDeadline();
    void countsRedirectsAsFailures_data();
    void countsRedirectsAsFailures();
    void honoursRetryAfter();
    void givesUpWhenRetryAfterIsBeyondTheTotal();
    void checksTheResponseKey_data();
    void checksTheResponseKey();
    void capsTheResponseBody();
    void cancelsDuringATransfer();
    void cancelsDuringAWait();
    void sendsPutAndDeleteBodiesIntact_data();
    void sendsPutAndDeleteBodiesIntact();
    void sendsHeadersAndBodyExactlyAsRendered();
    void signsEachAttempt();
    void runsABurstWithoutBlocking();

private:
    static DeliveryPlan plan(const QString& url, const QByteArray& body = "{\"a\":1}");
    DeliveryRecord run(const DeliveryPlan& plan, QList<qint64>* waits = nullptr,
        const std::function<void(Delivery&)>& during = {});
    static void verifyWithinDeadline(const AttemptRecord& attempt);

    HttpClient m_client;
};

DeliveryPlan DeliveryEngineTest::plan(const QString& url, const QByteArray& body)
{
    return TestPlans::post(url, body);
}

DeliveryRecord DeliveryEngineTest::run(
    const DeliveryPlan& plan, QList<qint64>* waits, const std::function<void(Delivery&)>& during)
{
    Delivery delivery(&m_client, plan);
    QSignalSpy finished(&delivery, &Delivery::finished);
    if (waits) {
        connect(&delivery, &Delivery::waitingForRetry, this,
            [waits](int, const QDateTime&, qint64 ms, const QString&) { waits->append(ms); });
    }
    delivery.start();
    if (during)
        during(delivery);
    if (!delivery.isFinished() && !finished.wait(60000))
        qFatal("the delivery did not finish");
    return delivery.record();
}

void DeliveryEngineTest::verifyWithinDeadline(const AttemptRecord& attempt)
{
    QVERIFY2(attempt.durationMs >= attempt.deadlineMs - 5,
        qPrintable(u"ended at %1 ms, before its deadline of %2 ms"_s.arg(attempt.durationMs)
                       .arg(attempt.deadlineMs)));
    QVERIFY2(attempt.durationMs <= attempt.deadlineMs * 1.1,
        qPrintable(u"ended at %1 ms, over 10% after its deadline of %2 ms"_s.arg(attempt.durationMs)
                       .arg(attempt.deadlineMs)));
}

void DeliveryEngineTest::deliversOnTheFirstTry()
{
    LocalReceiver receiver;
    QVERIFY(receiver.start() > 0);
    const DeliveryRecord record = run(plan(receiver.baseUrl() + u"/hook"_s));
    QVERIFY(record.delivered());
    QCOMPARE(record.attempts.size(), 1);
    const AttemptRecord& attempt = record.attempts.first();
    QCOMPARE(attempt.response.status, 200);
    QCOMPARE(attempt.response.reason, u"OK"_s);
    QCOMPARE(attempt.response.body, QByteArray("{\"ok\":true}"));
    QVERIFY(attempt.timeToHeadersMs >= 0);
    QVERIFY(attempt.timeToHeadersMs <= attempt.durationMs);
    QCOMPARE(receiver.requests().size(), 1);
    QCOMPARE(receiver.requests().first().path, u"/hook"_s);
}

void DeliveryEngineTest::retriesUntilSuccessWithTheConfiguredWaits()
{
    FaultServer server;
    server.setActions(
        { FaultServer::respond(500), FaultServer::respond(500), FaultServer::respond(200) });
    DeliveryPlan request = plan(server.url());
    request.policy.retryLimit = 3;
    QList<qint64> waits;
    const DeliveryRecord record = run(request, &waits);
    QVERIFY(record.delivered());
    QCOMPARE(record.attempts.size(), 3);
    QCOMPARE(record.attempts.at(0).verdict.kind(), FailureKind::StatusMismatch);
    QVERIFY(record.attempts.at(0).verdict.summary().contains(u"Status 500"_s));
    // Backoff 0.2 s doubling, no jitter: exactly 200 and 400 ms.
    QCOMPARE(waits, QList<qint64>({ 200, 400 }));
    const qint64 gap1 = record.attempts.at(1).startOffsetMs
        - (record.attempts.at(0).startOffsetMs + record.attempts.at(0).durationMs);
    const qint64 gap2 = record.attempts.at(2).startOffsetMs
        - (record.attempts.at(1).startOffsetMs + record.attempts.at(1).durationMs);
    QVERIFY2(gap1 >= 195 && gap1 <= 300, qPrintable(QString::number(gap1)));
    QVERIFY2(gap2 >= 395 && gap2 <= 500, qPrintable(QString::number(gap2)));
    QCOMPARE(server.requests().size(), 3);
}

void DeliveryEngineTest::stopsWhenRetriesRunOut()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(500) });
    DeliveryPlan request = plan(server.url());
    request.policy.retryLimit = 2;
    const DeliveryRecord record = run(request);
    QVERIFY(!record.delivered());
    QCOMPARE(record.attempts.size(), 3);
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(record.verdict.kind(), FailureKind::StatusMismatch);
    QVERIFY(record.verdict.summary().startsWith(u"All 3 attempts failed; the last: Status 500"_s));
}

void DeliveryEngineTest::endsEachAttemptAtItsDeadline()
{
    FaultServer server;
    server.setActions({ FaultServer::hang() });
    DeliveryPlan request = plan(server.url());
    request.policy.timeoutSeconds = 1;
    request.policy.retryLimit = 1;
    request.policy.backoff.initialDelaySeconds = 0.1;
    const DeliveryRecord record = run(request);
    QVERIFY(!record.delivered());
    QCOMPARE(record.attempts.size(), 2);
    for (const AttemptRecord& attempt : record.attempts) {
        QCOMPARE(attempt.verdict.kind(), FailureKind::AttemptTimeout);
        QCOMPARE(attempt.deadlineMs, 1000);
        QVERIFY(!attempt.response.received);
        verifyWithinDeadline(attempt);
    }
    QVERIFY(record.attempts.first().verdict.summary().contains(u"attempt timeout of 1 s"_s));
}

void DeliveryEngineTest::totalTimeoutCutsAnAttempt()
{
    FaultServer server;
    server.setActions({ FaultServer::hang() });
    DeliveryPlan request = plan(server.url());
    request.policy.timeoutSeconds = 1;
    request.policy.retryLimit = 3;
    request.policy.totalTimeoutSeconds = 1.5;
    request.policy.backoff.initialDelaySeconds = 0.1;
    const DeliveryRecord record = run(request);
    QCOMPARE(record.attempts.size(), 2);
    QCOMPARE(record.attempts.at(0).verdict.kind(), FailureKind::AttemptTimeout);
    const AttemptRecord& cut = record.attempts.at(1);
    QCOMPARE(cut.verdict.kind(), FailureKind::TotalTimeout);
    QVERIFY(cut.deadlineMs < 1000);
    QVERIFY(cut.verdict.summary().contains(u"total timeout of 1.5 s"_s));
    QCOMPARE(record.verdict.kind(), FailureKind::TotalTimeout);
    QVERIFY2(record.totalMs >= 1495 && record.totalMs <= 1650,
        qPrintable(QString::number(record.totalMs)));
    QCOMPARE(server.requests().size(), 2);
}

void DeliveryEngineTest::totalTimeoutCutsTheSequenceBeforeAWait()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(503) });
    DeliveryPlan request = plan(server.url());
    request.policy.retryLimit = 5;
    request.policy.totalTimeoutSeconds = 1;
    request.policy.backoff = { 0.4, 2, 5, 0 };
    QList<qint64> waits;
    const DeliveryRecord record = run(request, &waits);
    // Attempts at 0 and +0.4 s; the next would start at +1.2 s, past the 1 s
    // total, so none starts and the delivery ends without sleeping on.
    QCOMPARE(record.attempts.size(), 2);
    QCOMPARE(waits, QList<qint64>({ 400 }));
    QCOMPARE(record.verdict.kind(), FailureKind::TotalTimeout);
    QVERIFY(record.verdict.summary().contains(u"the next would start after the total timeout"_s));
    QVERIFY(record.totalMs < 1000);
    for (const AttemptRecord& attempt : record.attempts)
        QVERIFY(attempt.startOffsetMs < 1000);
}

void DeliveryEngineTest::reportsConnectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    const DeliveryRecord record
        = run(plan(u"http://127.0.0.1:"_s + QString::number(port) + u"/x"_s));
    QCOMPARE(record.verdict.kind(), FailureKind::ConnectionRefused);
    QCOMPARE(record.verdict.summary(),
        u"Connection refused by 127.0.0.1:%1: nothing listens there."_s.arg(port));
}

void DeliveryEngineTest::reportsAServerClosingMidBody()
{
    FaultServer server;
    server.setActions({ FaultServer::closeMidBody(100, "{\"ok\": tr") });
    const DeliveryRecord record = run(plan(server.url()));
    QCOMPARE(record.verdict.kind(), FailureKind::ConnectionClosed);
    QVERIFY(record.attempts.first().response.received);
    QCOMPARE(record.attempts.first().response.status, 200);
    QVERIFY(record.verdict.summary().contains(u"before the response was complete"_s));
}

void DeliveryEngineTest::stopsASlowTrickleAtTheDeadline()
{
    FaultServer server;
    server.setActions({ FaultServer::trickle(QByteArray(200, 'x'), 20) });
    DeliveryPlan request = plan(server.url());
    request.policy.timeoutSeconds = 1;
    const DeliveryRecord record = run(request);
    const AttemptRecord& attempt = record.attempts.first();
    // Bytes kept coming (an idle timer would never fire), but the attempt's
    // deadline covers the whole transfer.
    QCOMPARE(attempt.verdict.kind(), FailureKind::AttemptTimeout);
    QVERIFY(attempt.response.received);
    QVERIFY(attempt.response.size > 10);
    QVERIFY(attempt.response.size < 200);
    verifyWithinDeadline(attempt);
}

void DeliveryEngineTest::countsRedirectsAsFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301") << 301;
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
}

void DeliveryEngineTest::countsRedirectsAsFailures()
{
    QFETCH(int, status);
    FaultServer server;
    server.setActions({ FaultServer::respond(
        status, QByteArray(), { { "Location", "https://elsewhere.example.com/hooks" } }) });
    const DeliveryRecord record = run(plan(server.url()));
    QCOMPARE(record.verdict.kind(), FailureKind::Redirect);
    QVERIFY(
        record.verdict.summary().contains(u"redirects to https://elsewhere.example.com/hooks"_s));
    QVERIFY(record.verdict.summary().contains(u"redirects are not followed"_s));
    QCOMPARE(server.requests().size(), 1);
}

void DeliveryEngineTest::honoursRetryAfter()
{
    FaultServer server;
    server.setActions(
        { FaultServer::respond(429, "{}", { { "Retry-After", "1" } }), FaultServer::respond(200) });
    DeliveryPlan request = plan(server.url());
    request.policy.retryLimit = 1;
    QList<qint64> waits;
    Delivery delivery(&m_client, request);
    QString why;
    connect(&delivery, &Delivery::waitingForRetry, this,
        [&](int, const QDateTime&, qint64 ms, const QString& reason) {
            waits.append(ms);
            why = reason;
        });
    QSignalSpy finished(&delivery, &Delivery::finished);
    delivery.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(delivery.record().delivered());
    QCOMPARE(waits, QList<qint64>({ 1000 }));
    QCOMPARE(why, u"Retry-After"_s);
    QVERIFY(server.requests().at(1).receivedAtMs - server.requests().at(0).receivedAtMs >= 990);
}

void DeliveryEngineTest::givesUpWhenRetryAfterIsBeyondTheTotal()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(503, "{}", { { "Retry-After", "120" } }) });
    DeliveryPlan request = plan(server.url());
    request.policy.retryLimit = 3;
    const DeliveryRecord record = run(request);
    QCOMPARE(record.attempts.size(), 1);
    QCOMPARE(record.verdict.kind(), FailureKind::TotalTimeout);
    QVERIFY(record.verdict.summary().contains(u"asked to retry after 120 s"_s));
}

void DeliveryEngineTest::checksTheResponseKey_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("delivered") << QByteArray("{\"data\": {\"ok\": true}}") << int(FailureKind::None)
                               << QString();
    QTest::newRow("missing") << QByteArray("{\"data\": {}}") << int(FailureKind::KeyMissing)
                             << u"data.ok is missing from the response: data has no \"ok\"."_s;
    QTest::newRow("not boolean") << QByteArray("{\"data\": {\"ok\": \"yes\"}}")
                                 << int(FailureKind::KeyNotBoolean)
                                 << u"data.ok is \"yes\" (a string), not true or false."_s;
    QTest::newRow("false") << QByteArray("{\"data\": {\"ok\": false}}")
                           << int(FailureKind::KeyValueMismatch)
                           << u"data.ok is false; expected true."_s;
    QTest::newRow("not json") << QByteArray("<html>OK</html>") << int(FailureKind::BodyNotJson)
                              << u"The response is not JSON"_s;
}

void DeliveryEngineTest::checksTheResponseKey()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    FaultServer server;
    server.setActions({ FaultServer::respond(200, body) });
    DeliveryPlan request = plan(server.url());
    request.success.responseKey = u"data.ok"_s;
    const DeliveryRecord record = run(request);
    QCOMPARE(int(record.verdict.kind()), kind);
    QCOMPARE(record.delivered(), kind == int(FailureKind::None));
    QVERIFY2(record.verdict.summary().contains(message), qPrintable(record.verdict.summary()));
}

void DeliveryEngineTest::capsTheResponseBody()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(200, QByteArray(64 * 1024, 'a')) });
    DeliveryPlan request = plan(server.url());
    request.bodyCapBytes = 1024;
    const DeliveryRecord record = run(request);
    const AttemptRecord& attempt = record.attempts.first();
    QCOMPARE(attempt.verdict.kind(), FailureKind::BodyTooLarge);
    QVERIFY(attempt.response.truncated);
    QCOMPARE(attempt.response.body.size(), 1024);
    QVERIFY(attempt.response.size > 1024);
}

void DeliveryEngineTest::cancelsDuringATransfer()
{
    FaultServer server;
    server.setActions({ FaultServer::trickle(QByteArray(500, 'x'), 20) });
    DeliveryPlan request = plan(server.url());
    request.policy.retryLimit = 3;
    const DeliveryRecord record = run(request, nullptr, [](Delivery& delivery) {
        QTest::qWait(300);
        delivery.cancel();
    });
    QCOMPARE(record.verdict.kind(), FailureKind::Cancelled);
    QCOMPARE(record.attempts.size(), 1);
    QCOMPARE(record.attempts.first().verdict.kind(), FailureKind::Cancelled);
    QTest::qWait(500);
    QCOMPARE(server.requests().size(), 1);
}

void DeliveryEngineTest::cancelsDuringAWait()
{
    FaultServer server;
    server.setActions({ FaultServer::respond(500) });
    DeliveryPlan request = plan(server.url());
    request.policy.retryLimit = 3;
    request.policy.backoff.initialDelaySeconds = 0.5;
    Delivery delivery(&m_client, request);
    QSignalSpy waiting(&delivery, &Delivery::waitingForRetry);
    QSignalSpy finished(&delivery, &Delivery::finished);
    delivery.start();
    QVERIFY(waiting.wait(5000));
    delivery.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(delivery.record().verdict.kind(), FailureKind::Cancelled);
    QTest::qWait(800); // well past the wait that was cancelled
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(delivery.record().attempts.size(), 1);
}

void DeliveryEngineTest::sendsPutAndDeleteBodiesIntact_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QByteArray>("verb");
    QTest::newRow("PUT") << int(HttpMethod::Put) << QByteArray("PUT");
    QTest::newRow("DELETE") << int(HttpMethod::Delete) << QByteArray("DELETE");
}

void DeliveryEngineTest::sendsPutAndDeleteBodiesIntact()
{
    QFETCH(int, method);
    QFETCH(QByteArray, verb);
    FaultServer server;
    const QByteArray body = "{\"reason\":\"quota\",\"unicode\":\"ü😀\",\"zero\":\"\\u0000\"}";
    DeliveryPlan request = plan(server.url(u"/records/7"_s), body);
    request.request.method = HttpMethod(method);
    QVERIFY(run(request).delivered());
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().method, verb);
    QCOMPARE(server.requests().first().target, QByteArray("/records/7"));
    QCOMPARE(server.requests().first().body, body);
    QCOMPARE(server.requests().first().header("Content-Length"), QByteArray::number(body.size()));
}

void DeliveryEngineTest::sendsHeadersAndBodyExactlyAsRendered()
{
    const LoadResult loaded = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(loaded.document);
    FaultServer server;
    server.setActions({ FaultServer::respond(200, "{\"ok\":true}") });
    MemorySecretStore secrets;
    secrets.insert(u"CRM_API_TOKEN"_s, u"Bearer sk_test_51Hx"_s);
    secrets.insert(u"CRM_SIGNING_SECRET"_s, u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s);
    const EventContext context
        = EventContext::build(*loaded.document, *EventCatalog::find(u"call.ended"_s), {});
    DeliveryPreparer::Options options;
    options.urlOverride = server.url(u"/crm/calls?source=studio"_s);
    const DeliveryPreparer::Result prepared
        = DeliveryPreparer::prepare(RequestTemplate(loaded.document->webhooks.first()), context,
            secrets, JsonPath().key(u"webhooks").index(0), options);
    QVERIFY(prepared.plan);
    QVERIFY(prepared.problems.isEmpty());
    QVERIFY(run(*prepared.plan).delivered());
    QCOMPARE(server.requests().size(), 1);

    const FaultServer::Request& received = server.requests().first();
    QCOMPARE(received.method, QByteArray("POST"));
    QCOMPARE(received.target, QByteArray("/crm/calls?source=studio"));
    QCOMPARE(received.body, prepared.rendered.body);
    for (const RenderedRequest::Header& header : prepared.rendered.headers) {
        const QByteArray expected
            = header.secret ? QByteArray("Bearer sk_test_51Hx") : header.value.toUtf8();
        QCOMPARE(received.header(header.name.toLatin1()), expected);
    }
}

void DeliveryEngineTest::signsEachAttempt()
{
    LocalReceiver receiver;
    QVERIFY(receiver.start() > 0);
    QString error;
    const QByteArray key
        = *StandardWebhooks::decodeSecret(u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s, &error);
    receiver.setSigningKey(key);
    QString scriptError;
    receiver.setScript(*ResponseScript::parse(u"500,200"_s, &scriptError));
    DeliveryPlan request = plan(receiver.baseUrl());
    request.signingKey = key;
    request.messageId = u"msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"_s;
    request.policy.retryLimit = 1;
    request.policy.backoff.initialDelaySeconds = 1.1; // a new second, a new timestamp
    const DeliveryRecord record = run(request);
    QVERIFY(record.delivered());
    QCOMPARE(receiver.requests().size(), 2);
    for (const ReceivedRequest& received : receiver.requests()) {
        QCOMPARE(received.signature, ReceivedRequest::Signature::Valid);
        QCOMPARE(received.header("webhook-id"), QByteArray("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"));
    }
    QVERIFY(receiver.requests().at(0).header("webhook-timestamp")
        != receiver.requests().at(1).header("webhook-timestamp"));
    QVERIFY(record.attempts.at(0).request.header(u"webhook-signature").startsWith(u"v1,"_s));
}

void DeliveryEngineTest::runsABurstWithoutBlocking()
{
    LocalReceiver receiver;
    QVERIFY(receiver.start() > 0);
    int factoryCalls = 0;
    DeliveryBurst burst(&m_client, 60, 8, [&](int index) {
        ++factoryCalls;
        DeliveryPlan request = plan(receiver.baseUrl());
        request.eventId = u"evt_"_s + QString::number(index);
        request.request.body = QByteArray::number(index);
        return request;
    });
    QSignalSpy finished(&burst, &DeliveryBurst::finished);
    int maxRunning = 0;
    int running = 0;
    connect(&burst, &DeliveryBurst::deliveryStarted, this,
        [&] { maxRunning = qMax(maxRunning, ++running); });
    connect(&burst, &DeliveryBurst::deliveryFinished, this, [&] { --running; });
    // The event loop keeps turning: a zero timer fires on every turn while
    // the burst runs (a 5 ms one could miss a burst that fast).
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(0);
    burst.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(burst.summary().delivered, 60);
    QCOMPARE(burst.summary().latenciesMs.size(), 60);
    QCOMPARE(factoryCalls, 60);
    QCOMPARE(maxRunning, 8);
    QCOMPARE(receiver.receivedCount(), 60);
    QSet<QByteArray> bodies;
    for (const ReceivedRequest& received : receiver.requests())
        bodies.insert(received.body);
    QCOMPARE(bodies.size(), 60);
    QVERIFY(ticks > 0);
    QVERIFY(burst.summary().percentile(0.5) <= burst.summary().percentile(0.99));
}

QTEST_GUILESS_MAIN(DeliveryEngineTest)
#include "DeliveryEngineTest.moc"
