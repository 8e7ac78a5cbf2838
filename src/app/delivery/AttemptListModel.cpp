#include "delivery/AttemptListModel.h"

#include "delivery/DeliveryTracker.h"
#include "delivery/Duration.h"
#include "delivery/SuccessEvaluator.h"

#include <QColor>

AttemptListModel::AttemptListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AttemptListModel::setTracker(DeliveryTracker* tracker)
{
    beginResetModel();
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    m_rows = tracker ? int(tracker->record().attempts.size()) + (hasInFlightRow() ? 1 : 0) : 0;
    endResetModel();
    if (tracker)
        connect(tracker, &DeliveryTracker::changed, this, &AttemptListModel::sync);
}

bool AttemptListModel::hasInFlightRow() const
{
    return m_tracker && m_tracker->inFlightAttempt() > 0;
}

void AttemptListModel::sync()
{
    // Attempts are only ever added: grow or shrink the tail, refresh the rest.
    const int rows
        = m_tracker ? int(m_tracker->record().attempts.size()) + (hasInFlightRow() ? 1 : 0) : 0;
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

int AttemptListModel::attemptNumber(int row) const
{
    if (!m_tracker || row < 0 || row >= m_rows)
        return 0;
    const QList<AttemptRecord>& attempts = m_tracker->record().attempts;
    return row < attempts.size() ? attempts.at(row).number : m_tracker->inFlightAttempt();
}

int AttemptListModel::rowOf(int number) const
{
    for (int row = 0; row < m_rows; ++row) {
        if (attemptNumber(row) == number)
            return row;
    }
    return -1;
}

int AttemptListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AttemptListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptListModel::data(const QModelIndex& index, int role) const
{
    if (!m_tracker || !index.isValid() || index.row() >= m_rows)
        return {};
    const QList<AttemptRecord>& attempts = m_tracker->record().attempts;
    if (index.row() >= attempts.size()) {
        // The attempt in flight.
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case NumberColumn:
            return m_tracker->inFlightAttempt();
        case StatusColumn:
            return tr("…");
        case TimeColumn:
            return Duration::text(m_tracker->elapsedMs() - m_tracker->inFlightStartMs());
        default:
            return tr("in flight");
        }
    }
    const AttemptRecord& attempt = attempts.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return attempt.verdict.delivered ? QColor(0x2e, 0x9d, 0x4f) : QColor(0xd6, 0x45, 0x41);
    if (role == Qt::ToolTipRole && index.column() == VerdictColumn)
        return attempt.verdict.summary();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return attempt.number;
    case StatusColumn:
        return attempt.response.received
            ? SuccessEvaluator::statusText(attempt.response.status, attempt.response.reason)
            : tr("no response");
    case TimeColumn:
        return Duration::text(attempt.durationMs);
    default:
        return attempt.verdict.delivered ? tr("delivered") : attempt.verdict.summary();
    }
}

QVariant AttemptListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    default:
        return tr("Verdict");
    }
}
