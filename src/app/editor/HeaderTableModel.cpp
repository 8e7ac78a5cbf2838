#include "editor/HeaderTableModel.h"

#include "document/CampaignSession.h"
#include "model/SecretReference.h"

using namespace Qt::StringLiterals;

HeaderTableModel::HeaderTableModel(CampaignSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &CampaignSession::changed, this, &HeaderTableModel::sync);
    connect(session, &CampaignSession::wasReset, this, [this] { setWebhookIndex(-1); });
}

QStringList HeaderTableModel::commonHeaderNames()
{
    return { u"Accept"_s, u"Authorization"_s, u"Cache-Control"_s, u"Content-Type"_s,
        u"Idempotency-Key"_s, u"User-Agent"_s, u"X-Api-Key"_s, u"X-Campaign-Id"_s,
        u"X-Correlation-Id"_s, u"X-Request-Id"_s, u"X-Signature"_s, u"X-Tenant-Id"_s,
        u"X-Webhook-Event"_s };
}

const QList<HeaderEntry>* HeaderTableModel::headers() const
{
    const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
    if (m_webhook < 0 || m_webhook >= webhooks.size())
        return nullptr;
    return &webhooks.at(m_webhook).headers;
}

void HeaderTableModel::setWebhookIndex(int index)
{
    beginResetModel();
    m_webhook = index;
    m_rows = headers() ? int(headers()->size()) : 0;
    endResetModel();
}

void HeaderTableModel::setSecretsRevealed(bool revealed)
{
    m_revealed = revealed;
    if (m_rows > 0)
        emit dataChanged(index(0, ValueColumn), index(m_rows - 1, ValueColumn));
}

void HeaderTableModel::sync()
{
    const int rows = headers() ? int(headers()->size()) : 0;
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

int HeaderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int HeaderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HeaderTableModel::shownValue(const HeaderEntry& header) const
{
    if (!header.secret)
        return header.value;
    if (!m_revealed)
        return header.value.isEmpty() ? QString() : u"••••••••"_s;
    // Revealed: the value behind a reference, when this session knows it.
    if (SecretReference::isReference(header.value)) {
        if (const std::optional<QString> value
            = m_session->secrets().value(SecretReference::name(header.value)))
            return *value;
    }
    return header.value;
}

QVariant HeaderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !headers())
        return {};
    const HeaderEntry& header = headers()->at(index.row());
    switch (index.column()) {
    case EnabledColumn:
        if (role == Qt::CheckStateRole)
            return header.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return header.enabled ? tr("Sent") : tr("Not sent");
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return header.name;
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole)
            return shownValue(header);
        if (role == Qt::EditRole)
            return header.value;
        if (role == Qt::ToolTipRole && header.secret)
            return tr("A secret: saved as a ${NAME} reference, never in the file.");
        break;
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return header.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Mask the value and keep it out of saved files and exports");
        break;
    default:
        break;
    }
    return {};
}

bool HeaderTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !headers())
        return false;
    const int row = index.row();
    const int column = index.column();
    const bool checked = value.toInt() == Qt::Checked;
    if (role == Qt::CheckStateRole && column == EnabledColumn) {
        m_session->editWebhook(m_webhook, checked ? tr("Enable Header") : tr("Disable Header"),
            [&](WebhookConfig& webhook) { webhook.headers[row].enabled = checked; });
        return true;
    }
    if (role == Qt::CheckStateRole && column == SecretColumn) {
        m_session->editWebhook(m_webhook, checked ? tr("Mark Header Secret") : tr("Unmark Secret"),
            [&](WebhookConfig& webhook) { webhook.headers[row].secret = checked; });
        return true;
    }
    if (role != Qt::EditRole || (column != NameColumn && column != ValueColumn))
        return false;
    const QString text = value.toString();
    m_session->editWebhook(
        m_webhook, column == NameColumn ? tr("Edit Header Name") : tr("Edit Header Value"),
        [&](WebhookConfig& webhook) {
            HeaderEntry& header = webhook.headers[row];
            if (column == NameColumn)
                header.name = text.trimmed();
            else
                header.value = text;
        },
        u"header/"_s + QString::number(row) + u'/' + QString::number(column));
    return true;
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EnabledColumn:
        return tr("Send");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    default:
        return {};
    }
}

Qt::ItemFlags HeaderTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == EnabledColumn || index.column() == SecretColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    if (index.column() == ValueColumn)
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList HeaderTableModel::mimeTypes() const
{
    return { FieldDrag::mimeType() };
}

bool HeaderTableModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() == ValueColumn && FieldDrag::read(data).has_value();
}

bool HeaderTableModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit fieldDropped(parent.row(), *FieldDrag::read(data));
    return true;
}

Qt::DropActions HeaderTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

void HeaderTableModel::addHeader(const QString& name, const QString& value)
{
    m_session->editWebhook(m_webhook, tr("Add Header"), [&](WebhookConfig& webhook) {
        webhook.headers.append({ name, value, true, false });
    });
}

void HeaderTableModel::removeHeader(int row)
{
    if (!headers() || row < 0 || row >= headers()->size())
        return;
    m_session->editWebhook(m_webhook, tr("Remove Header"),
        [&](WebhookConfig& webhook) { webhook.headers.removeAt(row); });
}

void HeaderTableModel::moveHeader(int row, int offset)
{
    const int target = row + offset;
    if (!headers() || row < 0 || row >= headers()->size() || target < 0
        || target >= headers()->size())
        return;
    m_session->editWebhook(m_webhook, tr("Move Header"),
        [&](WebhookConfig& webhook) { webhook.headers.move(row, target); });
}
