#pragma once

#include "HistoryEntry.h"
#include "HistorySummary.h"

#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Every delivery, from the app and the CLI, in one SQLite file: WAL mode so
// both can write while the other reads, secrets masked, bodies cut at
// kStoredBodyBytes, and only the newest `retention` deliveries kept.
//
// Any failure (a locked, corrupt or newer file) leaves the history unusable
// with an errorString(); callers keep working without it.
class DeliveryHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultRetention = 1000;
    static constexpr qint64 kStoredBodyBytes = 1024 * 1024;
    // 2 added the environment column.
    static constexpr int kSchemaVersion = 2;

    explicit DeliveryHistory(const QString& filePath, QObject* parent = nullptr);
    ~DeliveryHistory() override;

    // history.sqlite in DataLocation::directory().
    static QString defaultPath();

    bool open();
    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString filePath() const { return m_filePath; }

    // Stores a finished delivery; returns its id, or 0 on failure.
    qint64 add(const HistoryEntry& entry);
    QList<HistorySummary> list(const HistoryFilter& filter = {}) const;
    // Everything stored about one delivery; nothing (and errorString()) when
    // it is gone or cannot be read.
    std::optional<HistoryEntry> entry(qint64 id) const;
    QStringList webhookNames() const;
    QStringList events() const;
    int count() const;

    int retention() const { return m_retention; }
    // Keeps the newest `maxEntries` deliveries (at least 1).
    void setRetention(int maxEntries);
    bool clear();

signals:
    void added(qint64 id);
    void cleared();

private:
    bool createSchema();
    void prune();
    bool fail(const QString& what, const QString& detail) const;
    QStringList distinct(const QString& column) const;

    QString m_filePath;
    QString m_connectionName;
    QSqlDatabase m_database;
    bool m_open = false;
    int m_retention = kDefaultRetention;
    mutable QString m_error;
};
