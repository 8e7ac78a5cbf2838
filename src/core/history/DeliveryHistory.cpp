#include "DeliveryHistory.h"

#include "delivery/DeliveryJson.h"
#include "model/EnumNameTable.h"
#include "storage/DataLocation.h"

#include <QAtomicInteger>
#include <QDir>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// The names stored in the origin and outcome columns.
constexpr EnumNameTable<HistoryOrigin, 2> kOrigins({ {
    { HistoryOrigin::App, "app"_L1 },
    { HistoryOrigin::Cli, "cli"_L1 },
} });
constexpr EnumNameTable<HistoryOutcome, 3> kOutcomes({ {
    { HistoryOutcome::Delivered, "delivered"_L1 },
    { HistoryOutcome::Failed, "failed"_L1 },
    { HistoryOutcome::Cancelled, "cancelled"_L1 },
} });

HistoryOutcome outcomeOf(const DeliveryRecord& record)
{
    if (record.delivered())
        return HistoryOutcome::Delivered;
    return record.verdict.kind() == FailureKind::Cancelled ? HistoryOutcome::Cancelled
                                                           : HistoryOutcome::Failed;
}

// Bodies beyond the stored size are cut; the record says so.
DeliveryRecord forStorage(DeliveryRecord record)
{
    for (AttemptRecord& attempt : record.attempts) {
        if (attempt.request.body.size() > DeliveryHistory::kStoredBodyBytes)
            attempt.request.body.truncate(DeliveryHistory::kStoredBodyBytes);
        AttemptRecord::Response& response = attempt.response;
        if (response.body.size() > DeliveryHistory::kStoredBodyBytes) {
            response.body.truncate(DeliveryHistory::kStoredBodyBytes);
            response.truncated = true;
        }
    }
    return record;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return u"webhookstudio-history-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}
} // namespace

DeliveryHistory::DeliveryHistory(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_filePath(filePath)
    , m_connectionName(newConnectionName())
{ }

DeliveryHistory::~DeliveryHistory()
{
    if (m_database.isValid())
        m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString DeliveryHistory::defaultPath()
{
    const QString directory = DataLocation::directory();
    return directory.isEmpty() ? QString() : QDir(directory).filePath(u"history.sqlite"_s);
}

bool DeliveryHistory::fail(const QString& what, const QString& detail) const
{
    m_error = detail.isEmpty() ? what : what + u": "_s + detail;
    return false;
}

bool DeliveryHistory::open()
{
    if (m_filePath.isEmpty())
        return fail(tr("There is no place to keep the history"), QString());
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return fail(tr("The SQLite driver of Qt is not installed"), QString());
    m_database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_database.setDatabaseName(m_filePath);
    // The app and the CLI may write at the same moment: wait for the other's
    // lock instead of failing.
    m_database.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_database.open())
        return fail(tr("Cannot open %1").arg(m_filePath), m_database.lastError().text());
    m_open = createSchema();
    if (m_open)
        prune();
    return m_open;
}

bool DeliveryHistory::createSchema()
{
    QSqlQuery query(m_database);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(tr("%1 is not a history database").arg(m_filePath), query.lastError().text());
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion) {
        return fail(tr("%1 was written by a newer Webhook Studio (history version %2)")
                        .arg(m_filePath)
                        .arg(version),
            QString());
    }
    const QStringList statements {
        u"PRAGMA journal_mode=WAL"_s,
        // WAL with NORMAL stays consistent after a crash; it may only lose
        // the last deliveries on a power cut.
        u"PRAGMA synchronous=NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS deliveries ("
        " id INTEGER PRIMARY KEY AUTOINCREMENT,"
        " started_at INTEGER NOT NULL,"
        " origin TEXT NOT NULL,"
        " campaign TEXT NOT NULL,"
        " webhook TEXT NOT NULL,"
        " webhook_id TEXT NOT NULL,"
        " event TEXT NOT NULL,"
        " event_id TEXT NOT NULL,"
        " method TEXT NOT NULL,"
        " url TEXT NOT NULL,"
        " outcome TEXT NOT NULL,"
        " verdict TEXT NOT NULL,"
        " attempts INTEGER NOT NULL,"
        " total_ms INTEGER NOT NULL,"
        " last_status INTEGER NOT NULL,"
        " record TEXT NOT NULL,"
        " replay TEXT)"_s,
        u"CREATE INDEX IF NOT EXISTS deliveries_webhook ON deliveries (webhook)"_s,
        u"CREATE INDEX IF NOT EXISTS deliveries_event ON deliveries (event)"_s,
    };
    QStringList upgrades;
    // Version 1 histories (and new ones) gain the column; their deliveries
    // went to no environment.
    if (version < 2)
        upgrades.append(
            u"ALTER TABLE deliveries ADD COLUMN environment TEXT NOT NULL DEFAULT ''"_s);
    upgrades.append(u"PRAGMA user_version = "_s + QString::number(kSchemaVersion));
    for (const QString& statement : statements + upgrades) {
        if (!query.exec(statement))
            return fail(tr("Cannot prepare %1").arg(m_filePath), query.lastError().text());
    }
    return true;
}

qint64 DeliveryHistory::add(const HistoryEntry& entry)
{
    if (!m_open)
        return 0;
    const DeliveryRecord record = forStorage(entry.record);
    const AttemptRecord* last = record.attempts.isEmpty() ? nullptr : &record.attempts.last();
    QSqlQuery query(m_database);
    query.prepare(u"INSERT INTO deliveries (started_at, origin, campaign, webhook, webhook_id,"
                  " event, event_id, method, url, outcome, verdict, attempts, total_ms,"
                  " last_status, record, replay, environment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  " ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(record.startedAt.toMSecsSinceEpoch());
    query.addBindValue(kOrigins.name(entry.origin));
    query.addBindValue(entry.campaign);
    query.addBindValue(record.webhookName);
    query.addBindValue(record.webhookId);
    query.addBindValue(record.event);
    query.addBindValue(record.eventId);
    query.addBindValue(last ? httpMethodName(last->request.method) : QString());
    query.addBindValue(last ? last->request.url : QString());
    query.addBindValue(kOutcomes.name(outcomeOf(record)));
    query.addBindValue(record.verdict.delivered ? tr("Delivered") : record.verdict.summary());
    query.addBindValue(int(record.attempts.size()));
    query.addBindValue(record.totalMs);
    query.addBindValue(last && last->response.received ? last->response.status : 0);
    query.addBindValue(compact(DeliveryJson::delivery(record)));
    query.addBindValue(entry.replay ? compact(DeliveryJson::replay(*entry.replay)) : QString());
    // A null string binds as NULL, which the NOT NULL column refuses.
    query.addBindValue(record.environment.isNull() ? QString::fromLatin1("") : record.environment);
    if (!query.exec()) {
        fail(tr("Cannot store the delivery"), query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    prune();
    emit added(id);
    return id;
}

QList<HistorySummary> DeliveryHistory::list(const HistoryFilter& filter) const
{
    QList<HistorySummary> result;
    if (!m_open)
        return result;
    QStringList conditions;
    QVariantList values;
    if (!filter.webhookName.isEmpty()) {
        conditions.append(u"webhook = ?"_s);
        values.append(filter.webhookName);
    }
    if (!filter.event.isEmpty()) {
        conditions.append(u"event = ?"_s);
        values.append(filter.event);
    }
    if (filter.outcome) {
        conditions.append(u"outcome = ?"_s);
        values.append(kOutcomes.name(*filter.outcome));
    }
    QString sql = u"SELECT id, started_at, origin, campaign, webhook, event, event_id, method, url,"
                  " outcome, verdict, attempts, total_ms, last_status, environment"
                  " FROM deliveries"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += u" ORDER BY id DESC LIMIT "_s + QString::number(qMax(1, filter.limit));

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(tr("Cannot read the history"), query.lastError().text());
        return result;
    }
    while (query.next()) {
        HistorySummary summary;
        summary.id = query.value(0).toLongLong();
        summary.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
        summary.origin = kOrigins.fromName(query.value(2).toString()).value_or(HistoryOrigin::App);
        summary.campaign = query.value(3).toString();
        summary.webhookName = query.value(4).toString();
        summary.event = query.value(5).toString();
        summary.eventId = query.value(6).toString();
        summary.method = query.value(7).toString();
        summary.url = query.value(8).toString();
        summary.outcome
            = kOutcomes.fromName(query.value(9).toString()).value_or(HistoryOutcome::Failed);
        summary.verdict = query.value(10).toString();
        summary.attempts = query.value(11).toInt();
        summary.totalMs = query.value(12).toLongLong();
        summary.lastStatus = query.value(13).toInt();
        summary.environment = query.value(14).toString();
        result.append(summary);
    }
    return result;
}

std::optional<HistoryEntry> DeliveryHistory::entry(qint64 id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(m_database);
    query.prepare(u"SELECT origin, campaign, record, replay FROM deliveries WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        fail(tr("Cannot read the history"), query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        fail(tr("Delivery %1 is no longer in the history").arg(id), QString());
        return std::nullopt;
    }
    HistoryEntry entry;
    entry.id = id;
    entry.origin = kOrigins.fromName(query.value(0).toString()).value_or(HistoryOrigin::App);
    entry.campaign = query.value(1).toString();
    QList<Problem> problems;
    const QJsonObject record = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
    const std::optional<DeliveryRecord> delivery = DeliveryJson::readDelivery(record, &problems);
    if (!delivery) {
        fail(tr("Delivery %1 in the history cannot be read").arg(id), problems.value(0).toString());
        return std::nullopt;
    }
    entry.record = *delivery;
    const QByteArray replay = query.value(3).toByteArray();
    if (!replay.isEmpty()) {
        // A replay that cannot be read only disables Redeliver.
        entry.replay
            = DeliveryJson::readReplay(QJsonDocument::fromJson(replay).object(), &problems);
    }
    return entry;
}

QStringList DeliveryHistory::distinct(const QString& column) const
{
    QStringList values;
    if (!m_open)
        return values;
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT DISTINCT "_s + column + u" FROM deliveries ORDER BY 1"_s))
        return values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

QStringList DeliveryHistory::webhookNames() const
{
    return distinct(u"webhook"_s);
}

QStringList DeliveryHistory::events() const
{
    return distinct(u"event"_s);
}

int DeliveryHistory::count() const
{
    if (!m_open)
        return 0;
    QSqlQuery query(m_database);
    if (!query.exec(u"SELECT COUNT(*) FROM deliveries"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void DeliveryHistory::setRetention(int maxEntries)
{
    m_retention = qMax(1, maxEntries);
    prune();
}

void DeliveryHistory::prune()
{
    if (!m_open)
        return;
    QSqlQuery query(m_database);
    query.prepare(u"DELETE FROM deliveries WHERE id <= (SELECT id FROM deliveries ORDER BY id DESC"
                  " LIMIT 1 OFFSET ?)"_s);
    query.addBindValue(m_retention);
    if (!query.exec())
        fail(tr("Cannot trim the history"), query.lastError().text());
}

bool DeliveryHistory::clear()
{
    if (!m_open)
        return false;
    QSqlQuery query(m_database);
    if (!query.exec(u"DELETE FROM deliveries"_s))
        return fail(tr("Cannot clear the history"), query.lastError().text());
    emit cleared();
    return true;
}
