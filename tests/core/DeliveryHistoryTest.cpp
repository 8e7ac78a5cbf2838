#include "history/DeliveryHistory.h"

#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "delivery/DeliveryJson.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/MemorySecretStore.h"
#include "io/DocumentReader.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kToken = u"Bearer sk_live_51HVdQ2secretTOKEN"_s;
const QString kSigningSecret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

// A realistic failed-then-delivered record: a 503, then a 201 whose body
// is not UTF-8 text, with the secret Authorization header filled in.
DeliveryRecord retriedRecord(const QString& webhook = u"Helpdesk follow-up ticket"_s,
    const QString& event = u"call.failed"_s)
{
    DeliveryRecord record;
    record.webhookId = u"helpdesk-follow-up"_s;
    record.webhookName = webhook;
    record.event = event;
    record.eventId = u"evt_0123456789abcdefghjkmnpq"_s;
    record.startedAt = QDateTime::fromString(u"2026-11-27T14:06:24.125Z"_s, Qt::ISODateWithMs);
    record.attemptTimeoutMs = 15000;
    record.totalTimeoutMs = 120000;
    for (int number = 1; number <= 2; ++number) {
        AttemptRecord attempt;
        attempt.number = number;
        attempt.startedAt = record.startedAt.addMSecs((number - 1) * 2100);
        attempt.startOffsetMs = (number - 1) * 2100;
        attempt.deadlineMs = 15000;
        attempt.timeToHeadersMs = 12;
        attempt.durationMs = 14;
        attempt.request.method = HttpMethod::Post;
        attempt.request.url = u"http://127.0.0.1:8787/helpdesk/api/v1/tickets"_s;
        attempt.request.headers = { { u"Authorization"_s, kToken, true },
            { u"Content-Type"_s, u"application/x-www-form-urlencoded"_s, false } };
        attempt.request.body = "subject=Call+back+Maria";
        attempt.response.received = true;
        attempt.response.status = number == 1 ? 503 : 201;
        attempt.response.reason = number == 1 ? u"Service Unavailable"_s : u"Created"_s;
        attempt.response.headers = { { "Content-Type", "application/octet-stream" } };
        attempt.response.body = number == 1 ? QByteArray("{\"ok\":false}")
                                            : QByteArray("\xff\xfe binary \x00 body", 16);
        attempt.response.size = attempt.response.body.size();
        attempt.verdict = number == 1
            ? Verdict::failure(FailureKind::StatusMismatch, u"Status 503; expected 201."_s)
            : Verdict::success();
        record.attempts.append(attempt);
    }
    record.finished = true;
    record.verdict = Verdict::success();
    record.totalMs = 2114;
    return record;
}

MemorySecretStore helpdeskSecrets()
{
    MemorySecretStore secrets;
    secrets.insert(u"HELPDESK_TOKEN"_s, kToken);
    secrets.insert(u"HELPDESK_SIGNING_SECRET"_s, kSigningSecret);
    return secrets;
}

HistoryEntry entryFor(const DeliveryRecord& record)
{
    HistoryEntry entry;
    entry.campaign = u"Winter Renewal Outreach"_s;
    entry.record = record;
    return entry;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// The SQLite delivery history and the JSON it stores (records and replays).
class DeliveryHistoryTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void recordsSurviveTheRoundTrip();
    void neverStoresSecretValues();
    void listsAndFilters();
    void keepsOnlyTheNewestDeliveries();
    void cutsLargeBodies();
    void survivesReopeningAndUsesWal();
    void refusesCorruptAndNewerFiles();
    void replaysTheSameRequestWithFreshSecrets();
    void refusesToReplayASecretThatWasNotKept();
    void readersNameWhatIsWrong();

private:
    QString path() const { return m_dir->filePath(u"history.sqlite"_s); }
    DeliveryPreparer::Result prepareHelpdesk(const SecretResolver& secrets) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void DeliveryHistoryTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

DeliveryPreparer::Result DeliveryHistoryTest::prepareHelpdesk(const SecretResolver& secrets) const
{
    const LoadResult loaded = DocumentReader::readFile(TestPaths::sampleFile());
    if (!loaded.document)
        qFatal("the sample does not load");
    const WebhookConfig& helpdesk = loaded.document->webhooks.at(3);
    const EventContext context
        = EventContext::build(*loaded.document, *EventCatalog::find(u"call.failed"_s), {});
    return DeliveryPreparer::prepare(
        RequestTemplate(helpdesk), context, secrets, JsonPath().key(u"webhooks").index(3), {});
}

void DeliveryHistoryTest::recordsSurviveTheRoundTrip()
{
    DeliveryHistory history(path());
    QVERIFY2(history.open(), qPrintable(history.errorString()));
    QSignalSpy added(&history, &DeliveryHistory::added);
    const DeliveryRecord record = retriedRecord();
    const qint64 id = history.add(entryFor(record));
    QVERIFY(id > 0);
    QCOMPARE(added.size(), 1);

    const std::optional<HistoryEntry> stored = history.entry(id);
    QVERIFY2(stored, qPrintable(history.errorString()));
    QCOMPARE(stored->campaign, u"Winter Renewal Outreach"_s);
    QCOMPARE(stored->origin, HistoryOrigin::App);
    QVERIFY(!stored->replay);
    const DeliveryRecord& back = stored->record;
    QCOMPARE(back.webhookName, record.webhookName);
    QCOMPARE(back.eventId, record.eventId);
    QCOMPARE(back.startedAt, record.startedAt);
    QCOMPARE(back.totalTimeoutMs, 120000);
    QVERIFY(back.delivered());
    QCOMPARE(back.attempts.size(), 2);
    const AttemptRecord& first = back.attempts.first();
    QCOMPARE(first.verdict.kind(), FailureKind::StatusMismatch);
    QCOMPARE(first.verdict.reasons.first().message, u"Status 503; expected 201."_s);
    QCOMPARE(first.response.status, 503);
    QCOMPARE(first.startOffsetMs, 0);
    const AttemptRecord& second = back.attempts.last();
    QCOMPARE(second.startOffsetMs, 2100);
    QCOMPARE(second.response.reason, u"Created"_s);
    // Bytes that are not UTF-8 come back exactly.
    QCOMPARE(second.response.body, record.attempts.last().response.body);
    QCOMPARE(second.request.body, QByteArray("subject=Call+back+Maria"));
    QCOMPARE(second.response.header("content-type"), QByteArray("application/octet-stream"));
}

void DeliveryHistoryTest::neverStoresSecretValues()
{
    const MemorySecretStore secrets = helpdeskSecrets();
    const DeliveryPreparer::Result prepared = prepareHelpdesk(secrets);
    QVERIFY(prepared.plan);
    {
        DeliveryHistory history(path());
        QVERIFY(history.open());
        HistoryEntry entry = entryFor(retriedRecord());
        entry.replay = prepared.replay;
        const qint64 id = history.add(entry);
        QVERIFY(id > 0);
        const HistoryEntry stored = *history.entry(id);
        QCOMPARE(
            stored.record.attempts.first().request.header(u"Authorization"), SentRequest::mask());
        QCOMPARE(stored.replay->request.header(u"Authorization"), u"${HELPDESK_TOKEN}"_s);
        QCOMPARE(stored.replay->webhook.signing.secret, u"${HELPDESK_SIGNING_SECRET}"_s);
    }
    const QByteArray bytes = fileBytes(path()) + fileBytes(path() + u"-wal"_s);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains("sk_live_51HVdQ2secretTOKEN"));
    QVERIFY(!bytes.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
}

void DeliveryHistoryTest::listsAndFilters()
{
    DeliveryHistory history(path());
    QVERIFY(history.open());
    history.add(entryFor(retriedRecord()));
    DeliveryRecord failed = retriedRecord(u"CRM sync"_s, u"call.ended"_s);
    failed.verdict = Verdict::failure(FailureKind::AttemptTimeout, u"No answer within 10 s."_s);
    history.add(entryFor(failed));
    DeliveryRecord cancelled = retriedRecord(u"CRM sync"_s, u"call.ended"_s);
    cancelled.verdict = Verdict::failure(FailureKind::Cancelled, u"Cancelled."_s);
    HistoryEntry fromCli = entryFor(cancelled);
    fromCli.origin = HistoryOrigin::Cli;
    history.add(fromCli);

    const QList<HistorySummary> all = history.list();
    QCOMPARE(all.size(), 3);
    // Newest first.
    QCOMPARE(all.first().outcome, HistoryOutcome::Cancelled);
    QCOMPARE(all.first().origin, HistoryOrigin::Cli);
    QCOMPARE(all.last().outcome, HistoryOutcome::Delivered);
    QCOMPARE(all.last().verdict, u"Delivered"_s);
    QCOMPARE(all.last().attempts, 2);
    QCOMPARE(all.last().lastStatus, 201);
    QCOMPARE(all.last().method, u"POST"_s);
    QCOMPARE(all.at(1).verdict, u"No answer within 10 s."_s);

    HistoryFilter filter;
    filter.webhookName = u"CRM sync"_s;
    QCOMPARE(history.list(filter).size(), 2);
    filter.outcome = HistoryOutcome::Failed;
    QCOMPARE(history.list(filter).size(), 1);
    filter.webhookName.clear();
    filter.outcome = HistoryOutcome::Delivered;
    filter.event = u"call.failed"_s;
    QCOMPARE(history.list(filter).size(), 1);
    filter.event = u"call.ended"_s;
    QCOMPARE(history.list(filter).size(), 0);

    QCOMPARE(
        history.webhookNames(), QStringList({ u"CRM sync"_s, u"Helpdesk follow-up ticket"_s }));
    QCOMPARE(history.events(), QStringList({ u"call.ended"_s, u"call.failed"_s }));
    QSignalSpy cleared(&history, &DeliveryHistory::cleared);
    QVERIFY(history.clear());
    QCOMPARE(history.count(), 0);
    QCOMPARE(cleared.size(), 1);
}

void DeliveryHistoryTest::keepsOnlyTheNewestDeliveries()
{
    DeliveryHistory history(path());
    QVERIFY(history.open());
    history.setRetention(3);
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids.append(history.add(entryFor(retriedRecord())));
    QCOMPARE(history.count(), 3);
    QVERIFY(!history.entry(ids.at(1)));
    QVERIFY(history.errorString().contains(u"no longer in the history"_s));
    QVERIFY(history.entry(ids.at(2)));
    history.setRetention(1);
    QCOMPARE(history.count(), 1);
    QCOMPARE(history.list().first().id, ids.last());
}

void DeliveryHistoryTest::cutsLargeBodies()
{
    DeliveryHistory history(path());
    QVERIFY(history.open());
    DeliveryRecord record = retriedRecord();
    AttemptRecord::Response& response = record.attempts.last().response;
    response.body = QByteArray(3 * 1024 * 1024, 'x');
    response.size = response.body.size();
    const HistoryEntry stored = *history.entry(history.add(entryFor(record)));
    const AttemptRecord::Response& back = stored.record.attempts.last().response;
    QCOMPARE(back.body.size(), DeliveryHistory::kStoredBodyBytes);
    QVERIFY(back.truncated);
    QCOMPARE(back.size, 3 * 1024 * 1024);
}

void DeliveryHistoryTest::survivesReopeningAndUsesWal()
{
    qint64 id = 0;
    {
        DeliveryHistory history(path());
        QVERIFY(history.open());
        id = history.add(entryFor(retriedRecord()));
        // A second connection, as the CLI would have, sees the row at once.
        DeliveryHistory other(path());
        QVERIFY(other.open());
        QCOMPARE(other.count(), 1);
    }
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
        probe.setDatabaseName(path());
        QVERIFY(probe.open());
        QSqlQuery query(probe);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"ok"_s);
    }
    QSqlDatabase::removeDatabase(u"probe"_s);
    DeliveryHistory reopened(path());
    QVERIFY(reopened.open());
    QCOMPARE(reopened.entry(id)->record.webhookName, u"Helpdesk follow-up ticket"_s);
}

void DeliveryHistoryTest::refusesCorruptAndNewerFiles()
{
    {
        QFile garbage(path());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'G'));
    }
    DeliveryHistory corrupt(path());
    QVERIFY(!corrupt.open());
    QVERIFY2(corrupt.errorString().contains(u"is not a history database"_s),
        qPrintable(corrupt.errorString()));
    QCOMPARE(corrupt.add(entryFor(retriedRecord())), 0);
    QVERIFY(corrupt.list().isEmpty());

    const QString newer = m_dir->filePath(u"newer.sqlite"_s);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        database.setDatabaseName(newer);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(u"PRAGMA user_version = 7"_s));
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    DeliveryHistory future(newer);
    QVERIFY(!future.open());
    QVERIFY(future.errorString().contains(u"newer Webhook Studio (history version 7)"_s));

    DeliveryHistory nowhere(QString {});
    QVERIFY(!nowhere.open());
}

void DeliveryHistoryTest::replaysTheSameRequestWithFreshSecrets()
{
    const MemorySecretStore secrets = helpdeskSecrets();
    const DeliveryPreparer::Result prepared = prepareHelpdesk(secrets);
    QVERIFY(prepared.plan);

    const QJsonObject json = DeliveryJson::replay(prepared.replay);
    QList<Problem> problems;
    const std::optional<DeliveryReplay> replay = DeliveryJson::readReplay(json, &problems);
    QVERIFY2(replay, qPrintable(problems.value(0).toString()));

    const DeliveryPreparer::Result again = DeliveryPreparer::replan(*replay, secrets);
    QVERIFY2(again.plan, qPrintable(again.problems.value(0).toString()));
    const DeliveryPlan& original = *prepared.plan;
    const DeliveryPlan& redo = *again.plan;
    QCOMPARE(redo.request.url, original.request.url);
    QCOMPARE(redo.request.body, original.request.body);
    QCOMPARE(redo.request.header(u"Authorization"), kToken);
    QCOMPARE(redo.request.headers.size(), original.request.headers.size());
    QCOMPARE(redo.signingKey, original.signingKey);
    QCOMPARE(redo.messageId, original.messageId);
    QCOMPARE(redo.eventId, original.eventId);
    QCOMPARE(redo.policy, original.policy);
    QCOMPARE(redo.success.expectedStatus, std::optional<int>(201));
    QCOMPARE(redo.success.responseKey, u"ticket.created"_s);

    // Without the signing secret nothing is sent, and the message says which.
    MemorySecretStore none;
    const DeliveryPreparer::Result missing = DeliveryPreparer::replan(*replay, none);
    QVERIFY(!missing.plan);
    QCOMPARE(missing.problems.last().path, u"$.signing.secret"_s);
    QVERIFY(missing.problems.last().message.contains(u"${HELPDESK_SIGNING_SECRET} has no value"_s));
}

void DeliveryHistoryTest::refusesToReplayASecretThatWasNotKept()
{
    MemorySecretStore secrets;
    secrets.insert(u"HELPDESK_SIGNING_SECRET"_s, kSigningSecret);
    const LoadResult loaded = DocumentReader::readFile(TestPaths::sampleFile());
    WebhookConfig helpdesk = loaded.document->webhooks.at(3);
    // A value typed straight into the document, not a reference.
    helpdesk.headers.first().value = kToken;
    const EventContext context
        = EventContext::build(*loaded.document, *EventCatalog::find(u"call.failed"_s), {});
    const DeliveryPreparer::Result prepared = DeliveryPreparer::prepare(
        RequestTemplate(helpdesk), context, secrets, JsonPath().key(u"webhooks").index(3), {});
    QVERIFY(prepared.plan);
    QCOMPARE(prepared.plan->request.header(u"Authorization"), kToken);
    QCOMPARE(prepared.replay.request.header(u"Authorization"), SentRequest::mask());
    QVERIFY(!DeliveryJson::replay(prepared.replay).contains(u"sk_live"_s));

    const DeliveryPreparer::Result again = DeliveryPreparer::replan(prepared.replay, secrets);
    QVERIFY(!again.plan);
    QVERIFY(again.problems.first().message.contains(
        u"The value of the secret \"Authorization\" header was not kept"_s));
}

void DeliveryHistoryTest::readersNameWhatIsWrong()
{
    QJsonObject record = DeliveryJson::delivery(retriedRecord());
    QJsonArray attempts = record.value(u"attempts"_s).toArray();
    QJsonObject attempt = attempts.at(1).toObject();
    attempt.insert(u"request"_s, u"not an object"_s);
    attempts.replace(1, attempt);
    record.insert(u"attempts"_s, attempts);
    QList<Problem> problems;
    QVERIFY(!DeliveryJson::readDelivery(record, &problems));
    QCOMPARE(problems.first().path, u"$.attempts[1].request"_s);

    QJsonObject replay;
    replay.insert(u"event"_s, u"call.failed"_s);
    replay.insert(u"webhook"_s, QJsonObject { { u"name"_s, 7 } });
    problems.clear();
    QVERIFY(!DeliveryJson::readReplay(replay, &problems));
    QStringList paths;
    for (const Problem& problem : problems)
        paths.append(problem.path);
    QVERIFY2(paths.contains(u"$.webhook.name"_s), qPrintable(paths.join(u", "_s)));
    QVERIFY(paths.contains(u"$.request"_s));
}

QTEST_GUILESS_MAIN(DeliveryHistoryTest)
#include "DeliveryHistoryTest.moc"
