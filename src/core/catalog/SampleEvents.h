#pragma once

#include "EventInfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Realistic sample data for each event, modelled on what voice-agent platforms
// send: how the sample call looks at that moment (in progress, failed, ended)
// and the part of the payload only that event carries (an intent with its
// confidence, a captured entity, transcript turns, campaign counters).
class SampleEvents
{
public:
    // The catalog's sample call log as it stands when `event` fires: the
    // status and times of a call in progress, failed or ended.
    static QJsonObject callLog(const EventInfo& event);
    // The event's own payload beside call, contact and outcomes, keyed by
    // what it is ("intent", "entity", "transcript", "failure", "voicemail",
    // "campaign"). `transcript` is the call's, `campaignName` the campaign's.
    static QJsonObject details(
        const EventInfo& event, const QString& transcript, const QString& campaignName);
    // The transcript as turns with roles and times: the sample call's own
    // times for its turns, times at a speaking pace for edited ones.
    static QJsonArray transcriptTurns(const QString& transcript);
};
