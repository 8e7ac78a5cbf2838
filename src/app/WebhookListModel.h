#pragma once

#include "model/WebhookConfig.h"

#include <QAbstractListModel>
#include <QList>

// The campaign's webhooks as a list: name, with method and events in the
// tooltip; disabled webhooks are shown dimmed.
class WebhookListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { MethodRole = Qt::UserRole + 1, UrlRole, EventsRole };

    explicit WebhookListModel(QObject* parent = nullptr);

    void setWebhooks(const QList<WebhookConfig>& webhooks);
    const WebhookConfig* webhook(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<WebhookConfig> m_webhooks;
};
