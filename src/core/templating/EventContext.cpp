#include "EventContext.h"

#include "catalog/DataSourceCatalog.h"
#include "catalog/EventCatalog.h"
#include "catalog/SampleEvents.h"
#include "io/EventPayload.h"
#include "io/JsonWriter.h"

#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// The sources whose values overrides and own samples can replace.
constexpr DataSource kCallSources[] = { DataSource::CallLogField, DataSource::ContactField,
    DataSource::AgentOutcomeField, DataSource::DynamicVariable, DataSource::PostCallOutcome };

// The fixed part of the slots as an event sees it: the catalog's sample call
// (built-ins and timestamps are filled per delivery).
QList<TemplateValue> sampleSlots(const EventInfo& event)
{
    const FieldLayout layout;
    const int first = layout.firstSlot(DataSource::CallLogField);
    const QJsonObject call = SampleEvents::callLog(event);
    QList<TemplateValue> values(layout.size());
    for (int i = 0; i < layout.slotCount(DataSource::CallLogField); ++i)
        values[first + i] = TemplateValue(call.value(layout.name(first + i)));
    return values;
}

// The same, built once for each event of the catalog, when first asked for:
// a window shows one event at start, not all of them.
QList<TemplateValue> fixedSlots(const EventInfo& event)
{
    static QMutex mutex;
    static QHash<QString, QList<TemplateValue>> byEvent;
    const QMutexLocker lock(&mutex);
    auto found = byEvent.find(event.name);
    if (found == byEvent.end())
        found = byEvent.insert(event.name, sampleSlots(event));
    return *found;
}

EventContext::Lookup found(const QJsonValue& value)
{
    return { value.isUndefined() ? QJsonValue() : value, true, QString() };
}

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}
} // namespace

QString EventContext::newEventId()
{
    // "evt_" and 24 random base-32 characters, like the ids platforms send.
    static const char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    QString id = u"evt_"_s;
    for (int i = 0; i < 24; ++i)
        id += QChar::fromLatin1(kAlphabet[QRandomGenerator::global()->bounded(32)]);
    return id;
}

EventContext EventContext::build(
    const CampaignDocument& document, const EventInfo& event, const Options& options)
{
    EventContext context;
    context.m_event = &event;
    context.m_campaignName = document.name;
    context.m_localReceiverUrl
        = options.localReceiverUrl.isEmpty() ? defaultLocalReceiverUrl() : options.localReceiverUrl;
    context.m_layout = FieldLayout(document);
    context.m_slots = fixedSlots(event);
    context.m_slots.resize(context.m_layout.size());
    context.m_secretSlots.resize(context.m_layout.size());
    context.set(FieldLayout::Event, event.name);
    context.set(FieldLayout::LocalReceiver, context.m_localReceiverUrl);
    context.stamp(options.eventId, options.timestamp);

    context.merge(DataSource::CallLogField, document.sampleData.callLog);
    context.fillDeclared(document);
    context.useOwnSample(document.sampleData.findEvent(event.name));
    for (DataSource source : kCallSources)
        context.merge(source, options.overrides.of(source));
    context.fillCallTimestamps();
    context.useEnvironment(document, options.environment);
    return context;
}

EventContext EventContext::nextDelivery(const QString& eventId, const QDateTime& timestamp) const
{
    EventContext next = *this;
    next.stamp(eventId, timestamp);
    return next;
}

// What differs between two deliveries of the same event: the id and the
// time, and the timestamp fields that give the time.
void EventContext::stamp(const QString& eventId, const QDateTime& timestamp)
{
    m_eventId = eventId.isEmpty() ? newEventId() : eventId;
    const QDateTime at = timestamp.isValid() ? timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    // Whole seconds, as ISO-8601 timestamps in webhooks usually are.
    m_timestamp = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    const QString text = timestampText();
    set(FieldLayout::EventId, m_eventId);
    set(FieldLayout::Timestamp, text);
    set(m_layout.slot(DataSource::Timestamp, u"now"_s), text);
    set(m_layout.slot(DataSource::Timestamp, u"now_unix"_s),
        static_cast<double>(m_timestamp.toSecsSinceEpoch()));
    set(m_layout.slot(DataSource::Timestamp, u"now_unix_ms"_s),
        static_cast<double>(m_timestamp.toMSecsSinceEpoch()));
}

void EventContext::set(int slot, const QJsonValue& value)
{
    m_slots[slot] = TemplateValue(value);
}

void EventContext::fillDeclared(const CampaignDocument& document)
{
    for (DataSource source : { DataSource::ContactField, DataSource::AgentOutcomeField,
             DataSource::DynamicVariable, DataSource::PostCallOutcome }) {
        int slot = m_layout.firstSlot(source);
        for (const FieldDefinition& field : document.dataModel.fields(source))
            set(slot++, field.sample.isUndefined() ? QJsonValue() : field.sample);
    }
}

// Replaces the values of fields the source has; others are not fields and
// are left out (SampleOverrides warns about them).
void EventContext::merge(DataSource source, const QJsonObject& values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const int slot = m_layout.slot(source, it.key());
        if (slot >= 0)
            set(slot, it.value());
    }
}

// The call's milestones as the call log has them: call_created_at and
// friends read the call log's created_at, ... (stamp() sets the others).
void EventContext::fillCallTimestamps()
{
    const int first = m_layout.firstSlot(DataSource::Timestamp);
    for (int slot = first; slot < first + m_layout.slotCount(DataSource::Timestamp); ++slot) {
        const QString& name = m_layout.name(slot);
        if (name.startsWith(u"call_"))
            set(slot, valueOf(DataSource::CallLogField, name.mid(5)));
    }
}

// The user's own body for this event: its fields by path, and its values of
// the known fields over every other sample (overrides still win: they are
// the user's word for this one render). Other events' paths stay undefined.
void EventContext::useOwnSample(const EventSample* sample)
{
    const int first = m_layout.firstSlot(DataSource::EventPayload);
    for (int slot = first; slot < first + m_layout.slotCount(DataSource::EventPayload); ++slot)
        set(slot, QJsonValue(QJsonValue::Undefined));
    if (!sample)
        return;
    for (const FieldDefinition& field : sample->fields) {
        const int slot = m_layout.slot(DataSource::EventPayload, field.name);
        if (slot >= 0)
            set(slot, field.sample);
    }
    for (DataSource source : kCallSources)
        merge(source, EventPayload::section(sample->payload, source));
}

void EventContext::useEnvironment(const CampaignDocument& document, const QString& name)
{
    const int first = m_layout.firstSlot(DataSource::EnvironmentVariable);
    for (int slot = first; slot < first + m_layout.slotCount(DataSource::EnvironmentVariable);
         ++slot)
        set(slot, QJsonValue(QJsonValue::Undefined));
    const Environment* environment = document.chosenEnvironment(name);
    if (!environment)
        return;
    m_environmentName = environment->name;
    // {{local_receiver}} may stand in a value, so a Local environment can
    // point at whichever port the receiver runs on.
    static const QRegularExpression kLocalReceiver(u"\\{\\{\\s*local_receiver\\s*\\}\\}"_s);
    for (const EnvironmentVariable& variable : environment->variables) {
        const int slot = m_layout.slot(DataSource::EnvironmentVariable, variable.name);
        set(slot, QString(variable.value).replace(kLocalReceiver, m_localReceiverUrl));
        if (variable.secret) // a name given twice is secret if either says so
            m_secretSlots.setBit(slot);
    }
}

QString EventContext::defaultLocalReceiverUrl()
{
    return u"http://127.0.0.1:8787"_s;
}

QString EventContext::timestampText() const
{
    return isoUtc(m_timestamp);
}

QJsonValue EventContext::builtIn(QStringView name) const
{
    const int slot = FieldLayout::builtInSlot(name);
    return slot < 0 ? QJsonValue(QJsonValue::Undefined) : m_slots.at(slot).json;
}

EventContext::Lookup EventContext::lookup(DataSource source, const QString& field) const
{
    const FieldRequirement requirement = DataSourceCatalog::requirement(source, field);
    const FieldAvailability availability = fieldAvailability(requirement, *m_event, field);
    if (!availability.available)
        return { QJsonValue(), false, availability.reason };
    return found(valueOf(source, field));
}

QJsonValue EventContext::valueOf(DataSource source, const QString& field) const
{
    const int slot = m_layout.slot(source, field);
    return slot < 0 ? QJsonValue() : m_slots.at(slot).json;
}

bool EventContext::hasField(DataSource source, const QString& field) const
{
    if (source == DataSource::DefaultValue)
        return true;
    const int slot = m_layout.slot(source, field);
    return slot >= 0 && !m_slots.at(slot).json.isUndefined();
}

QJsonObject EventContext::available(DataSource source) const
{
    QJsonObject result;
    const int first = m_layout.firstSlot(source);
    for (int slot = first; slot < first + m_layout.slotCount(source); ++slot) {
        const QString& name = m_layout.name(slot);
        // A name declared twice is the first declaration, as for templates.
        if (m_layout.slot(source, name) != slot)
            continue;
        const FieldRequirement requirement = DataSourceCatalog::requirement(source, name);
        if (fieldAvailability(requirement, *m_event, name).available)
            result.insert(name, m_slots.at(slot).json);
    }
    return result;
}

QJsonObject EventContext::data() const
{
    QJsonObject data = SampleEvents::details(
        *m_event, valueOf(DataSource::CallLogField, u"transcript"_s).toString(), m_campaignName);
    if (!m_event->carriesCall())
        return data;
    const auto insert = [&](DataSource source) {
        data.insert(EventPayload::sectionName(source), available(source));
    };
    insert(DataSource::CallLogField);
    insert(DataSource::ContactField);
    insert(DataSource::DynamicVariable);
    if (m_event->facts.testFlag(EventFact::CallCompleted)) {
        insert(DataSource::AgentOutcomeField);
        insert(DataSource::PostCallOutcome);
    }
    return data;
}

QByteArray EventContext::envelope() const
{
    JsonWriter out(-1);
    out.beginObject();
    out.member(u"event", m_event->name);
    out.member(u"event_id", m_eventId);
    out.member(u"timestamp", timestampText());
    out.member(u"data", data());
    out.endObject();
    return out.toJson();
}
