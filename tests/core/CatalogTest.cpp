#include "catalog/DataSourceCatalog.h"
#include "catalog/EventCatalog.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DataSource)

class CatalogTest : public QObject
{
    Q_OBJECT

private slots:
    void listsTheElevenEventsInOrder();
    void groupsEventsByCategory();
    void listsTheSources();
    void listsEveryCallLogFieldOfTheProduct();
    void sampleCallLooksReal();
    void fieldAvailability_data();
    void fieldAvailability();
    void knowsWhichFieldsExist();
};

void CatalogTest::listsTheElevenEventsInOrder()
{
    QCOMPARE(EventCatalog::names(),
        QStringList(
            { u"call.started"_s, u"call.ended"_s, u"call.failed"_s, u"call.voicemail_detected"_s,
                u"conversation.transcript"_s, u"conversation.intent_detected"_s,
                u"conversation.entity_captured"_s, u"campaign.started"_s, u"campaign.paused"_s,
                u"campaign.completed"_s, u"campaign.quota_reached"_s }));
    for (const EventInfo& event : EventCatalog::events()) {
        QVERIFY(!event.title.isEmpty());
        QVERIFY(event.description.startsWith(u"Triggered when"_s)
            || event.description.startsWith(u"Provides"_s));
        QVERIFY(!event.payload.isEmpty());
    }
    QVERIFY(EventCatalog::find(u"call.ended"_s));
    QVERIFY(!EventCatalog::find(u"call.answered"_s));
}

void CatalogTest::groupsEventsByCategory()
{
    QMap<EventCategory, int> counts;
    for (const EventInfo& event : EventCatalog::events()) {
        counts[event.category] += 1;
        QCOMPARE(event.carriesCall(), event.category != EventCategory::Campaign);
        QVERIFY(event.name.startsWith(event.category == EventCategory::Call ? u"call."_s
                : event.category == EventCategory::Conversation             ? u"conversation."_s
                                                                            : u"campaign."_s));
    }
    QCOMPARE(counts.value(EventCategory::Call), 4);
    QCOMPARE(counts.value(EventCategory::Conversation), 3);
    QCOMPARE(counts.value(EventCategory::Campaign), 4);
    QCOMPARE(EventCatalog::categoryTitle(EventCategory::Conversation), u"Conversation events"_s);
}

void CatalogTest::listsTheSources()
{
    QStringList titles;
    for (const SourceInfo& source : DataSourceCatalog::sources())
        titles.append(source.title);
    QCOMPARE(titles,
        QStringList({ u"Default Value"_s, u"Contact Field"_s, u"Agent Outcome Field"_s,
            u"Call Log Field"_s, u"Dynamic Variable"_s, u"Post-Call Outcome"_s, u"Timestamp"_s,
            u"Environment Variable"_s, u"Event Payload Field"_s }));
    QCOMPARE(DataSourceCatalog::source(DataSource::Timestamp).title, u"Timestamp"_s);
}

void CatalogTest::listsEveryCallLogFieldOfTheProduct()
{
    QStringList names;
    for (const CatalogField& field : DataSourceCatalog::callLogFields()) {
        names.append(field.name);
        QVERIFY2(!field.description.isEmpty(), qPrintable(field.name));
        QVERIFY2(fieldTypeAccepts(field.type, field.sample), qPrintable(field.name));
        QVERIFY2(!field.sample.isNull() && !field.sample.isUndefined(), qPrintable(field.name));
    }
    // The product documentation's list, in its order, then what voice
    // platforms send about every call beside it.
    QCOMPARE(names,
        QStringList({ u"call_id"_s, u"call_sid"_s, u"company_id"_s, u"campaign_id"_s, u"agent_id"_s,
            u"contact_id"_s, u"from_number"_s, u"to_number"_s, u"duration_seconds"_s, u"status"_s,
            u"direction"_s, u"rating"_s, u"summary"_s, u"recording_url"_s, u"transcript"_s,
            u"sentiment"_s, u"agent_task_status"_s, u"agent_task_feedback"_s, u"created_at"_s,
            u"started_at"_s, u"ended_at"_s, u"answered_by"_s, u"end_reason"_s, u"cost"_s,
            u"currency"_s, u"latency_p50_ms"_s, u"latency_p90_ms"_s, u"transcript_turns"_s }));
}

void CatalogTest::sampleCallLooksReal()
{
    const auto sample = [](const char* name) {
        return DataSourceCatalog::findFixedField(
            DataSource::CallLogField, QString::fromLatin1(name))
            ->sample;
    };
    const QRegularExpression e164(u"^\\+[1-9][0-9]{7,14}$"_s);
    QVERIFY(e164.match(sample("from_number").toString()).hasMatch());
    QVERIFY(e164.match(sample("to_number").toString()).hasMatch());

    const auto utc = [&](const char* name) {
        return QDateTime::fromString(sample(name).toString(), Qt::ISODate);
    };
    const QDateTime created = utc("created_at");
    const QDateTime started = utc("started_at");
    const QDateTime ended = utc("ended_at");
    for (const QDateTime& time : { created, started, ended }) {
        QVERIFY(time.isValid());
        QCOMPARE(time.timeSpec(), Qt::UTC);
    }
    QVERIFY(created <= started && started < ended);
    QCOMPARE(started.secsTo(ended), sample("duration_seconds").toInteger());

    const QStringList turns = sample("transcript").toString().split(u'\n');
    QVERIFY(turns.size() >= 6);
    QVERIFY(turns.first().startsWith(u"Agent: "_s));
    QVERIFY(std::any_of(turns.cbegin(), turns.cend(),
        [](const QString& turn) { return turn.startsWith(u"User: "_s); }));
    QVERIFY(sample("recording_url").toString().startsWith(u"https://"_s));
    QVERIFY(QStringList({ u"positive"_s, u"neutral"_s, u"negative"_s, u"unknown"_s })
                .contains(sample("sentiment").toString()));
    QCOMPARE(sample("direction").toString(), u"outbound"_s);
}

void CatalogTest::fieldAvailability_data()
{
    QTest::addColumn<DataSource>("source");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("event");
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("reason");

    QTest::newRow("call id on campaign.started")
        << DataSource::CallLogField << u"call_id"_s << u"campaign.started"_s << false
        << u"campaign.started is a campaign event and carries no call, so call_id has no value."_s;
    QTest::newRow("call id on call.started")
        << DataSource::CallLogField << u"call_id"_s << u"call.started"_s << true << QString();
    QTest::newRow("recording on call.started")
        << DataSource::CallLogField << u"recording_url"_s << u"call.started"_s << false
        << u"recording_url is only known on call.ended"_s;
    QTest::newRow("ended_at on call.failed")
        << DataSource::CallLogField << u"ended_at"_s << u"call.failed"_s << true << QString();
    QTest::newRow("started_at on call.failed") << DataSource::CallLogField << u"started_at"_s
                                               << u"call.failed"_s << false << u"never connected"_s;
    QTest::newRow("duration on voicemail")
        << DataSource::CallLogField << u"duration_seconds"_s << u"call.voicemail_detected"_s
        << false << u"still going on"_s;
    QTest::newRow("transcript on conversation.transcript")
        << DataSource::CallLogField << u"transcript"_s << u"conversation.transcript"_s << true
        << QString();
    QTest::newRow("transcript on intent")
        << DataSource::CallLogField << u"transcript"_s << u"conversation.intent_detected"_s << false
        << u"carries no transcript"_s;
    QTest::newRow("contact on campaign.paused")
        << DataSource::ContactField << u"first_name"_s << u"campaign.paused"_s << false
        << u"carries no call"_s;
    QTest::newRow("contact on entity captured")
        << DataSource::ContactField << u"first_name"_s << u"conversation.entity_captured"_s << true
        << QString();
    QTest::newRow("outcome on call.ended")
        << DataSource::AgentOutcomeField << u"interested"_s << u"call.ended"_s << true << QString();
    QTest::newRow("post-call outcome on transcript")
        << DataSource::PostCallOutcome << u"disposition"_s << u"conversation.transcript"_s << false
        << u"only known on call.ended"_s;
    QTest::newRow("default value everywhere")
        << DataSource::DefaultValue << QString() << u"campaign.completed"_s << true << QString();
    QTest::newRow("now on a campaign event")
        << DataSource::Timestamp << u"now"_s << u"campaign.quota_reached"_s << true << QString();
    QTest::newRow("call end time on a campaign event")
        << DataSource::Timestamp << u"call_ended_at"_s << u"campaign.quota_reached"_s << false
        << u"carries no call"_s;
}

void CatalogTest::fieldAvailability()
{
    QFETCH(DataSource, source);
    QFETCH(QString, field);
    QFETCH(QString, event);
    QFETCH(bool, available);
    QFETCH(QString, reason);

    const EventInfo* info = EventCatalog::find(event);
    QVERIFY(info);
    const FieldAvailability result
        = ::fieldAvailability(DataSourceCatalog::requirement(source, field), *info, field);
    QCOMPARE(result.available, available);
    if (available)
        QVERIFY(result.reason.isEmpty());
    else
        QVERIFY2(result.reason.contains(reason), qPrintable(result.reason));
}

void CatalogTest::knowsWhichFieldsExist()
{
    CampaignDocument model;
    model.dataModel.contactFields.append(
        { u"first_name"_s, FieldType::String, u"Maria"_s, QString() });
    model.environments.append(
        { u"Staging"_s, { { u"base_url"_s, u"https://x.test"_s, false, {} } }, {} });
    QVERIFY(DataSourceCatalog::fieldExists(DataSource::ContactField, u"first_name"_s, model));
    QVERIFY(!DataSourceCatalog::fieldExists(DataSource::ContactField, u"last_name"_s, model));
    QVERIFY(!DataSourceCatalog::fieldExists(DataSource::DynamicVariable, u"first_name"_s, model));
    QVERIFY(DataSourceCatalog::fieldExists(DataSource::CallLogField, u"call_sid"_s, model));
    QVERIFY(!DataSourceCatalog::fieldExists(DataSource::CallLogField, u"first_name"_s, model));
    QVERIFY(DataSourceCatalog::fieldExists(DataSource::Timestamp, u"now_unix"_s, model));
    QVERIFY(DataSourceCatalog::fieldExists(DataSource::DefaultValue, u"anything"_s, model));
    QVERIFY(DataSourceCatalog::fieldExists(DataSource::EnvironmentVariable, u"base_url"_s, model));
    QVERIFY(!DataSourceCatalog::fieldExists(DataSource::EnvironmentVariable, u"tenant"_s, model));
}

QTEST_GUILESS_MAIN(CatalogTest)
#include "CatalogTest.moc"
