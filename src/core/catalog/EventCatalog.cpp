#include "EventCatalog.h"

using namespace Qt::StringLiterals;

namespace {
QList<EventInfo> buildEvents()
{
    using F = EventFact;
    const EventFacts live = F::HasCall | F::CallConnected;
    return {
        { u"call.started"_s, EventCategory::Call, EventCatalog::tr("Call started"),
            EventCatalog::tr("Triggered when a call begins."),
            EventCatalog::tr("The call log as known when the callee answers."), live },
        { u"call.ended"_s, EventCategory::Call, EventCatalog::tr("Call ended"),
            EventCatalog::tr("Triggered when a call completes."),
            EventCatalog::tr("The full call log with summary, sentiment, recording and transcript, "
                             "the agent's outcomes and the post-call outcomes."),
            live | F::CallFinished | F::CallCompleted | F::HasTranscript },
        { u"call.failed"_s, EventCategory::Call, EventCatalog::tr("Call failed"),
            EventCatalog::tr("Triggered when a call fails to connect."),
            EventCatalog::tr("The call log with the failure reason (busy, no answer, "
                             "invalid number)."),
            F::HasCall | F::CallFinished },
        { u"call.voicemail_detected"_s, EventCategory::Call, EventCatalog::tr("Voicemail detected"),
            EventCatalog::tr("Triggered when a voicemail is detected."),
            EventCatalog::tr("The call log and how the voicemail was recognised."), live },
        { u"conversation.transcript"_s, EventCategory::Conversation, EventCatalog::tr("Transcript"),
            EventCatalog::tr("Provides real-time or complete call transcripts."),
            EventCatalog::tr("The transcript so far as turns with roles and times."),
            live | F::HasTranscript },
        { u"conversation.intent_detected"_s, EventCategory::Conversation,
            EventCatalog::tr("Intent detected"),
            EventCatalog::tr("Triggered when the AI identifies a specific intent."),
            EventCatalog::tr("The intent's name, its confidence and the utterance it came from."),
            live },
        { u"conversation.entity_captured"_s, EventCategory::Conversation,
            EventCatalog::tr("Entity captured"),
            EventCatalog::tr("Triggered when the AI captures important information."),
            EventCatalog::tr("The entity's type, its value and the utterance it came from."),
            live },
        { u"campaign.started"_s, EventCategory::Campaign, EventCatalog::tr("Campaign started"),
            EventCatalog::tr("Triggered when a campaign is activated."),
            EventCatalog::tr("The campaign, its schedule and its contact count."), {} },
        { u"campaign.paused"_s, EventCategory::Campaign, EventCatalog::tr("Campaign paused"),
            EventCatalog::tr("Triggered when a campaign is paused."),
            EventCatalog::tr("The campaign, who paused it and the counters so far."), {} },
        { u"campaign.completed"_s, EventCategory::Campaign, EventCatalog::tr("Campaign completed"),
            EventCatalog::tr("Triggered when a campaign finishes."),
            EventCatalog::tr("The campaign and its final counters."), {} },
        { u"campaign.quota_reached"_s, EventCategory::Campaign, EventCatalog::tr("Quota reached"),
            EventCatalog::tr("Triggered when a campaign reaches defined limits."),
            EventCatalog::tr("The campaign, the quota that was reached and its limit."), {} },
    };
}
} // namespace

const QList<EventInfo>& EventCatalog::events()
{
    // Built on first use, after main() has installed the translators.
    static const QList<EventInfo> kEvents = buildEvents();
    return kEvents;
}

const EventInfo& EventCatalog::representative(const QStringList& subscriptions)
{
    for (const QString& name : subscriptions) {
        if (const EventInfo* event = find(name))
            return *event;
    }
    return *find(u"call.ended");
}

const EventInfo* EventCatalog::find(QStringView name)
{
    for (const EventInfo& event : events()) {
        if (event.name == name)
            return &event;
    }
    return nullptr;
}

QStringList EventCatalog::names()
{
    QStringList result;
    for (const EventInfo& event : events())
        result.append(event.name);
    return result;
}

QString EventCatalog::categoryTitle(EventCategory category)
{
    switch (category) {
    case EventCategory::Call:
        return tr("Call events");
    case EventCategory::Conversation:
        return tr("Conversation events");
    case EventCategory::Campaign:
        return tr("Campaign events");
    }
    return {};
}

QList<EventCategory> EventCatalog::categories()
{
    return { EventCategory::Call, EventCategory::Conversation, EventCategory::Campaign };
}
