#include "EventContext.h"

#include "catalog/DataSourceCatalog.h"
#include "catalog/EventCatalog.h"
#include "catalog/SampleEvents.h"
#include "io/JsonWriter.h"

#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using FieldValues = QHash<QString, QJsonValue>;

// Replaces the values of fields `target` has; others are not fields and are
// left out (SampleOverrides warns about them).
void mergeInto(FieldValues& target, const QJsonObject& values)
{
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const auto field = target.find(it.key());
        if (field != target.end())
            *field = it.value();
    }
}

// The catalog's sample call as each event sees it, built once.
const FieldValues& sampleCallLog(const EventInfo& event)
{
    static const QHash<QString, FieldValues> kCallLogs = [] {
        QHash<QString, FieldValues> callLogs;
        for (const EventInfo& info : EventCatalog::events()) {
            const QJsonObject call = SampleEvents::callLog(info);
            FieldValues values;
            for (auto it = call.constBegin(); it != call.constEnd(); ++it)
                values.insert(it.key(), it.value());
            callLogs.insert(info.name, values);
        }
        return callLogs;
    }();
    return *kCallLogs.constFind(event.name);
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
    context.m_eventId = options.eventId.isEmpty() ? newEventId() : options.eventId;
    const QDateTime at
        = options.timestamp.isValid() ? options.timestamp.toUTC() : QDateTime::currentDateTimeUtc();
    // Whole seconds, as ISO-8601 timestamps in webhooks usually are.
    context.m_timestamp = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
    context.m_campaignName = document.name;
    context.m_localReceiverUrl
        = options.localReceiverUrl.isEmpty() ? defaultLocalReceiverUrl() : options.localReceiverUrl;

    FieldValues callLog = sampleCallLog(event);
    mergeInto(callLog, document.sampleData.callLog);
    mergeInto(callLog, options.overrides.of(DataSource::CallLogField));
    context.m_values.insert(DataSource::CallLogField, callLog);
    for (DataSource source : { DataSource::ContactField, DataSource::AgentOutcomeField,
             DataSource::DynamicVariable, DataSource::PostCallOutcome }) {
        FieldValues values;
        for (const FieldDefinition& field : document.dataModel.fields(source))
            values.insert(field.name, field.sample.isUndefined() ? QJsonValue() : field.sample);
        mergeInto(values, options.overrides.of(source));
        context.m_values.insert(source, values);
    }
    context.useEnvironment(document, options.environment);
    return context;
}

void EventContext::useEnvironment(const CampaignDocument& document, const QString& name)
{
    const QStringList names = document.environmentVariableNames();
    m_environmentVariables = QSet<QString>(names.cbegin(), names.cend());
    const Environment* environment = document.chosenEnvironment(name);
    if (!environment)
        return;
    m_environmentName = environment->name;
    // {{local_receiver}} may stand in a value, so a Local environment can
    // point at whichever port the receiver runs on.
    static const QRegularExpression kLocalReceiver(u"\\{\\{\\s*local_receiver\\s*\\}\\}"_s);
    FieldValues values;
    for (const EnvironmentVariable& variable : environment->variables) {
        values.insert(
            variable.name, QString(variable.value).replace(kLocalReceiver, m_localReceiverUrl));
        if (variable.secret)
            m_secretVariables.insert(variable.name);
    }
    m_values.insert(DataSource::EnvironmentVariable, values);
}

const EventContext::FieldValues& EventContext::values(DataSource source) const
{
    static const FieldValues kNone;
    const auto it = m_values.constFind(source);
    return it == m_values.cend() ? kNone : *it;
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
    if (name == u"event")
        return m_event->name;
    if (name == u"event_id")
        return m_eventId;
    if (name == u"timestamp")
        return timestampText();
    if (name == u"local_receiver")
        return m_localReceiverUrl;
    return QJsonValue(QJsonValue::Undefined);
}

EventContext::Lookup EventContext::lookup(DataSource source, const QString& field) const
{
    const FieldRequirement requirement = DataSourceCatalog::requirement(source, field);
    const FieldAvailability availability = fieldAvailability(requirement, *m_event, field);
    if (!availability.available)
        return { QJsonValue(), false, availability.reason };

    if (source == DataSource::Timestamp) {
        if (field == u"now")
            return found(timestampText());
        if (field == u"now_unix")
            return found(static_cast<double>(m_timestamp.toSecsSinceEpoch()));
        if (field == u"now_unix_ms")
            return found(static_cast<double>(m_timestamp.toMSecsSinceEpoch()));
        // call_created_at and friends read the call log's created_at, ...
        return found(values(DataSource::CallLogField).value(field.mid(5)));
    }
    return found(values(source).value(field));
}

bool EventContext::hasField(DataSource source, const QString& field) const
{
    if (source == DataSource::DefaultValue)
        return true;
    if (source == DataSource::Timestamp)
        return DataSourceCatalog::findFixedField(source, field) != nullptr;
    return values(source).contains(field);
}

QJsonObject EventContext::available(DataSource source) const
{
    const FieldValues& all = values(source);
    QJsonObject result;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const FieldRequirement requirement = DataSourceCatalog::requirement(source, it.key());
        if (fieldAvailability(requirement, *m_event, it.key()).available)
            result.insert(it.key(), it.value());
    }
    return result;
}

QJsonObject EventContext::data() const
{
    QJsonObject data = SampleEvents::details(*m_event,
        values(DataSource::CallLogField).value(u"transcript"_s).toString(), m_campaignName);
    if (!m_event->carriesCall())
        return data;
    data.insert(u"call"_s, available(DataSource::CallLogField));
    data.insert(u"contact"_s, available(DataSource::ContactField));
    data.insert(u"dynamic_variables"_s, available(DataSource::DynamicVariable));
    if (m_event->facts.testFlag(EventFact::CallCompleted)) {
        data.insert(u"agent_outcomes"_s, available(DataSource::AgentOutcomeField));
        data.insert(u"post_call_outcomes"_s, available(DataSource::PostCallOutcome));
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
