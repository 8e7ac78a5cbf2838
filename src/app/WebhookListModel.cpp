#include "WebhookListModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

WebhookListModel::WebhookListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void WebhookListModel::setWebhooks(const QList<WebhookConfig>& webhooks)
{
    beginResetModel();
    m_webhooks = webhooks;
    endResetModel();
}

const WebhookConfig* WebhookListModel::webhook(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_webhooks.at(index.row());
}

int WebhookListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_webhooks.size());
}

QVariant WebhookListModel::data(const QModelIndex& index, int role) const
{
    const WebhookConfig* config = webhook(index);
    if (!config)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return config->name;
    case Qt::ToolTipRole:
        return tr("%1 %2\nEvents: %3%4")
            .arg(httpMethodName(config->method), config->url,
                config->events.isEmpty() ? tr("none") : config->events.join(u", "_s),
                config->enabled ? QString() : u"\n"_s + tr("Disabled: never sent."));
    case Qt::ForegroundRole:
        if (!config->enabled)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (!config->enabled) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return config->enabled ? tr("Enabled webhook") : tr("Disabled webhook");
    case MethodRole:
        return httpMethodName(config->method);
    case UrlRole:
        return config->url;
    case EventsRole:
        return config->events;
    default:
        return {};
    }
}
