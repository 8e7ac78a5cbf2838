#include "SampleEvents.h"

#include "DataSourceCatalog.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QJsonObject campaignCounters(int placed, int connected, int completed, int failed, int voicemail)
{
    return {
        { u"contacts_total"_s, 1250 },
        { u"calls_placed"_s, placed },
        { u"calls_connected"_s, connected },
        { u"calls_completed"_s, completed },
        { u"calls_failed"_s, failed },
        { u"voicemails"_s, voicemail },
    };
}

QJsonObject campaignDetails(const EventInfo& event, const QString& name)
{
    QJsonObject campaign {
        { u"id"_s, u"cmp_winter_renewal_2026"_s },
        { u"name"_s, name },
        { u"company_id"_s, u"comp_48213"_s },
        { u"agent_id"_s, u"agent_ava_renewals_v3"_s },
        { u"started_at"_s, u"2026-11-27T13:00:00Z"_s },
    };
    if (event.name == u"campaign.started") {
        campaign.insert(u"schedule"_s,
            QJsonObject { { u"timezone"_s, u"America/New_York"_s },
                { u"calling_hours"_s, u"09:00-18:00"_s },
                { u"days"_s, QJsonArray { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s } },
                { u"ends_on"_s, u"2026-12-12"_s } });
        campaign.insert(u"counters"_s, campaignCounters(0, 0, 0, 0, 0));
    } else if (event.name == u"campaign.paused") {
        campaign.insert(u"paused_at"_s, u"2026-11-27T16:45:12Z"_s);
        campaign.insert(u"paused_by"_s, u"ops@brightline.example"_s);
        campaign.insert(u"reason"_s, u"Paused from the dashboard for a script review."_s);
        campaign.insert(u"counters"_s, campaignCounters(412, 251, 236, 58, 103));
    } else if (event.name == u"campaign.completed") {
        campaign.insert(u"completed_at"_s, u"2026-12-12T22:59:40Z"_s);
        campaign.insert(u"counters"_s, campaignCounters(1498, 912, 861, 187, 399));
    } else if (event.name == u"campaign.quota_reached") {
        campaign.insert(u"quota"_s,
            QJsonObject { { u"type"_s, u"daily_calls"_s }, { u"limit"_s, 500 }, { u"used"_s, 500 },
                { u"resets_at"_s, u"2026-11-28T05:00:00Z"_s } });
        campaign.insert(u"counters"_s, campaignCounters(500, 304, 288, 71, 125));
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
        call.insert(u"status"_s, u"no_answer"_s);
        call.insert(u"duration_seconds"_s, 0);
        call.insert(u"ended_at"_s, u"2026-11-27T14:02:43Z"_s);
    } else if (!event.facts.testFlag(EventFact::CallFinished)) {
        call.insert(u"status"_s, u"in_progress"_s);
    }
    return call;
}

QJsonArray SampleEvents::transcriptTurns(const QString& transcript)
{
    // About 2.6 words a second, as people speak on the phone.
    QJsonArray turns;
    double at = 0.0;
    for (const QString& line : transcript.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(u": "_s);
        const QString speaker = colon > 0 ? line.left(colon).toLower() : u"agent"_s;
        const QString content = colon > 0 ? line.mid(colon + 2) : line;
        const double seconds = std::max(1.0, content.count(u' ') / 2.6);
        turns.append(QJsonObject {
            { u"role"_s, speaker == u"agent"_s ? u"agent"_s : u"user"_s },
            { u"content"_s, content },
            { u"start_seconds"_s, std::round(at * 10) / 10 },
            { u"end_seconds"_s, std::round((at + seconds) * 10) / 10 },
        });
        at += seconds + 0.6;
    }
    return turns;
}

QJsonObject SampleEvents::details(
    const EventInfo& event, const QString& transcript, const QString& campaignName)
{
    if (event.category == EventCategory::Campaign)
        return { { u"campaign"_s, campaignDetails(event, campaignName) } };

    if (event.name == u"call.failed") {
        return { { u"failure"_s,
            QJsonObject { { u"reason"_s, u"no_answer"_s }, { u"sip_code"_s, 480 },
                { u"message"_s, u"The callee did not answer within 30 seconds."_s } } } };
    }
    if (event.name == u"call.voicemail_detected") {
        return { { u"voicemail"_s,
            QJsonObject { { u"detected_at"_s, u"2026-11-27T14:02:19Z"_s },
                { u"method"_s, u"beep_detection"_s }, { u"confidence"_s, 0.97 },
                { u"message_left"_s, true } } } };
    }
    if (event.name == u"conversation.transcript") {
        const QJsonArray turns = transcriptTurns(transcript);
        return { { u"transcript"_s,
            QJsonObject { { u"is_final"_s, false }, { u"turns"_s, turns } } } };
    }
    if (event.name == u"conversation.intent_detected") {
        return { { u"intent"_s,
            QJsonObject { { u"name"_s, u"renewal_interest"_s }, { u"confidence"_s, 0.93 },
                { u"utterance"_s, u"That sounds good. Let's renew."_s },
                { u"detected_at"_s, u"2026-11-27T14:05:31Z"_s } } } };
    }
    if (event.name == u"conversation.entity_captured") {
        return { { u"entity"_s,
            QJsonObject { { u"name"_s, u"contract_email"_s }, { u"type"_s, u"email"_s },
                { u"value"_s, u"maria.okafor@example.com"_s }, { u"confidence"_s, 0.98 },
                { u"utterance"_s, u"Can you send the contract to my email?"_s },
                { u"captured_at"_s, u"2026-11-27T14:05:44Z"_s } } } };
    }
    return {};
}
