#pragma once

#include <QAbstractListModel>

class CampaignSession;
struct WebhookConfig;

// The campaign's webhooks as an editable list: the name (rename in place) with
// a check box for enabled; method and events in the tooltip.
class WebhookListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { MethodRole = Qt::UserRole + 1, UrlRole, EventsRole };

    explicit WebhookListModel(CampaignSession* session, QObject* parent = nullptr);

    const WebhookConfig* webhook(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    void onDocumentChanged();

    CampaignSession* m_session;
    int m_rows = 0;
};
