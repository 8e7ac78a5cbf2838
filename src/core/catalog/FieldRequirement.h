#pragma once

#include "EventInfo.h"

#include <QString>

// What an event must carry for a field to have a value. Events are ordered by
// how much of the call they know: a campaign event knows no call at all,
// call.started knows who is called, call.ended knows everything.
enum class FieldRequirement {
    Always, // literals and the delivery time
    Call, // any call or conversation event: ids, numbers, contact, variables
    ConnectedCall, // the call was answered: started_at
    FinishedCall, // the call is over (ended or failed): ended_at, duration
    CompletedCall, // the call ended normally: analysis, recording, outcomes
    Transcript, // call.ended or conversation.transcript
};

struct FieldAvailability
{
    bool available = true;
    // Why the field is empty for the event, for greyed palette entries and
    // preview problems; empty when available.
    QString reason;
};

// Which events provide a field, in a few words ("call.ended", "any call").
QString fieldRequirementSummary(FieldRequirement requirement);

FieldAvailability fieldAvailability(
    FieldRequirement requirement, const EventInfo& event, const QString& fieldTitle);
