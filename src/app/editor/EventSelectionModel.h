#pragma once

#include "catalog/EventInfo.h"

#include <QAbstractItemModel>

class CampaignSession;

// The eleven events grouped by category, each checkable for the webhook being
// edited, with its description. A category's check box is checked when all
// its events are, partly when some are, and sets them all.
class EventSelectionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };
    enum Role { EventNameRole = Qt::UserRole + 1 };

    explicit EventSelectionModel(CampaignSession* session, QObject* parent = nullptr);

    void setWebhookIndex(int index);
    QModelIndex indexOfEvent(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    // Internal ids: categories are 0..2, events 100 + their catalog index.
    static constexpr quintptr kEventBase = 100;

    const EventInfo* eventAt(const QModelIndex& index) const;
    QList<int> eventsOf(EventCategory category) const;
    QStringList subscribed() const;
    Qt::CheckState categoryState(EventCategory category) const;
    void setSubscribed(const QStringList& names, const QString& text);
    void refresh();

    CampaignSession* m_session;
    int m_webhook = -1;
};
