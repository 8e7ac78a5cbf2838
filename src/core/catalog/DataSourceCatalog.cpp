#include "DataSourceCatalog.h"

#include "SampleCall.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
using R = FieldRequirement;

QList<SourceInfo> buildSources()
{
    return {
        { DataSource::DefaultValue, DataSourceCatalog::tr("Default Value"),
            DataSourceCatalog::tr("A fixed text. Left empty, the variable's own name is used."),
            R::Always },
        { DataSource::ContactField, DataSourceCatalog::tr("Contact Field"),
            DataSourceCatalog::tr(
                "Information about the person called, as the campaign's contact list holds "
                "it."),
            R::Call },
        { DataSource::AgentOutcomeField, DataSourceCatalog::tr("Agent Outcome Field"),
            DataSourceCatalog::tr("What the AI agent determined during the call."),
            R::CompletedCall },
        { DataSource::CallLogField, DataSourceCatalog::tr("Call Log Field"),
            DataSourceCatalog::tr(
                "Metadata of the call: ids, numbers, duration, status, summary, recording, "
                "transcript, sentiment."),
            R::Call },
        { DataSource::DynamicVariable, DataSourceCatalog::tr("Dynamic Variable"),
            DataSourceCatalog::tr("Per-call variables the campaign passes to the agent."),
            R::Call },
        { DataSource::PostCallOutcome, DataSourceCatalog::tr("Post-Call Outcome"),
            DataSourceCatalog::tr("Results extracted from the call after it ended."),
            R::CompletedCall },
        { DataSource::Timestamp, DataSourceCatalog::tr("Timestamp"),
            DataSourceCatalog::tr("The time of the delivery or of the call's milestones."),
            R::Always },
        { DataSource::EnvironmentVariable, DataSourceCatalog::tr("Environment Variable"),
            DataSourceCatalog::tr("A value of the chosen environment (Local, Staging, "
                                  "Production), such as its base URL or token."),
            R::Always },
        { DataSource::EventPayload, DataSourceCatalog::tr("Event Payload Field"),
            DataSourceCatalog::tr("A field of an event body you brought as that event's sample "
                                  "(Campaign › Sample Data › Own Payloads), by its JSON path."),
            R::Always },
    };
}

QList<CatalogField> buildCallLogFields()
{
    using T = FieldType;
    return {
        { u"call_id"_s, DataSourceCatalog::tr("Call ID"), T::String,
            DataSourceCatalog::tr("Unique id of the call."),
            u"call_7f3a9c2e41b84d0e9a6f5c1d2b8e4a70"_s, R::Call },
        { u"call_sid"_s, DataSourceCatalog::tr("Call SID"), T::String,
            DataSourceCatalog::tr("The telephony provider's id of the call."),
            u"CA3f9e2b7c1d4a5e6f7a8b9c0d1e2f3a4b"_s, R::Call },
        { u"company_id"_s, DataSourceCatalog::tr("Company ID"), T::String,
            DataSourceCatalog::tr("The account that owns the campaign."), u"comp_48213"_s,
            R::Call },
        { u"campaign_id"_s, DataSourceCatalog::tr("Campaign ID"), T::String,
            DataSourceCatalog::tr("The campaign that placed the call."),
            u"cmp_winter_renewal_2026"_s, R::Call },
        { u"agent_id"_s, DataSourceCatalog::tr("AI Agent ID"), T::String,
            DataSourceCatalog::tr("The AI agent that spoke."), u"agent_ava_renewals_v3"_s,
            R::Call },
        { u"contact_id"_s, DataSourceCatalog::tr("Contact ID"), T::String,
            DataSourceCatalog::tr("The contact that was called."), u"ct_0192837465"_s, R::Call },
        { u"from_number"_s, DataSourceCatalog::tr("Call From"), T::String,
            DataSourceCatalog::tr("The calling number, in E.164 format."), u"+14155550132"_s,
            R::Call },
        { u"to_number"_s, DataSourceCatalog::tr("Call To"), T::String,
            DataSourceCatalog::tr("The called number, in E.164 format."), u"+16465550178"_s,
            R::Call },
        { u"duration_seconds"_s, DataSourceCatalog::tr("Call Duration"), T::Number,
            DataSourceCatalog::tr(
                "Seconds from answer to hang-up; 0 for a call that never connected."),
            SampleCall::answeredAt().secsTo(SampleCall::endedAt()), R::FinishedCall },
        { u"status"_s, DataSourceCatalog::tr("Call Status"), T::String,
            DataSourceCatalog::tr("As Twilio spells it: queued, ringing, in-progress, completed, "
                                  "busy, failed, no-answer or canceled."),
            u"completed"_s, R::Call },
        { u"direction"_s, DataSourceCatalog::tr("Call Direction"), T::String,
            DataSourceCatalog::tr("outbound or inbound."), u"outbound"_s, R::Call },
        { u"rating"_s, DataSourceCatalog::tr("Call Rating"), T::Number,
            DataSourceCatalog::tr("The call's quality rating from 1 to 5."), 4, R::CompletedCall },
        { u"summary"_s, DataSourceCatalog::tr("Call Summary"), T::String,
            DataSourceCatalog::tr("A short summary of the conversation."),
            u"Maria Okafor agreed to renew the Premium plan at $149/month with code RENEW20 and "
            "asked for the contract by email."_s,
            R::CompletedCall },
        { u"recording_url"_s, DataSourceCatalog::tr("Recording URL"), T::String,
            DataSourceCatalog::tr("Where the call's audio recording can be downloaded."),
            u"https://recordings.example-voice.com/2026/11/27/"
            "call_7f3a9c2e41b84d0e9a6f5c1d2b8e4a70.mp3"_s,
            R::CompletedCall },
        { u"transcript"_s, DataSourceCatalog::tr("Transcript"), T::String,
            DataSourceCatalog::tr(
                "The conversation, one turn a line, each starting with its speaker."),
            SampleCall::transcript(), R::Transcript },
        { u"sentiment"_s, DataSourceCatalog::tr("Sentiment Analysis"), T::String,
            DataSourceCatalog::tr(
                "The caller's overall sentiment: positive, neutral, negative or unknown."),
            u"positive"_s, R::CompletedCall },
        { u"agent_task_status"_s, DataSourceCatalog::tr("Agent Task Status"), T::String,
            DataSourceCatalog::tr(
                "Whether the agent completed its task: completed, partial or failed."),
            u"completed"_s, R::CompletedCall },
        { u"agent_task_feedback"_s, DataSourceCatalog::tr("Agent Task Feedback"), T::String,
            DataSourceCatalog::tr("The agent's own account of how the task went."),
            u"Renewal confirmed; contract to be emailed today."_s, R::CompletedCall },
        { u"created_at"_s, DataSourceCatalog::tr("Created"), T::DateTime,
            DataSourceCatalog::tr("When the call was queued (ISO-8601, UTC)."),
            SampleCall::isoAt(SampleCall::createdAt()), R::Call },
        { u"started_at"_s, DataSourceCatalog::tr("Started"), T::DateTime,
            DataSourceCatalog::tr("When the callee answered (ISO-8601, UTC)."),
            SampleCall::isoAt(SampleCall::answeredAt()), R::ConnectedCall },
        { u"ended_at"_s, DataSourceCatalog::tr("Ended"), T::DateTime,
            DataSourceCatalog::tr("When the call ended (ISO-8601, UTC)."),
            SampleCall::isoAt(SampleCall::endedAt()), R::FinishedCall },
        // What platforms send about every call beyond the product's list.
        { u"answered_by"_s, DataSourceCatalog::tr("Answered By"), T::String,
            DataSourceCatalog::tr("Who picked up, as answering-machine detection decided: human, "
                                  "machine, machine_end_beep (after the beep) or unknown."),
            u"human"_s, R::ConnectedCall },
        { u"end_reason"_s, DataSourceCatalog::tr("End Reason"), T::String,
            DataSourceCatalog::tr("Who ended the call and why: user_hangup, agent_hangup, "
                                  "voicemail_reached, max_duration_reached, call_transfer, "
                                  "no_answer or error."),
            u"agent_hangup"_s, R::FinishedCall },
        { u"cost"_s, DataSourceCatalog::tr("Call Cost"), T::Number,
            DataSourceCatalog::tr("What the call cost (telephony, speech and model), in the "
                                  "call's currency."),
            0.42, R::FinishedCall },
        { u"currency"_s, DataSourceCatalog::tr("Currency"), T::String,
            DataSourceCatalog::tr("The ISO 4217 code of the cost's currency."), u"USD"_s,
            R::FinishedCall },
        { u"latency_p50_ms"_s, DataSourceCatalog::tr("Response Latency (median)"), T::Number,
            DataSourceCatalog::tr("Milliseconds from the end of the caller's speech to the "
                                  "agent's first audio, median over the call."),
            820, R::CompletedCall },
        { u"latency_p90_ms"_s, DataSourceCatalog::tr("Response Latency (90th percentile)"),
            T::Number, DataSourceCatalog::tr("The same, at the 90th percentile: the slow answers."),
            1340, R::CompletedCall },
        { u"transcript_turns"_s, DataSourceCatalog::tr("Transcript Turns"), T::Object,
            DataSourceCatalog::tr("The conversation as a list of turns: role (agent or user), "
                                  "text, and start_seconds and end_seconds from the answer."),
            SampleCall::turnsJson(), R::Transcript },
    };
}

QList<CatalogField> buildTimestampFields()
{
    using T = FieldType;
    return {
        { u"now"_s, DataSourceCatalog::tr("Delivery time"), T::DateTime,
            DataSourceCatalog::tr("When the delivery is made (ISO-8601, UTC)."),
            u"2026-11-27T14:06:24Z"_s, R::Always },
        { u"now_unix"_s, DataSourceCatalog::tr("Delivery time (Unix seconds)"), T::Number,
            DataSourceCatalog::tr("When the delivery is made, in seconds since 1970."), 1795788384,
            R::Always },
        { u"now_unix_ms"_s, DataSourceCatalog::tr("Delivery time (Unix milliseconds)"), T::Number,
            DataSourceCatalog::tr("When the delivery is made, in milliseconds since 1970."),
            1795788384000.0, R::Always },
        { u"call_created_at"_s, DataSourceCatalog::tr("Call created"), T::DateTime,
            DataSourceCatalog::tr("When the call was queued (ISO-8601, UTC)."),
            SampleCall::isoAt(SampleCall::createdAt()), R::Call },
        { u"call_started_at"_s, DataSourceCatalog::tr("Call started"), T::DateTime,
            DataSourceCatalog::tr("When the callee answered (ISO-8601, UTC)."),
            SampleCall::isoAt(SampleCall::answeredAt()), R::ConnectedCall },
        { u"call_ended_at"_s, DataSourceCatalog::tr("Call ended"), T::DateTime,
            DataSourceCatalog::tr("When the call ended (ISO-8601, UTC)."),
            SampleCall::isoAt(SampleCall::endedAt()), R::FinishedCall },
    };
}
} // namespace

const QList<SourceInfo>& DataSourceCatalog::sources()
{
    static const QList<SourceInfo> kSources = buildSources();
    return kSources;
}

const SourceInfo& DataSourceCatalog::source(DataSource source)
{
    for (const SourceInfo& info : sources()) {
        if (info.source == source)
            return info;
    }
    Q_UNREACHABLE();
}

const QList<CatalogField>& DataSourceCatalog::callLogFields()
{
    static const QList<CatalogField> kFields = buildCallLogFields();
    return kFields;
}

const QList<CatalogField>& DataSourceCatalog::timestampFields()
{
    static const QList<CatalogField> kFields = buildTimestampFields();
    return kFields;
}

const QList<CatalogField>& DataSourceCatalog::fixedFields(DataSource source)
{
    static const QList<CatalogField> kNone;
    switch (source) {
    case DataSource::CallLogField:
        return callLogFields();
    case DataSource::Timestamp:
        return timestampFields();
    default:
        return kNone;
    }
}

const CatalogField* DataSourceCatalog::findFixedField(DataSource source, QStringView name)
{
    // Rendering asks for every placeholder; index the fixed fields by name.
    using Index = QHash<QString, const CatalogField*>;
    static const Index kIndex[2] = {
        [] {
            Index index;
            for (const CatalogField& field : callLogFields())
                index.insert(field.name, &field);
            return index;
        }(),
        [] {
            Index index;
            for (const CatalogField& field : timestampFields())
                index.insert(field.name, &field);
            return index;
        }(),
    };
    switch (source) {
    case DataSource::CallLogField:
        return kIndex[0].value(name.toString(), nullptr);
    case DataSource::Timestamp:
        return kIndex[1].value(name.toString(), nullptr);
    default:
        return nullptr;
    }
}

bool DataSourceCatalog::fieldExists(
    DataSource source, const QString& field, const CampaignDocument& document)
{
    if (source == DataSource::DefaultValue)
        return true;
    if (dataSourceIsDeclared(source))
        return document.dataModel.findField(source, field) != nullptr;
    if (source == DataSource::EnvironmentVariable)
        return document.environmentVariableNames().contains(field);
    if (source == DataSource::EventPayload)
        return !document.sampleData.eventsWith(field).isEmpty();
    return findFixedField(source, field) != nullptr;
}

FieldRequirement DataSourceCatalog::requirement(DataSource source, const QString& field)
{
    if (const CatalogField* fixed = findFixedField(source, field))
        return fixed->requirement;
    return DataSourceCatalog::source(source).requirement;
}
