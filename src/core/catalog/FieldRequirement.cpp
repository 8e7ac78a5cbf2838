#include "FieldRequirement.h"

#include <QCoreApplication>

namespace {
bool satisfies(FieldRequirement requirement, const EventInfo& event)
{
    switch (requirement) {
    case FieldRequirement::Always:
        return true;
    case FieldRequirement::Call:
        return event.facts.testFlag(EventFact::HasCall);
    case FieldRequirement::ConnectedCall:
        return event.facts.testFlag(EventFact::CallConnected);
    case FieldRequirement::FinishedCall:
        return event.facts.testFlag(EventFact::CallFinished);
    case FieldRequirement::CompletedCall:
        return event.facts.testFlag(EventFact::CallCompleted);
    case FieldRequirement::Transcript:
        return event.facts.testFlag(EventFact::HasTranscript);
    }
    return false;
}

QString missingReason(FieldRequirement requirement)
{
    switch (requirement) {
    case FieldRequirement::Always:
        return {};
    case FieldRequirement::Call:
        return QCoreApplication::translate(
            "FieldRequirement", "%1 is a campaign event and carries no call, so %2 has no value.");
    case FieldRequirement::ConnectedCall:
        return QCoreApplication::translate(
            "FieldRequirement", "%1 is sent for a call that never connected, so %2 has no value.");
    case FieldRequirement::FinishedCall:
        return QCoreApplication::translate("FieldRequirement",
            "%1 is sent while the call is still going on; %2 is only known once it is over "
            "(call.ended or call.failed).");
    case FieldRequirement::CompletedCall:
        return QCoreApplication::translate("FieldRequirement",
            "%1 is sent before the call's analysis exists; %2 is only known on call.ended.");
    case FieldRequirement::Transcript:
        return QCoreApplication::translate("FieldRequirement",
            "%1 carries no transcript; %2 is only known on call.ended and "
            "conversation.transcript.");
    }
    return {};
}
} // namespace

FieldAvailability fieldAvailability(
    FieldRequirement requirement, const EventInfo& event, const QString& fieldTitle)
{
    if (satisfies(requirement, event))
        return {};
    // Without a call, "not yet known" would mislead: say there is no call.
    const FieldRequirement reason = event.carriesCall() ? requirement : FieldRequirement::Call;
    return { false, missingReason(reason).arg(event.name, fieldTitle) };
}

QString fieldRequirementSummary(FieldRequirement requirement)
{
    switch (requirement) {
    case FieldRequirement::Always:
        return QCoreApplication::translate("FieldRequirement", "every event");
    case FieldRequirement::Call:
        return QCoreApplication::translate("FieldRequirement", "call and conversation events");
    case FieldRequirement::ConnectedCall:
        return QCoreApplication::translate("FieldRequirement", "connected calls");
    case FieldRequirement::FinishedCall:
        return QCoreApplication::translate("FieldRequirement", "call.ended, call.failed");
    case FieldRequirement::CompletedCall:
        return QCoreApplication::translate("FieldRequirement", "call.ended");
    case FieldRequirement::Transcript:
        return QCoreApplication::translate(
            "FieldRequirement", "call.ended, conversation.transcript");
    }
    return {};
}
