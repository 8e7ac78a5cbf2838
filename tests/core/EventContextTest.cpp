#include "templating/EventContext.h"

#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "io/DocumentReader.h"
#include "templating/VariableName.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The sample events: every one of the eleven must look like what a voice
// platform sends, and carry only what that moment of a call can know.
class EventContextTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyEnvelopeIsRealistic_data();
    void everyEnvelopeIsRealistic();
    void callStateFollowsTheEvent();
    void conversationEventsCarryTheirDetails();
    void campaignEventsCarryCounters();
    void generatesEventIdsAndWholeSecondTimestamps();
    void localReceiverIsABuiltIn();
    void theNextDeliveryIsTheSameEventAgain();

private:
    QJsonObject envelope(const QString& event) const;

    CampaignDocument m_sample;
};

void EventContextTest::initTestCase()
{
    const LoadResult result = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(result.document);
    m_sample = *result.document;
}

QJsonObject EventContextTest::envelope(const QString& event) const
{
    EventContext::Options options;
    options.eventId = u"evt_fixed"_s;
    options.timestamp = QDateTime::fromString(u"2026-11-27T14:06:24Z"_s, Qt::ISODate);
    const EventContext context = EventContext::build(m_sample, *EventCatalog::find(event), options);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(context.envelope(), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("envelope of %s is not JSON", qPrintable(event));
    return result;
}

void EventContextTest::everyEnvelopeIsRealistic_data()
{
    QTest::addColumn<QString>("event");
    for (const QString& name : EventCatalog::names())
        QTest::newRow(qPrintable(name)) << name;
}

void EventContextTest::everyEnvelopeIsRealistic()
{
    QFETCH(QString, event);
    const QJsonObject root = envelope(event);
    QCOMPARE(root.value(u"event"_s).toString(), event);
    QCOMPARE(root.value(u"event_id"_s).toString(), u"evt_fixed"_s);
    QCOMPARE(root.value(u"timestamp"_s).toString(), u"2026-11-27T14:06:24Z"_s);
    const QJsonObject data = root.value(u"data"_s).toObject();
    QVERIFY(!data.isEmpty());

    const EventInfo* info = EventCatalog::find(event);
    if (!info->carriesCall()) {
        QVERIFY(!data.contains(u"call"_s));
        QVERIFY(!data.contains(u"contact"_s));
        return;
    }
    const QJsonObject call = data.value(u"call"_s).toObject();
    const QRegularExpression e164(u"^\\+[1-9][0-9]{7,14}$"_s);
    QVERIFY(e164.match(call.value(u"from_number"_s).toString()).hasMatch());
    QVERIFY(e164.match(call.value(u"to_number"_s).toString()).hasMatch());
    QVERIFY(call.value(u"call_id"_s).toString().startsWith(u"call_"_s));
    QVERIFY(QDateTime::fromString(call.value(u"created_at"_s).toString(), Qt::ISODate).isValid());
    QCOMPARE(data.value(u"contact"_s)[u"first_name"_s].toString(), u"Maria"_s);
    QCOMPARE(data.value(u"dynamic_variables"_s)[u"agent_name"_s].toString(), u"Ava"_s);
    const bool completed = event == u"call.ended"_s;
    QCOMPARE(data.contains(u"agent_outcomes"_s), completed);
    QCOMPARE(data.contains(u"post_call_outcomes"_s), completed);
    QCOMPARE(call.contains(u"summary"_s), completed);
    QCOMPARE(call.contains(u"recording_url"_s), completed);
}

void EventContextTest::callStateFollowsTheEvent()
{
    const QJsonObject ended = envelope(u"call.ended"_s)[u"data"_s][u"call"_s].toObject();
    QCOMPARE(ended.value(u"status"_s).toString(), u"completed"_s);
    QCOMPARE(ended.value(u"sentiment"_s).toString(), u"positive"_s);
    QVERIFY(ended.value(u"transcript"_s).toString().contains(u"\nUser: "_s));

    const QJsonObject started = envelope(u"call.started"_s)[u"data"_s][u"call"_s].toObject();
    QCOMPARE(started.value(u"status"_s).toString(), u"in-progress"_s);
    QVERIFY(started.contains(u"started_at"_s));
    QVERIFY(!started.contains(u"ended_at"_s));
    QVERIFY(!started.contains(u"duration_seconds"_s));

    const QJsonObject failedData = envelope(u"call.failed"_s)[u"data"_s].toObject();
    const QJsonObject failed = failedData.value(u"call"_s).toObject();
    QCOMPARE(failed.value(u"status"_s).toString(), u"no-answer"_s);
    QCOMPARE(failed.value(u"duration_seconds"_s), QJsonValue(0));
    QVERIFY(!failed.contains(u"started_at"_s));
    QVERIFY(failed.contains(u"ended_at"_s));
    QCOMPARE(failedData.value(u"failure"_s)[u"reason"_s].toString(), u"no-answer"_s);

    const QJsonObject voicemail = envelope(u"call.voicemail_detected"_s)[u"data"_s].toObject();
    QCOMPARE(voicemail.value(u"voicemail"_s)[u"method"_s].toString(), u"beep_detection"_s);
}

void EventContextTest::conversationEventsCarryTheirDetails()
{
    const QJsonObject transcript
        = envelope(u"conversation.transcript"_s)[u"data"_s][u"transcript"_s].toObject();
    // One new turn (SampleEventsTest checks it against the whole call).
    const QJsonArray turns = transcript.value(u"turns"_s).toArray();
    QCOMPARE(turns.size(), 1);
    QCOMPARE(turns.at(0)[u"role"_s].toString(), u"user"_s);
    QVERIFY(!turns.at(0)[u"text"_s].toString().isEmpty());
    QVERIFY(turns.at(0)[u"end_seconds"_s].toDouble() > turns.at(0)[u"start_seconds"_s].toDouble());

    const QJsonObject intent
        = envelope(u"conversation.intent_detected"_s)[u"data"_s][u"intent"_s].toObject();
    QCOMPARE(intent.value(u"name"_s).toString(), u"renewal_interest"_s);
    QVERIFY(intent.value(u"confidence"_s).toDouble() > 0
        && intent.value(u"confidence"_s).toDouble() <= 1);
    QVERIFY(!intent.value(u"utterance"_s).toString().isEmpty());

    const QJsonObject entity
        = envelope(u"conversation.entity_captured"_s)[u"data"_s][u"entity"_s].toObject();
    QCOMPARE(entity.value(u"type"_s).toString(), u"email"_s);
    QVERIFY(entity.value(u"value"_s).toString().contains(u'@'));
}

void EventContextTest::campaignEventsCarryCounters()
{
    const QJsonObject started
        = envelope(u"campaign.started"_s)[u"data"_s][u"campaign"_s].toObject();
    QCOMPARE(started.value(u"name"_s).toString(), u"Winter Renewal Outreach"_s);
    QCOMPARE(started.value(u"schedule"_s)[u"timezone"_s].toString(), u"America/New_York"_s);

    const QJsonObject completed
        = envelope(u"campaign.completed"_s)[u"data"_s][u"campaign"_s].toObject();
    const QJsonObject counters = completed.value(u"counters"_s).toObject();
    QVERIFY(
        counters.value(u"calls_placed"_s).toInt() >= counters.value(u"calls_connected"_s).toInt());
    QVERIFY(counters.value(u"calls_connected"_s).toInt()
        >= counters.value(u"calls_completed"_s).toInt());

    const QJsonObject quota
        = envelope(u"campaign.quota_reached"_s)[u"data"_s][u"campaign"_s][u"quota"_s].toObject();
    QCOMPARE(quota.value(u"used"_s), quota.value(u"limit"_s));
    QVERIFY(QDateTime::fromString(quota.value(u"resets_at"_s).toString(), Qt::ISODate).isValid());

    const QJsonObject paused = envelope(u"campaign.paused"_s)[u"data"_s][u"campaign"_s].toObject();
    QVERIFY(paused.value(u"paused_by"_s).toString().contains(u'@'));
}

void EventContextTest::generatesEventIdsAndWholeSecondTimestamps()
{
    const EventInfo& event = *EventCatalog::find(u"call.ended"_s);
    EventContext::Options options;
    options.timestamp
        = QDateTime::fromString(u"2026-11-27T14:06:24.789+02:00"_s, Qt::ISODateWithMs);
    const EventContext first = EventContext::build(m_sample, event, options);
    const EventContext second = EventContext::build(m_sample, event, options);
    QVERIFY(QRegularExpression(u"^evt_[0-9a-z]{24}$"_s).match(first.eventId()).hasMatch());
    QVERIFY(first.eventId() != second.eventId());
    QCOMPARE(first.timestampText(), u"2026-11-27T12:06:24Z"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const EventContext current = EventContext::build(m_sample, event, {});
    QVERIFY(qAbs(current.timestamp().secsTo(now)) <= 5);
}

void EventContextTest::localReceiverIsABuiltIn()
{
    const EventInfo& event = *EventCatalog::find(u"call.ended"_s);
    const EventContext standard = EventContext::build(m_sample, event, {});
    QCOMPARE(standard.builtIn(u"local_receiver"), QJsonValue(u"http://127.0.0.1:8787"_s));

    // The app's receiver may run on another port.
    EventContext::Options options;
    options.localReceiverUrl = u"http://127.0.0.1:40123"_s;
    const EventContext moved = EventContext::build(m_sample, event, options);
    QCOMPARE(moved.builtIn(u"local_receiver"), QJsonValue(u"http://127.0.0.1:40123"_s));
    QVERIFY(VariableName::isBuiltIn(u"local_receiver"));
}

// A burst builds one context and takes nextDelivery() for each delivery:
// that must be what building again with the new id and time gives.
void EventContextTest::theNextDeliveryIsTheSameEventAgain()
{
    EventContext::Options options;
    options.eventId = u"evt_first"_s;
    options.timestamp = QDateTime::fromString(u"2026-11-27T14:06:24Z"_s, Qt::ISODate);
    options.environment = u"Staging"_s;
    const EventInfo& event = *EventCatalog::find(u"call.ended"_s);
    const EventContext first = EventContext::build(m_sample, event, options);

    options.eventId = u"evt_second"_s;
    options.timestamp = QDateTime::fromString(u"2026-11-27T15:00:01Z"_s, Qt::ISODate);
    const EventContext next = first.nextDelivery(options.eventId, options.timestamp);
    const EventContext built = EventContext::build(m_sample, event, options);
    QCOMPARE(next.envelope(), built.envelope());
    QCOMPARE(next.eventId(), u"evt_second"_s);
    QCOMPARE(next.timestampText(), u"2026-11-27T15:00:01Z"_s);
    for (int slot = 0; slot < built.layout().size(); ++slot) {
        QCOMPARE(next.value(slot).json, built.value(slot).json);
        QCOMPARE(next.value(slot).utf8, built.value(slot).utf8);
    }
    QCOMPARE(first.eventId(), u"evt_first"_s); // the first is left as it was
    // Without an id or time, each delivery gets a new id and the time now.
    const EventContext fresh = first.nextDelivery();
    QVERIFY(fresh.eventId() != first.eventId() && fresh.eventId().startsWith(u"evt_"_s));
    QVERIFY(qAbs(fresh.timestamp().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

QTEST_GUILESS_MAIN(EventContextTest)
#include "EventContextTest.moc"
