#include "mapping/MappingTableModel.h"

#include "catalog/DataSourceCatalog.h"
#include "catalog/EventCatalog.h"
#include "document/CampaignSession.h"
#include "templating/EventContext.h"
#include "templating/ValueEncoder.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

MappingTableModel::MappingTableModel(CampaignSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_event(u"call.ended"_s)
{
    connect(session, &CampaignSession::changed, this, &MappingTableModel::sync);
    connect(session, &CampaignSession::wasReset, this, [this] { setWebhookIndex(-1); });
    connect(session, &CampaignSession::localReceiverUrlChanged, this, &MappingTableModel::sync);
    connect(session, &CampaignSession::activeEnvironmentChanged, this, &MappingTableModel::sync);
}

const WebhookConfig* MappingTableModel::webhook() const
{
    const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
    return m_webhook >= 0 && m_webhook < webhooks.size() ? &webhooks.at(m_webhook) : nullptr;
}

void MappingTableModel::setWebhookIndex(int index)
{
    m_context.reset();
    beginResetModel();
    m_webhook = index;
    m_rows = webhook()
        ? MappingOverview::build(*webhook(), m_session->document().environmentVariableNames())
        : QList<MappingOverview::Row>();
    endResetModel();
}

void MappingTableModel::setPreviewEvent(const QString& event)
{
    if (m_event == event || !EventCatalog::find(event))
        return;
    m_event = event;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, SampleColumn), index(int(m_rows.size()) - 1, SampleColumn));
}

void MappingTableModel::sync()
{
    m_context.reset(); // the document, the receiver or the environment changed
    const QList<MappingOverview::Row> rows = webhook()
        ? MappingOverview::build(*webhook(), m_session->document().environmentVariableNames())
        : QList<MappingOverview::Row>();
    const bool sameVariables = rows.size() == m_rows.size()
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const auto& a, const auto& b) { return a.variable == b.variable; });
    if (!sameVariables) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const MappingOverview::Row* MappingTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

const VariableMapping* MappingTableModel::mappingOf(const MappingOverview::Row& row) const
{
    if (!webhook() || row.mappingIndex < 0 || row.mappingIndex >= webhook()->mappings.size())
        return nullptr;
    return &webhook()->mappings.at(row.mappingIndex);
}

int MappingTableModel::unusedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const MappingOverview::Row& row) { return row.isUnused() && row.mappingIndex >= 0; }));
}

const EventContext& MappingTableModel::context(const EventInfo& event) const
{
    if (!m_context || &m_context->event() != &event) {
        EventContext::Options options = m_session->contextOptions();
        options.eventId = u"evt_preview"_s;
        m_context = EventContext::build(m_session->document(), event, options);
    }
    return *m_context;
}

QString MappingTableModel::sampleText(const MappingOverview::Row& row) const
{
    const EventInfo* event = EventCatalog::find(m_event);
    const VariableMapping* mapping = mappingOf(row);
    if (!event || (!mapping && !row.builtIn && !row.fromEnvironment))
        return {};
    const EventContext& context = this->context(*event);
    if (row.builtIn)
        return ValueEncoder::text(context.builtIn(row.variable));
    const VariableMapping implicit { row.variable, DataSource::EnvironmentVariable, row.variable,
        {} };
    if (!mapping)
        mapping = &implicit;
    if (mapping->source == DataSource::DefaultValue)
        return mapping->value.isEmpty() ? mapping->variable : mapping->value;
    if (mapping->source == DataSource::EnvironmentVariable
        && context.isSecretVariable(mapping->field))
        return tr("(secret of %1)").arg(context.environmentName());
    if (!context.hasField(mapping->source, mapping->field)) {
        if (mapping->source == DataSource::EnvironmentVariable)
            return tr("(not in %1)").arg(context.environmentName());
        if (mapping->source == DataSource::EventPayload
            && DataSourceCatalog::fieldExists(
                mapping->source, mapping->field, m_session->document()))
            return tr("(not in the own sample of %1)").arg(m_event);
        return tr("(no such field)");
    }
    const EventContext::Lookup lookup = context.lookup(mapping->source, mapping->field);
    if (!lookup.available)
        return tr("(empty on %1)").arg(m_event);
    QString text = ValueEncoder::text(lookup.value).simplified();
    return text.size() > 60 ? text.left(59) + u'…' : text;
}

int MappingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MappingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MappingOverview::Row& item = m_rows.at(index.row());
    const VariableMapping* mapping = mappingOf(item);
    if (role == UnmappedRole)
        return item.isUnmapped();
    if (role == UnusedRole)
        return item.isUnused();
    if (role == SourceNameRole)
        return mapping ? dataSourceName(mapping->source) : QString();
    if (role == Qt::BackgroundRole && item.isUnmapped()) {
        QColor tint = QApplication::palette().color(QPalette::Base).lightness() < 128
            ? QColor(0x5c, 0x1f, 0x1f)
            : QColor(0xfd, 0xe2, 0xe2);
        return tint;
    }
    switch (index.column()) {
    case VariableColumn:
        if (role == Qt::DisplayRole)
            return QString(u"{{"_s + item.variable + u"}}"_s);
        if (role == Qt::FontRole) {
            QFont font;
            font.setFamily(u"monospace"_s);
            return font;
        }
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole) {
            if (item.builtIn)
                return tr("Built-in");
            if (item.fromEnvironment && !mapping)
                return DataSourceCatalog::source(DataSource::EnvironmentVariable).title;
            return mapping ? DataSourceCatalog::source(mapping->source).title : tr("Not mapped");
        }
        if (role == Qt::EditRole)
            return mapping ? dataSourceName(mapping->source) : QString();
        if (role == Qt::DecorationRole && item.isUnmapped())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (role == Qt::ToolTipRole && item.isUnmapped())
            return tr("Choose a source here, or drop a field from the palette on this row.");
        break;
    case FieldColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole) {
            if (!mapping)
                return item.fromEnvironment ? item.variable : QString();
            return mapping->source == DataSource::DefaultValue ? mapping->value : mapping->field;
        }
        if (role == Qt::ToolTipRole && mapping && mapping->source == DataSource::DefaultValue)
            return tr("The literal value; empty means the variable's own name.");
        break;
    case SampleColumn:
        if (role == Qt::DisplayRole)
            return sampleText(item);
        if (role == Qt::ToolTipRole)
            return tr("The value for %1 with the sample data").arg(m_event);
        break;
    case UsedInColumn:
        if (role == Qt::DisplayRole)
            return item.isUnused() ? tr("Not used") : item.usedIn.join(u", "_s);
        if (role == Qt::DecorationRole && item.isUnused())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ToolTipRole && item.isUnused())
            return tr("No template uses this variable; Remove Unused deletes the mapping.");
        if (role == Qt::FontRole && item.isUnused()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

bool MappingTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !webhook())
        return false;
    const MappingOverview::Row item = m_rows.at(index.row());
    if (item.builtIn)
        return false;
    const VariableMapping* mapping = mappingOf(item);
    if (index.column() == SourceColumn) {
        const std::optional<DataSource> source = dataSourceFromName(value.toString());
        if (!source || (mapping && mapping->source == *source))
            return false;
        // Keep the field when the new source has one of that name.
        QString field;
        if (mapping
            && DataSourceCatalog::fieldExists(*source, mapping->field, m_session->document()))
            field = mapping->field;
        mapVariable(item.variable, { *source, field });
        return true;
    }
    if (index.column() == FieldColumn && mapping) {
        const QString text = value.toString();
        const int mappingIndex = item.mappingIndex;
        const bool literal = mapping->source == DataSource::DefaultValue;
        m_session->editWebhook(m_webhook, tr("Edit Mapping"), [&](WebhookConfig& w) {
            VariableMapping& target = w.mappings[mappingIndex];
            (literal ? target.value : target.field) = text;
        });
        return true;
    }
    return false;
}

void MappingTableModel::mapVariable(const QString& variable, const FieldReference& reference)
{
    if (!webhook())
        return;
    m_session->editWebhook(m_webhook, tr("Map {{%1}}").arg(variable), [&](WebhookConfig& w) {
        for (VariableMapping& mapping : w.mappings) {
            if (mapping.variable == variable) {
                mapping.source = reference.source;
                mapping.field
                    = reference.source == DataSource::DefaultValue ? QString() : reference.field;
                return;
            }
        }
        w.mappings.append({ variable, reference.source,
            reference.source == DataSource::DefaultValue ? QString() : reference.field,
            QString() });
    });
}

void MappingTableModel::removeUnusedMappings()
{
    if (!webhook() || unusedCount() == 0)
        return;
    QStringList unused;
    for (const MappingOverview::Row& item : std::as_const(m_rows)) {
        if (item.isUnused() && item.mappingIndex >= 0)
            unused.append(item.variable);
    }
    m_session->editWebhook(m_webhook, tr("Remove Unused Mappings"), [&](WebhookConfig& w) {
        w.mappings.removeIf(
            [&](const VariableMapping& mapping) { return unused.contains(mapping.variable); });
    });
}

QVariant MappingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VariableColumn:
        return tr("Variable");
    case SourceColumn:
        return tr("Source");
    case FieldColumn:
        return tr("Field or value");
    case SampleColumn:
        return tr("Sample value");
    case UsedInColumn:
        return tr("Used in");
    default:
        return {};
    }
}

Qt::ItemFlags MappingTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    const MappingOverview::Row& item = m_rows.at(index.row());
    if (item.builtIn)
        return flags;
    flags |= Qt::ItemIsDropEnabled;
    if (index.column() == SourceColumn || (index.column() == FieldColumn && mappingOf(item)))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QStringList MappingTableModel::mimeTypes() const
{
    return { FieldDrag::mimeType() };
}

bool MappingTableModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction, int row, int, const QModelIndex& parent) const
{
    const int target = parent.isValid() ? parent.row() : row;
    const MappingOverview::Row* item = this->row(target);
    return item && !item->builtIn && FieldDrag::read(data).has_value();
}

bool MappingTableModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const int target = parent.isValid() ? parent.row() : row;
    mapVariable(m_rows.at(target).variable, *FieldDrag::read(data));
    return true;
}

Qt::DropActions MappingTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}
