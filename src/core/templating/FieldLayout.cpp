#include "FieldLayout.h"

#include "catalog/DataSourceCatalog.h"
#include "model/CampaignDocument.h"

using namespace Qt::StringLiterals;

namespace {
// The part every layout shares: the built-ins, then the timestamp and
// call-log catalogs.
struct FixedPart
{
    QList<QString> names;
    QHash<QString, int> slotOf[2];
    int timestampFirst = 0;
    int callLogFirst = 0;
};

const FixedPart& fixedPart()
{
    static const FixedPart kPart = [] {
        FixedPart part;
        part.names = { u"event"_s, u"event_id"_s, u"timestamp"_s, u"local_receiver"_s };
        const auto add = [&part](const QList<CatalogField>& fields, QHash<QString, int>& slotOf) {
            for (const CatalogField& field : fields) {
                slotOf.insert(field.name, int(part.names.size()));
                part.names.append(field.name);
            }
        };
        part.timestampFirst = int(part.names.size());
        add(DataSourceCatalog::timestampFields(), part.slotOf[0]);
        part.callLogFirst = int(part.names.size());
        add(DataSourceCatalog::callLogFields(), part.slotOf[1]);
        return part;
    }();
    return kPart;
}
} // namespace

FieldLayout::FieldLayout()
{
    const FixedPart& fixed = fixedPart();
    m_names = fixed.names;
    m_first[index(DataSource::Timestamp)] = fixed.timestampFirst;
    m_count[index(DataSource::Timestamp)] = fixed.callLogFirst - fixed.timestampFirst;
    m_first[index(DataSource::CallLogField)] = fixed.callLogFirst;
    m_count[index(DataSource::CallLogField)] = size() - fixed.callLogFirst;
    m_key = qHash(size());
}

FieldLayout::FieldLayout(const CampaignDocument& document)
    : FieldLayout()
{
    const auto names = [](const QList<FieldDefinition>& fields) {
        QStringList result;
        for (const FieldDefinition& field : fields)
            result.append(field.name);
        return result;
    };
    for (DataSource source : { DataSource::ContactField, DataSource::AgentOutcomeField,
             DataSource::DynamicVariable, DataSource::PostCallOutcome })
        addSource(source, names(document.dataModel.fields(source)));
    addSource(DataSource::EnvironmentVariable, document.environmentVariableNames());
    addSource(DataSource::EventPayload, names(document.payloadFields()));
}

void FieldLayout::addSource(DataSource source, const QStringList& names)
{
    m_first[index(source)] = size();
    m_names.append(names);
    m_count[index(source)] = int(names.size());
    // A campaign declares a handful of fields per source: scanning them is
    // faster than building a hash for every delivery's context. Only a long
    // list gets an index.
    if (names.size() > kScanLimit) {
        QHash<QString, int>& slotOf = m_declared[index(source)];
        for (int i = 0; i < names.size(); ++i) {
            if (!slotOf.contains(names.at(i))) // the first of a name declared twice
                slotOf.insert(names.at(i), m_first[index(source)] + i);
        }
    }
    m_key = qHashMulti(m_key, int(source), names.size(), qHashRange(names.cbegin(), names.cend()));
}

bool FieldLayout::hasSameSlots(const FieldLayout& other) const
{
    // The counts per source place each name; the names then say which (a
    // copy of the same layout shares them, and compares in one step).
    return m_key == other.m_key && m_count == other.m_count && m_names == other.m_names;
}

int FieldLayout::builtInSlot(QStringView name)
{
    if (name == u"event")
        return Event;
    if (name == u"event_id")
        return EventId;
    if (name == u"timestamp")
        return Timestamp;
    if (name == u"local_receiver")
        return LocalReceiver;
    return -1;
}

int FieldLayout::slot(DataSource source, const QString& field) const
{
    switch (source) {
    case DataSource::DefaultValue:
        return -1;
    case DataSource::Timestamp:
        return fixedPart().slotOf[0].value(field, -1);
    case DataSource::CallLogField:
        return fixedPart().slotOf[1].value(field, -1);
    default:
        break;
    }
    const int first = m_first[index(source)];
    const int count = m_count[index(source)];
    if (count > kScanLimit)
        return m_declared[index(source)].value(field, -1);
    // A name declared twice keeps its first slot, as the data model's
    // look-ups find the first definition.
    for (int slot = first; slot < first + count; ++slot) {
        if (m_names.at(slot) == field)
            return slot;
    }
    return -1;
}
