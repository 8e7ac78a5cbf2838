#pragma once

#include "history/HistorySummary.h"

#include <QAbstractTableModel>

// The deliveries of the history, newest first, as the history dock lists
// them.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        WebhookColumn,
        EventColumn,
        EnvironmentColumn,
        OutcomeColumn,
        AttemptsColumn,
        DurationColumn,
        OriginColumn,
        ColumnCount
    };

    explicit HistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<HistorySummary>& entries);
    const HistorySummary* entry(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<HistorySummary> m_entries;
};
