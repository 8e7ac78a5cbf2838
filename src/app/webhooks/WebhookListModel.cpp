#include "webhooks/WebhookListModel.h"

#include "document/CampaignSession.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

WebhookListModel::WebhookListModel(CampaignSession* session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_rows(int(session->document().webhooks.size()))
{
    connect(session, &CampaignSession::changed, this, &WebhookListModel::onDocumentChanged);
    connect(session, &CampaignSession::wasReset, this, &WebhookListModel::onDocumentChanged);
}

void WebhookListModel::onDocumentChanged()
{
    const int rows = int(m_session->document().webhooks.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0), index(rows - 1));
    }
}

const WebhookConfig* WebhookListModel::webhook(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_session->document().webhooks.at(index.row());
}

int WebhookListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

Qt::ItemFlags WebhookListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
}

QVariant WebhookListModel::data(const QModelIndex& index, int role) const
{
    const WebhookConfig* config = webhook(index);
    if (!config)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return config->name;
    case Qt::CheckStateRole:
        return config->enabled ? Qt::Checked : Qt::Unchecked;
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

bool WebhookListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!webhook(index))
        return false;
    const int row = index.row();
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == webhook(index)->name)
            return false;
        m_session->editWebhook(
            row, tr("Rename Webhook"), [&](WebhookConfig& config) { config.name = name; });
        return true;
    }
    if (role == Qt::CheckStateRole) {
        const bool enabled = value.toInt() == Qt::Checked;
        m_session->editWebhook(row, enabled ? tr("Enable Webhook") : tr("Disable Webhook"),
            [&](WebhookConfig& config) { config.enabled = enabled; });
        return true;
    }
    return false;
}
