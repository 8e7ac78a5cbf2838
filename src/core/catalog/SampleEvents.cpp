#include "SampleEvents.h"

#include "DataSourceCatalog.h"
#include "SampleCall.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Each placed call ends connected, failed or in a voicemail; a retry is any
// call after a contact's first.
QJsonObject campaignCounters(int placed, int connected, int completed, int voicemail, int retries)
{
    return {
        { u"contacts_total"_s, 1250 },
        { u"calls_placed"_s, placed },
        { u"calls_connected"_s, connected },
        { u"calls_completed"_s, completed },
        { u"calls_failed"_s, placed - connected - voicemail },
        { u"voicemails"_s, voicemail },
        { u"retries"_s, retries },
    };
}

// Calls go out 09:00–18:00 New York time (UTC−5 in winter), Monday to
// Friday, until the schedule ends: every time below falls inside.
QJsonObject schedule()
{
    return { { u"timezone"_s, u"America/New_York"_s }, { u"calling_hours"_s, u"09:00-18:00"_s },
        { u"days"_s, QJsonArray { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s } },
        { u"ends_on"_s, u"2026-12-11"_s }, { u"max_attempts_per_contact"_s, 3 },
        { u"retry_after_minutes"_s, 120 } };
}

QJsonObject campaignDetails(const EventInfo& event, const QString& name)
{
    QJsonObject campaign {
        { u"id"_s, u"cmp_winter_renewal_2026"_s },
        { u"name"_s, name },
        { u"company_id"_s, u"comp_48213"_s },
        { u"agent_id"_s, u"agent_ava_renewals_v3"_s },
        { u"started_at"_s, u"2026-11-27T14:00:00Z"_s },
        { u"schedule"_s, schedule() },
    };
    if (event.name == u"campaign.started") {
        campaign.insert(u"counters"_s, campaignCounters(0, 0, 0, 0, 0));
    } else if (event.name == u"campaign.paused") {
        campaign.insert(u"paused_at"_s, u"2026-11-27T16:45:12Z"_s);
        campaign.insert(u"paused_by"_s, u"ops@brightline.example"_s);
        campaign.insert(u"reason"_s, u"Paused from the dashboard for a script review."_s);
        campaign.insert(u"counters"_s, campaignCounters(412, 251, 236, 103, 0));
    } else if (event.name == u"campaign.completed") {
        campaign.insert(u"completed_at"_s, u"2026-12-11T22:59:40Z"_s);
        // Every contact was tried at least once; 248 calls were retries.
        campaign.insert(u"counters"_s, campaignCounters(1498, 912, 861, 399, 248));
    } else if (event.name == u"campaign.quota_reached") {
        campaign.insert(u"quota"_s,
            QJsonObject { { u"type"_s, u"daily_calls"_s }, { u"limit"_s, 500 }, { u"used"_s, 500 },
                { u"reached_at"_s, u"2026-11-27T21:12:05Z"_s },
                { u"resets_at"_s, u"2026-11-28T05:00:00Z"_s } });
        // The quota resets at midnight on a Saturday: calling resumes with
        // the next window, on Monday morning.
        campaign.insert(u"next"_s,
            QJsonObject { { u"action"_s, u"resume_at_next_window"_s },
                { u"resumes_at"_s, u"2026-11-30T14:00:00Z"_s }, { u"contacts_waiting"_s, 750 } });
        campaign.insert(u"counters"_s, campaignCounters(500, 304, 288, 125, 0));
    }
    return campaign;
}
} // namespace

QJsonObject SampleEvents::callLog(const EventInfo& event)
{
    QJsonObject call;
    for (const CatalogField& field : DataSourceCatalog::callLogFields())
        call.insert(field.name, field.sample);
    if (event.name == u"call.failed") {
        // Rang for 32 seconds without an answer: nothing was said or spent.
        call.insert(u"status"_s, u"no-answer"_s);
        call.insert(u"end_reason"_s, u"no_answer"_s);
        call.insert(u"duration_seconds"_s, 0);
        call.insert(u"cost"_s, 0);
        call.insert(u"ended_at"_s, SampleCall::isoAt(SampleCall::createdAt().addSecs(32)));
    } else if (event.name == u"call.voicemail_detected") {
        call.insert(u"status"_s, u"in-progress"_s);
        call.insert(u"answered_by"_s, u"machine_end_beep"_s);
    } else if (event.name == u"conversation.transcript") {
        // The transcript so far, up to the turn the event delivers.
        const int count = SampleCall::RenewalAgreed + 1;
        call.insert(u"status"_s, u"in-progress"_s);
        call.insert(u"transcript"_s, SampleCall::transcript(count));
        call.insert(u"transcript_turns"_s, SampleCall::turnsJson(count));
    } else if (!event.facts.testFlag(EventFact::CallFinished)) {
        call.insert(u"status"_s, u"in-progress"_s);
    }
    return call;
}

QJsonArray SampleEvents::transcriptTurns(const QString& transcript)
{
    // The sample's turns are timed; an edited transcript is timed at about
    // 2.5 words a second, as people speak on the phone.
    QJsonArray turns;
    double at = 0.0;
    for (const QString& line : transcript.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u": "_s);
        const QString speaker = colon > 0 ? line.left(colon).toLower() : u"agent"_s;
        const QString text = colon > 0 ? line.mid(colon + 2) : line;
        const double seconds = std::max(1.0, (text.count(u' ') + 1) / 2.5);
        SampleCall::Turn turn { speaker == u"agent"_s ? u"agent"_s : u"user"_s, text,
            std::round(at * 10) / 10, std::round((at + seconds) * 10) / 10 };
        const auto sample = std::find_if(SampleCall::turns().cbegin(), SampleCall::turns().cend(),
            [&](const SampleCall::Turn& known) { return known.text == text; });
        if (sample != SampleCall::turns().cend())
            turn = *sample;
        turns.append(SampleCall::turnJson(turn));
        at = turn.end + 0.7;
    }
    return turns;
}

QJsonObject SampleEvents::details(
    const EventInfo& event, const QString& transcript, const QString& campaignName)
{
    if (event.category == EventCategory::Campaign)
        return { { u"campaign"_s, campaignDetails(event, campaignName) } };

    if (event.name == u"call.failed") {
        // The first of three attempts; the next waits the schedule's two
        // hours and still falls inside the calling hours.
        return { { u"failure"_s,
            QJsonObject { { u"reason"_s, u"no-answer"_s }, { u"sip_code"_s, 480 },
                { u"message"_s, u"The callee did not answer within 30 seconds."_s },
                { u"attempt"_s, 1 }, { u"max_attempts"_s, 3 },
                { u"next_retry_at"_s,
                    SampleCall::isoAt(SampleCall::createdAt().addSecs(32 + 2 * 3600)) } } } };
    }
    if (event.name == u"call.voicemail_detected") {
        // The greeting plays, the beep is heard, then the agent speaks.
        return { { u"voicemail"_s,
            QJsonObject { { u"detected_at"_s, SampleCall::isoAfterAnswer(4) },
                { u"method"_s, u"beep_detection"_s }, { u"confidence"_s, 0.97 },
                { u"message_left"_s, true },
                { u"message_started_at"_s, SampleCall::isoAfterAnswer(6) },
                { u"message_duration_seconds"_s, 18 } } } };
    }
    if (event.name == u"conversation.transcript") {
        // One new turn as it is final for the speaker; the whole
        // transcript comes with call.ended.
        const QJsonArray turns = transcriptTurns(transcript);
        return { { u"transcript"_s,
            QJsonObject { { u"is_final"_s, false }, { u"turn_index"_s, turns.size() - 1 },
                { u"turns"_s, turns.isEmpty() ? QJsonArray() : QJsonArray { turns.last() } } } } };
    }
    if (event.name == u"conversation.intent_detected") {
        const SampleCall::Turn& turn = SampleCall::turns().at(SampleCall::RenewalAgreed);
        return { { u"intent"_s,
            QJsonObject { { u"name"_s, u"renewal_interest"_s }, { u"confidence"_s, 0.93 },
                { u"utterance"_s, turn.text }, { u"turn_index"_s, SampleCall::RenewalAgreed },
                { u"detected_at"_s, SampleCall::isoAfterAnswer(turn.end) } } } };
    }
    if (event.name == u"conversation.entity_captured") {
        const SampleCall::Turn& turn = SampleCall::turns().at(SampleCall::EmailGiven);
        return { { u"entity"_s,
            QJsonObject { { u"name"_s, u"contract_email"_s }, { u"type"_s, u"email"_s },
                { u"value"_s, u"maria.okafor@example.com"_s }, { u"confidence"_s, 0.98 },
                { u"utterance"_s, turn.text }, { u"turn_index"_s, SampleCall::EmailGiven },
                { u"captured_at"_s, SampleCall::isoAfterAnswer(turn.end) } } } };
    }
    return {};
}
