#pragma once

#include <QFlags>
#include <QString>

enum class EventCategory { Call, Conversation, Campaign };

// What an event knows about its call; decides which fields have values.
enum class EventFact {
    HasCall = 0x1,
    CallConnected = 0x2,
    CallFinished = 0x4,
    CallCompleted = 0x8,
    HasTranscript = 0x10,
};
Q_DECLARE_FLAGS(EventFacts, EventFact)
Q_DECLARE_OPERATORS_FOR_FLAGS(EventFacts)

struct EventInfo
{
    QString name;
    EventCategory category = EventCategory::Call;
    QString title;
    QString description;
    // The event-specific part of the payload beyond the call log, in words.
    QString payload;
    EventFacts facts;

    bool carriesCall() const { return facts.testFlag(EventFact::HasCall); }
};
