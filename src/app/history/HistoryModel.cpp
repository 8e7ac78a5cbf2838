#include "history/HistoryModel.h"

#include "delivery/Duration.h"

#include <QColor>
#include <QLocale>

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HistoryModel::setEntries(const QList<HistorySummary>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const HistorySummary* HistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int HistoryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    const HistorySummary* summary = entry(index.row());
    if (!summary)
        return {};
    if (role == Qt::ToolTipRole)
        return QString(summary->method + u' ' + summary->url + u'\n' + summary->verdict);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        switch (summary->outcome) {
        case HistoryOutcome::Delivered:
            return QColor(0x2e, 0x9d, 0x4f);
        case HistoryOutcome::Failed:
            return QColor(0xd6, 0x45, 0x41);
        case HistoryOutcome::Cancelled:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        // Today's deliveries by their time; older ones with their date.
        const QDateTime local = summary->startedAt.toLocalTime();
        const QLocale locale;
        if (local.date() == QDate::currentDate())
            return locale.toString(local.time(), QLocale::LongFormat).section(u' ', 0, 0);
        return locale.toString(local, QLocale::ShortFormat);
    }
    case WebhookColumn:
        return summary->webhookName;
    case EventColumn:
        return summary->event;
    case EnvironmentColumn:
        return summary->environment;
    case OutcomeColumn:
        return summary->verdict;
    case AttemptsColumn:
        return summary->attempts;
    case DurationColumn:
        return Duration::text(summary->totalMs);
    default:
        return summary->origin == HistoryOrigin::Cli ? tr("CLI") : tr("App");
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Sent");
    case WebhookColumn:
        return tr("Webhook");
    case EventColumn:
        return tr("Event");
    case EnvironmentColumn:
        return tr("Environment");
    case OutcomeColumn:
        return tr("Verdict");
    case AttemptsColumn:
        return tr("Attempts");
    case DurationColumn:
        return tr("Time");
    default:
        return tr("From");
    }
}
