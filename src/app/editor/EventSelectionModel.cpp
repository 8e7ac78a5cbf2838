#include "editor/EventSelectionModel.h"

#include "catalog/EventCatalog.h"
#include "document/CampaignSession.h"

#include <QFont>

EventSelectionModel::EventSelectionModel(CampaignSession* session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    connect(session, &CampaignSession::changed, this, &EventSelectionModel::refresh);
    connect(session, &CampaignSession::wasReset, this, [this] { setWebhookIndex(-1); });
}

void EventSelectionModel::setWebhookIndex(int index)
{
    m_webhook = index;
    refresh();
}

void EventSelectionModel::refresh()
{
    // The structure never changes; only check states do.
    for (int category = 0; category < EventCatalog::categories().size(); ++category) {
        const QModelIndex parent = index(category, 0);
        emit dataChanged(parent, parent, { Qt::CheckStateRole });
        const int rows = rowCount(parent);
        if (rows > 0)
            emit dataChanged(
                index(0, 0, parent), index(rows - 1, 0, parent), { Qt::CheckStateRole });
    }
}

QList<int> EventSelectionModel::eventsOf(EventCategory category) const
{
    QList<int> result;
    const QList<EventInfo>& events = EventCatalog::events();
    for (int i = 0; i < events.size(); ++i) {
        if (events.at(i).category == category)
            result.append(i);
    }
    return result;
}

const EventInfo* EventSelectionModel::eventAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() < kEventBase)
        return nullptr;
    return &EventCatalog::events().at(int(index.internalId() - kEventBase));
}

QStringList EventSelectionModel::subscribed() const
{
    const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
    if (m_webhook < 0 || m_webhook >= webhooks.size())
        return {};
    return webhooks.at(m_webhook).events;
}

QModelIndex EventSelectionModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(row));
    const QList<int> events = eventsOf(EventCatalog::categories().at(parent.row()));
    return createIndex(row, column, kEventBase + quintptr(events.at(row)));
}

QModelIndex EventSelectionModel::parent(const QModelIndex& child) const
{
    const EventInfo* event = eventAt(child);
    if (!event)
        return {};
    const int category = int(EventCatalog::categories().indexOf(event->category));
    return createIndex(category, 0, quintptr(category));
}

int EventSelectionModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(EventCatalog::categories().size());
    if (parent.column() != 0 || eventAt(parent))
        return 0;
    return int(eventsOf(EventCatalog::categories().at(parent.row())).size());
}

int EventSelectionModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::CheckState EventSelectionModel::categoryState(EventCategory category) const
{
    const QStringList chosen = subscribed();
    int count = 0;
    const QList<int> events = eventsOf(category);
    for (int i : events)
        count += chosen.contains(EventCatalog::events().at(i).name) ? 1 : 0;
    if (count == 0)
        return Qt::Unchecked;
    return count == events.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant EventSelectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EventInfo* event = eventAt(index);
    if (!event) {
        const EventCategory category = EventCatalog::categories().at(index.row());
        if (index.column() != NameColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return EventCatalog::categoryTitle(category);
        case Qt::CheckStateRole:
            return categoryState(category);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }
    if (role == EventNameRole)
        return event->name;
    if (index.column() == DescriptionColumn) {
        if (role == Qt::DisplayRole)
            return event->description;
        if (role == Qt::ToolTipRole)
            return event->payload;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return event->name;
    case Qt::CheckStateRole:
        return subscribed().contains(event->name) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return tr("%1: %2").arg(event->title, event->payload);
    default:
        return {};
    }
}

void EventSelectionModel::setSubscribed(const QStringList& names, const QString& text)
{
    // Kept in catalog order, so the file does not change with the click order.
    QStringList ordered;
    for (const QString& name : EventCatalog::names()) {
        if (names.contains(name))
            ordered.append(name);
    }
    // Unknown names from a hand-edited file stay, for the validator to report.
    for (const QString& name : names) {
        if (!EventCatalog::find(name) && !ordered.contains(name))
            ordered.append(name);
    }
    m_session->editWebhook(
        m_webhook, text, [&](WebhookConfig& webhook) { webhook.events = ordered; });
}

bool EventSelectionModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != NameColumn || m_webhook < 0)
        return false;
    const bool checked = value.toInt() != Qt::Unchecked;
    QStringList names = subscribed();
    if (const EventInfo* event = eventAt(index)) {
        names.removeAll(event->name);
        if (checked)
            names.append(event->name);
        setSubscribed(names,
            checked ? tr("Subscribe to %1").arg(event->name)
                    : tr("Unsubscribe from %1").arg(event->name));
        return true;
    }
    const EventCategory category = EventCatalog::categories().at(index.row());
    for (int i : eventsOf(category)) {
        const QString name = EventCatalog::events().at(i).name;
        names.removeAll(name);
        if (checked)
            names.append(name);
    }
    setSubscribed(names, tr("Change %1").arg(EventCatalog::categoryTitle(category)));
    return true;
}

QVariant EventSelectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Event") : tr("Triggered when");
}

Qt::ItemFlags EventSelectionModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NameColumn && m_webhook >= 0)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QModelIndex EventSelectionModel::indexOfEvent(const QString& name) const
{
    for (int category = 0; category < rowCount(); ++category) {
        const QModelIndex parentIndex = index(category, 0);
        for (int row = 0; row < rowCount(parentIndex); ++row) {
            const QModelIndex child = index(row, 0, parentIndex);
            if (child.data(EventNameRole).toString() == name)
                return child;
        }
    }
    return {};
}
