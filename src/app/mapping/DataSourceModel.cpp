#include "mapping/DataSourceModel.h"

#include "catalog/DataSourceCatalog.h"
#include "catalog/EventCatalog.h"
#include "document/CampaignSession.h"
#include "templating/ValueEncoder.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace {
// Internal ids: 0 for a source row; for a field, 1 + its source's row.
constexpr quintptr kSourceId = 0;

QString shortText(const QJsonValue& value)
{
    QString text = ValueEncoder::text(value).simplified();
    return text.size() > 48 ? text.left(47) + u'…' : text;
}
} // namespace

DataSourceModel::DataSourceModel(CampaignSession* session, QObject* parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    m_fields = collectFields();
    connect(session, &CampaignSession::changed, this, &DataSourceModel::refresh);
    connect(session, &CampaignSession::wasReset, this, [this] { setWebhookIndex(-1); });
}

QList<QList<DataSourceModel::Field>> DataSourceModel::collectFields() const
{
    QList<QList<Field>> result;
    const CampaignDocument& document = m_session->document();
    for (const SourceInfo& source : DataSourceCatalog::sources()) {
        QList<Field> fields;
        if (source.source == DataSource::DefaultValue) {
            fields.append({ QString(), tr("Literal value"), FieldType::String,
                tr("A fixed text you type in the mapping table."), QJsonValue(),
                FieldRequirement::Always, {} });
        }
        for (const CatalogField& field : DataSourceCatalog::fixedFields(source.source)) {
            fields.append({ field.name, field.title, field.type, field.description, field.sample,
                field.requirement, {} });
        }
        for (const FieldDefinition& field : document.fields(source.source)) {
            fields.append({ field.name, field.name, field.type, field.description, field.sample,
                source.requirement, {} });
        }
        if (source.source == DataSource::EventPayload)
            describePayloadFields(fields);
        result.append(fields);
    }
    return result;
}

// A path of an own sample has a value on the events whose samples have it.
void DataSourceModel::describePayloadFields(QList<Field>& fields) const
{
    QHash<QString, QStringList> eventsOf;
    for (const EventSample& sample : m_session->document().sampleData.events) {
        for (const FieldDefinition& field : sample.fields)
            eventsOf[field.name].append(sample.event);
    }
    for (Field& field : fields) {
        field.events = eventsOf.value(field.name);
        field.description = tr("In your own sample of %1.").arg(field.events.join(u", "_s));
    }
}

void DataSourceModel::setWebhookIndex(int index)
{
    m_webhook = index;
    refresh();
}

void DataSourceModel::refresh()
{
    const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
    QStringList events = m_webhook >= 0 && m_webhook < webhooks.size()
        ? webhooks.at(m_webhook).events
        : QStringList();
    QList<QList<Field>> fields = collectFields();
    const auto sameNames = [](const QList<QList<Field>>& a, const QList<QList<Field>>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a.at(i).size() != b.at(i).size())
                return false;
            for (qsizetype j = 0; j < a.at(i).size(); ++j) {
                if (a.at(i).at(j).name != b.at(i).at(j).name)
                    return false;
            }
        }
        return true;
    };
    // Typing elsewhere must not collapse the tree: reset only when the
    // declared fields themselves changed.
    if (!sameNames(fields, m_fields)) {
        beginResetModel();
        m_fields = std::move(fields);
        m_events = std::move(events);
        endResetModel();
        return;
    }
    const QList<QList<Field>> before = std::exchange(m_fields, std::move(fields));
    const QStringList eventsBefore = std::exchange(m_events, std::move(events));
    emitChangedRows(before, eventsBefore);
}

void DataSourceModel::emitChangedRows(
    const QList<QList<Field>>& before, const QStringList& eventsBefore)
{
    // Every change of the document comes here; most change nothing in the
    // palette, and each dataChanged() makes the tree measure its name column
    // again (it sizes it to the contents), so only rows that differ are named.
    const bool eventsChanged = eventsBefore != m_events;
    for (int source = 0; source < m_fields.size(); ++source) {
        const QList<Field>& fields = m_fields.at(source);
        const QModelIndex parentIndex = index(source, 0);
        int firstChanged = -1;
        for (int row = 0; row <= fields.size(); ++row) {
            const bool changed = row < fields.size()
                && (!(fields.at(row) == before.at(source).at(row))
                    || (eventsChanged
                        && unavailableReason(fields.at(row), m_events)
                            != unavailableReason(fields.at(row), eventsBefore)));
            if (changed && firstChanged < 0)
                firstChanged = row;
            if (!changed && firstChanged >= 0) {
                emit dataChanged(index(firstChanged, 0, parentIndex),
                    index(row - 1, ColumnCount - 1, parentIndex));
                firstChanged = -1;
            }
        }
    }
}

bool DataSourceModel::Field::operator==(const Field& other) const
{
    return name == other.name && title == other.title && type == other.type
        && description == other.description && sample == other.sample
        && requirement == other.requirement && events == other.events;
}

QString DataSourceModel::unavailableReason(const Field& field, const QStringList& events)
{
    QStringList missing;
    QString reason;
    for (const QString& name : events) {
        const EventInfo* event = EventCatalog::find(name);
        if (!event)
            continue;
        FieldAvailability availability = fieldAvailability(field.requirement, *event, field.name);
        if (availability.available && !field.events.isEmpty() && !field.events.contains(name))
            availability = { false,
                tr("Only your own sample of %1 has it.").arg(field.events.join(u", "_s)) };
        if (!availability.available) {
            missing.append(name);
            if (reason.isEmpty())
                reason = availability.reason;
        }
    }
    if (missing.isEmpty())
        return {};
    return tr("Empty on %1. %2").arg(missing.join(u", "_s), reason);
}

FieldReference DataSourceModel::reference(const QModelIndex& index) const
{
    if (!isField(index))
        return {};
    const int source = int(index.internalId() - 1);
    return { DataSourceCatalog::sources().at(source).source,
        m_fields.at(source).at(index.row()).name };
}

bool DataSourceModel::isField(const QModelIndex& index) const
{
    return index.isValid() && index.internalId() != kSourceId;
}

QModelIndex DataSourceModel::indexOf(DataSource source, const QString& field) const
{
    for (int s = 0; s < m_fields.size(); ++s) {
        if (DataSourceCatalog::sources().at(s).source != source)
            continue;
        for (int f = 0; f < m_fields.at(s).size(); ++f) {
            if (m_fields.at(s).at(f).name == field)
                return index(f, 0, index(s, 0));
        }
    }
    return {};
}

QModelIndex DataSourceModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kSourceId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex DataSourceModel::parent(const QModelIndex& child) const
{
    if (!isField(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSourceId);
}

int DataSourceModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_fields.size());
    if (isField(parent) || parent.column() != 0)
        return 0;
    return int(m_fields.at(parent.row()).size());
}

int DataSourceModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant DataSourceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!isField(index)) {
        const SourceInfo& source = DataSourceCatalog::sources().at(index.row());
        if (index.column() != NameColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return source.title;
        case Qt::ToolTipRole:
            return source.description;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case SourceRole:
            return dataSourceName(source.source);
        case SearchTextRole:
            return QString(source.title + u' ' + source.description);
        default:
            return {};
        }
    }
    const Field& field = m_fields.at(int(index.internalId() - 1)).at(index.row());
    const QString reason = unavailableReason(field, m_events);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return field.name.isEmpty() ? field.title : field.name;
        if (index.column() == TypeColumn)
            return fieldTypeName(field.type);
        return shortText(field.sample);
    case Qt::ToolTipRole: {
        QString tip = u"<b>"_s + field.title.toHtmlEscaped() + u"</b> ("_s
            + fieldTypeName(field.type) + u")<br>"_s + field.description.toHtmlEscaped();
        if (!field.sample.isUndefined() && !field.sample.isNull())
            tip += u"<br>"_s + tr("Sample: %1").arg(shortText(field.sample).toHtmlEscaped());
        if (!reason.isEmpty())
            tip += u"<br><i>"_s + reason.toHtmlEscaped() + u"</i>"_s;
        return tip;
    }
    case Qt::ForegroundRole:
        if (!reason.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case AvailableRole:
        return reason.isEmpty();
    case SourceRole:
        return dataSourceName(reference(index).source);
    case FieldRole:
        return field.name;
    case SearchTextRole:
        return QStringList { field.name, field.title, field.description }.join(u' ');
    default:
        return {};
    }
}

QVariant DataSourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case SampleColumn:
        return tr("Sample");
    default:
        return {};
    }
}

Qt::ItemFlags DataSourceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isField(index))
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList DataSourceModel::mimeTypes() const
{
    return { FieldDrag::mimeType(), u"text/plain"_s };
}

QMimeData* DataSourceModel::mimeData(const QModelIndexList& indexes) const
{
    for (const QModelIndex& index : indexes) {
        if (isField(index))
            return FieldDrag::create(reference(index));
    }
    return nullptr;
}

Qt::DropActions DataSourceModel::supportedDragActions() const
{
    return Qt::CopyAction;
}
