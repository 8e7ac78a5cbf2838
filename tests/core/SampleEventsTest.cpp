#include "catalog/SampleEvents.h"

#include "catalog/EventCatalog.h"
#include "catalog/SampleCall.h"
#include "templating/EventContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The invariants of the sample events, checked over every event of the
// catalog, so the samples cannot drift back into contradicting themselves:
// times in order and inside the call, turns inside the duration, quoted
// utterances that exist when the event says and contain what it captured,
// campaign times inside the campaign's own schedule, counters that add up.
class SampleEventsTest : public QObject
{
    Q_OBJECT

private slots:
    void callTimesAreInOrder_data();
    void callTimesAreInOrder();
    void valuesAreThePlatformsSpelling_data();
    void valuesAreThePlatformsSpelling();
    void turnsFitTheCall();
    void conversationEventsQuoteTheCall();
    void theTranscriptEventIsOneNewTurn();
    void voicemailIsDetectedBeforeTheMessage();
    void aFailedCallSaysWhatComesNext();
    void campaignTimesFallInsideTheSchedule_data();
    void campaignTimesFallInsideTheSchedule();
    void countersAddUp_data();
    void countersAddUp();

private:
    static QJsonObject data(const QString& event);
    static QDateTime time(const QJsonValue& iso);
    static void eventsWhere(bool (*keep)(const EventInfo&));
    static QJsonObject schedule();
    static void verifyInsideTheSchedule(const QJsonValue& iso);
};

QJsonObject SampleEventsTest::data(const QString& event)
{
    EventContext::Options options;
    options.eventId = u"evt_fixed"_s;
    options.timestamp = QDateTime::fromString(u"2026-11-27T14:06:24Z"_s, Qt::ISODate);
    const EventContext context
        = EventContext::build(CampaignDocument(), *EventCatalog::find(event), options);
    return QJsonDocument::fromJson(context.envelope()).object().value(u"data"_s).toObject();
}

QDateTime SampleEventsTest::time(const QJsonValue& iso)
{
    return QDateTime::fromString(iso.toString(), Qt::ISODate);
}

void SampleEventsTest::eventsWhere(bool (*keep)(const EventInfo&))
{
    QTest::addColumn<QString>("event");
    for (const EventInfo& event : EventCatalog::events()) {
        if (keep(event))
            QTest::newRow(qPrintable(event.name)) << event.name;
    }
}

void SampleEventsTest::callTimesAreInOrder_data()
{
    eventsWhere([](const EventInfo& event) { return event.carriesCall(); });
}

void SampleEventsTest::callTimesAreInOrder()
{
    QFETCH(QString, event);
    const QJsonObject call = data(event).value(u"call"_s).toObject();
    const QDateTime created = time(call.value(u"created_at"_s));
    QVERIFY(created.isValid());
    if (call.contains(u"started_at"_s))
        QVERIFY(created <= time(call.value(u"started_at"_s)));
    if (!call.contains(u"ended_at"_s))
        return;
    const QDateTime ended = time(call.value(u"ended_at"_s));
    const QDateTime from
        = call.contains(u"started_at"_s) ? time(call.value(u"started_at"_s)) : ended;
    QVERIFY(from <= ended);
    QCOMPARE(call.value(u"duration_seconds"_s).toInteger(), from.secsTo(ended));
}

void SampleEventsTest::valuesAreThePlatformsSpelling_data()
{
    callTimesAreInOrder_data();
}

void SampleEventsTest::valuesAreThePlatformsSpelling()
{
    QFETCH(QString, event);
    const QJsonObject call = data(event).value(u"call"_s).toObject();
    const QStringList statuses = { u"queued"_s, u"ringing"_s, u"in-progress"_s, u"completed"_s,
        u"busy"_s, u"failed"_s, u"no-answer"_s, u"canceled"_s };
    QVERIFY2(statuses.contains(call.value(u"status"_s).toString()),
        qPrintable(call.value(u"status"_s).toString()));
    // A call still going on has no end and says so.
    QCOMPARE(call.value(u"status"_s).toString() == u"in-progress"_s, !call.contains(u"ended_at"_s));
    if (call.contains(u"answered_by"_s)) {
        QVERIFY(QStringList({ u"human"_s, u"machine"_s, u"machine_end_beep"_s, u"unknown"_s })
                    .contains(call.value(u"answered_by"_s).toString()));
    }
    if (call.contains(u"end_reason"_s)) {
        QVERIFY(QStringList(
            { u"user_hangup"_s, u"agent_hangup"_s, u"voicemail_reached"_s,
                u"max_duration_reached"_s, u"call_transfer"_s, u"no_answer"_s, u"error"_s })
                    .contains(call.value(u"end_reason"_s).toString()));
        QVERIFY(call.value(u"cost"_s).toDouble() >= 0);
        QCOMPARE(call.value(u"currency"_s).toString().size(), 3);
    }
}

// call.ended: every turn inside the call, in order, the text the same
// conversation as the turns.
void SampleEventsTest::turnsFitTheCall()
{
    const QJsonObject call = data(u"call.ended"_s).value(u"call"_s).toObject();
    const QJsonArray turns = call.value(u"transcript_turns"_s).toArray();
    QVERIFY(turns.size() >= 10);
    const double duration = call.value(u"duration_seconds"_s).toDouble();
    double previousEnd = -1;
    QStringList lines;
    for (const QJsonValue& turn : turns) {
        const double start = turn[u"start_seconds"_s].toDouble();
        const double end = turn[u"end_seconds"_s].toDouble();
        QVERIFY(start > previousEnd);
        QVERIFY(end > start);
        QVERIFY(end <= duration);
        previousEnd = end;
        const QString role = turn[u"role"_s].toString();
        QVERIFY(role == u"agent"_s || role == u"user"_s);
        lines.append(
            (role == u"agent"_s ? u"Agent: "_s : u"User: "_s) + turn[u"text"_s].toString());
    }
    QCOMPARE(call.value(u"transcript"_s).toString(), lines.join(u'\n'));
    QCOMPARE(call.value(u"end_reason"_s).toString(), u"agent_hangup"_s);
    QCOMPARE(turns.last()[u"role"_s].toString(), u"agent"_s);
}

// An intent or entity points at a turn that is over when the event fires,
// says what that turn says, and an entity's value is in it.
void SampleEventsTest::conversationEventsQuoteTheCall()
{
    const QJsonArray turns = data(u"call.ended"_s)[u"call"_s][u"transcript_turns"_s].toArray();
    const QDateTime answered = time(data(u"call.ended"_s)[u"call"_s][u"started_at"_s]);
    for (const auto& [event, key, at] :
        { std::tuple { u"conversation.intent_detected"_s, u"intent"_s, u"detected_at"_s },
            std::tuple { u"conversation.entity_captured"_s, u"entity"_s, u"captured_at"_s } }) {
        const QJsonObject found = data(event).value(key).toObject();
        const QJsonValue turn = turns.at(found.value(u"turn_index"_s).toInt());
        QCOMPARE(found.value(u"utterance"_s).toString(), turn[u"text"_s].toString());
        const qint64 offset = answered.secsTo(time(found.value(at)));
        QVERIFY2(offset >= turn[u"end_seconds"_s].toDouble() - 1
                && offset <= turn[u"end_seconds"_s].toDouble() + 1,
            qPrintable(event));
        QCOMPARE(turn[u"role"_s].toString(), u"user"_s);
    }
    const QJsonObject entity
        = data(u"conversation.entity_captured"_s).value(u"entity"_s).toObject();
    QVERIFY(entity.value(u"utterance"_s).toString().contains(entity.value(u"value"_s).toString()));
}

void SampleEventsTest::theTranscriptEventIsOneNewTurn()
{
    const QJsonObject eventData = data(u"conversation.transcript"_s);
    const QJsonObject transcript = eventData.value(u"transcript"_s).toObject();
    QCOMPARE(transcript.value(u"is_final"_s), QJsonValue(false));
    const QJsonArray delivered = transcript.value(u"turns"_s).toArray();
    QCOMPARE(delivered.size(), 1);
    // The newest turn of the transcript so far, which the call log carries.
    const QJsonArray soFar = eventData[u"call"_s][u"transcript_turns"_s].toArray();
    QCOMPARE(transcript.value(u"turn_index"_s).toInt(), soFar.size() - 1);
    QCOMPARE(delivered.first(), soFar.last());
    const QJsonArray all = data(u"call.ended"_s)[u"call"_s][u"transcript_turns"_s].toArray();
    QCOMPARE(soFar.last(), all.at(soFar.size() - 1));
}

void SampleEventsTest::voicemailIsDetectedBeforeTheMessage()
{
    const QJsonObject eventData = data(u"call.voicemail_detected"_s);
    const QJsonObject voicemail = eventData.value(u"voicemail"_s).toObject();
    const QJsonObject call = eventData.value(u"call"_s).toObject();
    QVERIFY(call.value(u"answered_by"_s).toString().startsWith(u"machine"_s));
    const QDateTime detected = time(voicemail.value(u"detected_at"_s));
    QVERIFY(time(call.value(u"started_at"_s)) <= detected);
    if (voicemail.value(u"message_left"_s).toBool())
        QVERIFY(detected < time(voicemail.value(u"message_started_at"_s)));
}

void SampleEventsTest::aFailedCallSaysWhatComesNext()
{
    const QJsonObject eventData = data(u"call.failed"_s);
    const QJsonObject failure = eventData.value(u"failure"_s).toObject();
    const QJsonObject call = eventData.value(u"call"_s).toObject();
    QCOMPARE(failure.value(u"reason"_s), call.value(u"status"_s));
    const int attempt = failure.value(u"attempt"_s).toInt();
    QVERIFY(attempt >= 1 && attempt < failure.value(u"max_attempts"_s).toInt());
    QCOMPARE(failure.value(u"max_attempts"_s), schedule().value(u"max_attempts_per_contact"_s));
    const QDateTime retry = time(failure.value(u"next_retry_at"_s));
    QCOMPARE(time(call.value(u"ended_at"_s)).secsTo(retry),
        schedule().value(u"retry_after_minutes"_s).toInteger() * 60);
    verifyInsideTheSchedule(failure.value(u"next_retry_at"_s));
    verifyInsideTheSchedule(call.value(u"created_at"_s));
}

QJsonObject SampleEventsTest::schedule()
{
    return data(u"campaign.started"_s)[u"campaign"_s][u"schedule"_s].toObject();
}

// Inside the calling hours of a calling day, on or before the last day.
// Every sample date is in winter, when New York is five hours behind UTC
// (no time zone database needed).
void SampleEventsTest::verifyInsideTheSchedule(const QJsonValue& iso)
{
    const QJsonObject plan = schedule();
    QCOMPARE(plan.value(u"timezone"_s).toString(), u"America/New_York"_s);
    const QDateTime utc = time(iso);
    QVERIFY2(utc.isValid(), qPrintable(iso.toString()));
    const QDateTime local = utc.addSecs(-5 * 3600);
    const QStringList hours = plan.value(u"calling_hours"_s).toString().split(u'-');
    const QTime from = QTime::fromString(hours.at(0), u"HH:mm"_s);
    const QTime to = QTime::fromString(hours.at(1), u"HH:mm"_s);
    QVERIFY2(local.time() >= from && local.time() < to, qPrintable(iso.toString()));
    static const QStringList kDays
        = { u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s };
    QVERIFY2(plan.value(u"days"_s).toArray().contains(kDays.at(local.date().dayOfWeek() - 1)),
        qPrintable(iso.toString()));
    QVERIFY(local.date() <= QDate::fromString(plan.value(u"ends_on"_s).toString(), Qt::ISODate));
}

void SampleEventsTest::campaignTimesFallInsideTheSchedule_data()
{
    eventsWhere([](const EventInfo& event) { return event.category == EventCategory::Campaign; });
}

void SampleEventsTest::campaignTimesFallInsideTheSchedule()
{
    QFETCH(QString, event);
    const QJsonObject campaign = data(event).value(u"campaign"_s).toObject();
    QCOMPARE(campaign.value(u"schedule"_s).toObject(), schedule());
    verifyInsideTheSchedule(campaign.value(u"started_at"_s));
    for (const QString& key : { u"paused_at"_s, u"completed_at"_s }) {
        if (campaign.contains(key))
            verifyInsideTheSchedule(campaign.value(key));
    }
    if (campaign.contains(u"quota"_s)) {
        verifyInsideTheSchedule(campaign[u"quota"_s][u"reached_at"_s]);
        // What happens next: calling resumes in a calling window after the
        // quota resets.
        const QJsonValue resumes = campaign[u"next"_s][u"resumes_at"_s];
        verifyInsideTheSchedule(resumes);
        QVERIFY(time(campaign[u"quota"_s][u"resets_at"_s]) <= time(resumes));
    }
}

void SampleEventsTest::countersAddUp_data()
{
    campaignTimesFallInsideTheSchedule_data();
}

void SampleEventsTest::countersAddUp()
{
    QFETCH(QString, event);
    const QJsonObject campaign = data(event).value(u"campaign"_s).toObject();
    const QJsonObject counters = campaign.value(u"counters"_s).toObject();
    const auto count = [&](const char16_t* key) { return counters.value(key).toInt(-1); };
    QCOMPARE(count(u"calls_placed"),
        count(u"calls_connected") + count(u"calls_failed") + count(u"voicemails"));
    QVERIFY(count(u"calls_completed") <= count(u"calls_connected"));
    QVERIFY(count(u"calls_failed") >= 0 && count(u"retries") >= 0);
    QVERIFY(count(u"retries") <= count(u"calls_placed"));
    if (event == u"campaign.completed") {
        // Everyone was tried: every call beyond one a contact is a retry.
        QCOMPARE(count(u"retries"), count(u"calls_placed") - count(u"contacts_total"));
    }
    if (campaign.contains(u"quota"_s)) {
        const QJsonObject quota = campaign.value(u"quota"_s).toObject();
        QCOMPARE(quota.value(u"used"_s), quota.value(u"limit"_s));
        QCOMPARE(quota.value(u"used"_s).toInt(), count(u"calls_placed"));
        QCOMPARE(campaign[u"next"_s][u"contacts_waiting"_s].toInt(),
            count(u"contacts_total") - count(u"calls_placed") + count(u"retries"));
    }
}

QTEST_GUILESS_MAIN(SampleEventsTest)
#include "SampleEventsTest.moc"
