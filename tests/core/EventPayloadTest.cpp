#include "io/EventPayload.h"

#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"
#include "templating/RequestRenderer.h"
#include "validation/DocumentValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// A user's own event body as the sample of its event: its fields by path,
// its secrets never kept, its values in renders, its place in the file.
class EventPayloadTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namesFieldsByTheirPath();
    void refusesWhatIsNotABody_data();
    void refusesWhatIsNotABody();
    void redactsSecretLookingValues();
    void readsTheEventABodyNames_data();
    void readsTheEventABodyNames();
    void typesFieldsByTheirValues();
    void drivesTheRenderOfItsEvent();
    void warnsOnEventsWithoutThePath();
    void givesEachEventItsOwnValue();
    void rebindsATemplateCompiledWithoutTheSamples();
    void roundTripsThroughTheFile();
    void redactsSecretsInAFileItLoads();
    void validatesTheSamples();

private:
    CampaignDocument withRetellSample() const;
    RenderedRequest render(const CampaignDocument& document, const QString& event) const;

    CampaignDocument m_sample;
    QJsonObject m_retell;
};

void EventPayloadTest::initTestCase()
{
    const LoadResult loaded = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(loaded.document);
    m_sample = *loaded.document;
    QFile file(TestPaths::dataFile(u"payloads/retell-call-ended.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const EventPayload::ReadResult read = EventPayload::read(file.readAll());
    QVERIFY2(read.payload, qPrintable(read.error));
    QCOMPARE(read.redacted, QStringList { u"$.call.metadata.access_token"_s });
    m_retell = *read.payload;
}

// CRM sync (call.ended) with the Retell body as call.ended's own sample and
// its sentiment mapped into the body.
CampaignDocument EventPayloadTest::withRetellSample() const
{
    CampaignDocument document = m_sample;
    document.sampleData.setEvent(
        EventPayload::sample(u"call.ended"_s, u"retell-call-ended.json"_s, m_retell));
    WebhookConfig& crm = document.webhooks[0];
    crm.body = u"{\"sentiment\": \"{{sentiment}}\", \"renewal\": {{renewal}}, "
               "\"turns\": {{turns}}, \"to\": \"{{to_number}}\", \"id\": \"{{call_id}}\"}"_s;
    crm.mappings.append(
        { u"sentiment"_s, DataSource::EventPayload, u"call.call_analysis.user_sentiment"_s, {} });
    crm.mappings.append({ u"renewal"_s, DataSource::EventPayload,
        u"call.call_analysis.custom_analysis_data.renewal_agreed"_s, {} });
    crm.mappings.append({ u"turns"_s, DataSource::EventPayload, u"call.transcript_object"_s, {} });
    return document;
}

RenderedRequest EventPayloadTest::render(
    const CampaignDocument& document, const QString& event) const
{
    const EventContext context
        = EventContext::build(document, *EventCatalog::find(event), EventContext::Options());
    return RequestRenderer::render(
        RequestTemplate(document.webhooks[0], context.layout()), context);
}

void EventPayloadTest::namesFieldsByTheirPath()
{
    const QJsonObject payload = QJsonDocument::fromJson(R"({
        "a": {"b": {"c": 1}, "list": [1, {"d": 2}], "empty": {}},
        "x-key": {"v": true}, "n": null, "s": "t"})")
                                    .object();
    QStringList names;
    QList<QJsonValue> values;
    for (const FieldDefinition& field : EventPayload::fields(payload)) {
        names.append(field.name);
        values.append(field.sample);
    }
    // Arrays are one value; an empty object gives nothing; keys that are
    // not identifiers are quoted as in a JSON path.
    QCOMPARE(names, QStringList({ u"a.b.c"_s, u"a.list"_s, u"n"_s, u"s"_s, u"[\"x-key\"].v"_s }));
    QCOMPARE(values.at(1), QJsonValue(QJsonArray { 1, QJsonObject { { u"d"_s, 2 } } }));
    QCOMPARE(values.at(2), QJsonValue(QJsonValue::Null));
}

void EventPayloadTest::refusesWhatIsNotABody_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray(" \n") << u"The payload is empty"_s;
    QTest::newRow("broken")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": ]\n}")
        << u"not valid JSON: object is missing after a comma at line 3, column 8."_s;
    QTest::newRow("array") << QByteArray("[1, 2]")
                           << u"An event body is a JSON object; this is an array."_s;
    QTest::newRow("too big") << QByteArray("{\"a\": \"" + QByteArray(EventPayload::kMaxBytes, 'x')
        + "\"}") << u"an own sample can be at most 1 MiB"_s;
    QByteArray many = "{";
    for (int i = 0; i <= EventPayload::kMaxFields; ++i)
        many += (i ? ",\"f" : "\"f") + QByteArray::number(i) + "\": " + QByteArray::number(i);
    QTest::newRow("too many fields") << QByteArray(
        many + "}") << u"The payload has 2001 fields; an own sample can have at most 2000."_s;
}

void EventPayloadTest::refusesWhatIsNotABody()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const EventPayload::ReadResult read = EventPayload::read(bytes);
    QVERIFY(!read.payload);
    QVERIFY2(read.error.contains(error), qPrintable(read.error));
}

void EventPayloadTest::redactsSecretLookingValues()
{
    const QJsonObject payload = QJsonDocument::fromJson(R"({
        "access_token": "sk_live_1", "X-Api-Key": "k", "auth": {"clientSecret": "s"},
        "api_keys": ["a", "b"], "signing_key": {"id": 7}, "pin_password": 1234,
        "headers": [{"name": "Authorization", "value": "Basic dTpw"},
                    {"name": "Accept", "value": "*/*"}],
        "note": "Bearer abc.def", "jwt": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
        "recording_url": "https://s3.example.com/r.wav?X-Amz-Signature=abc&part=2",
        "token_count": 12, "tokenizer": "bpe", "empty_secret": null, "plan": "Basic Premium"})")
                                    .object();
    QStringList redacted;
    const QJsonObject safe = EventPayload::redacted(payload, &redacted);
    redacted.sort();
    QCOMPARE(redacted,
        QStringList({ u"$.access_token"_s, u"$.api_keys"_s, u"$.auth.clientSecret"_s,
            u"$.headers[0].value"_s, u"$.jwt"_s, u"$.note"_s, u"$.pin_password"_s,
            u"$.recording_url"_s, u"$.signing_key"_s, u"$[\"X-Api-Key\"]"_s }));
    const QString gone = EventPayload::redactedText();
    QCOMPARE(safe.value(u"api_keys"_s).toString(), gone); // the whole list
    QCOMPARE(safe.value(u"signing_key"_s).toString(), gone); // the whole object
    QCOMPARE(safe.value(u"pin_password"_s).toString(), gone); // numbers too
    QCOMPARE(safe.value(u"headers"_s)[0][u"name"_s].toString(), u"Authorization"_s);
    QCOMPARE(safe.value(u"headers"_s)[1][u"value"_s].toString(), u"*/*"_s);
    // A signed link keeps its address, not its signature.
    QCOMPARE(safe.value(u"recording_url"_s).toString(),
        u"https://s3.example.com/r.wav?X-Amz-Signature=%3Credacted%3E&part=2"_s);
    // Not secret keys, nor credentials by their form: kept.
    QCOMPARE(safe.value(u"token_count"_s), QJsonValue(12));
    QCOMPARE(safe.value(u"tokenizer"_s).toString(), u"bpe"_s);
    QCOMPARE(safe.value(u"plan"_s).toString(), u"Basic Premium"_s);
    QVERIFY(safe.value(u"empty_secret"_s).isNull());
    // Redacting again changes nothing and reports nothing.
    redacted.clear();
    QCOMPARE(EventPayload::redacted(safe, &redacted), safe);
    QVERIFY(redacted.isEmpty());
}

void EventPayloadTest::readsTheEventABodyNames_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("event");
    QTest::newRow("ours") << QByteArray(R"({"event": "call.ended"})") << u"call.ended"_s;
    QTest::newRow("underscore") << QByteArray(R"({"event": "call_ended"})") << u"call.ended"_s;
    QTest::newRow("keeps its underscore")
        << QByteArray(R"({"event": "campaign.quota_reached"})") << u"campaign.quota_reached"_s;
    QTest::newRow("analyzed") << QByteArray(R"({"event": "call_analyzed"})") << u"call.ended"_s;
    QTest::newRow("vapi") << QByteArray(R"({"message": {"type": "end-of-call-report"}})")
                          << u"call.ended"_s;
    QTest::newRow("type") << QByteArray(R"({"type": "call.failed"})") << u"call.failed"_s;
    QTest::newRow("unknown") << QByteArray(R"({"event": "call.exploded"})") << QString();
    QTest::newRow("silent") << QByteArray(R"({"call": {}})") << QString();
}

void EventPayloadTest::readsTheEventABodyNames()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, event);
    QStringList names;
    for (const EventInfo& info : EventCatalog::events())
        names.append(info.name);
    QCOMPARE(EventPayload::eventName(QJsonDocument::fromJson(body).object(), names), event);
}

void EventPayloadTest::typesFieldsByTheirValues()
{
    QCOMPARE(EventPayload::typeOf(u"2026-12-03T10:00:00Z"_s), FieldType::DateTime);
    QCOMPARE(EventPayload::typeOf(u"Positive"_s), FieldType::String);
    QCOMPARE(EventPayload::typeOf(70), FieldType::Number);
    QCOMPARE(EventPayload::typeOf(true), FieldType::Boolean);
    QCOMPARE(EventPayload::typeOf(QJsonArray { 1 }), FieldType::Object);
    QCOMPARE(EventPayload::typeOf(QJsonValue()), FieldType::String);
}

void EventPayloadTest::drivesTheRenderOfItsEvent()
{
    const RenderedRequest request = render(withRetellSample(), u"call.ended"_s);
    QVERIFY(request.problems.isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"sentiment"_s).toString(), u"Positive"_s);
    QCOMPARE(body.value(u"renewal"_s), QJsonValue(true));
    QCOMPARE(body.value(u"turns"_s).toArray().size(), 2);
    // Known fields of its "call" object replace the built-in sample call's.
    QCOMPARE(body.value(u"to"_s).toString(), u"+12137774445"_s);
    QCOMPARE(body.value(u"id"_s).toString(), u"Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6"_s);
    // …in the standard envelope too.
    const EventContext context = EventContext::build(
        withRetellSample(), *EventCatalog::find(u"call.ended"_s), EventContext::Options());
    const QJsonObject envelope = QJsonDocument::fromJson(context.envelope()).object();
    QCOMPARE(envelope[u"data"_s][u"call"_s][u"to_number"_s].toString(), u"+12137774445"_s);
    // Overrides still have the last word.
    EventContext::Options options;
    options.overrides.values.insert(
        DataSource::CallLogField, QJsonObject { { u"to_number"_s, u"+10000000000"_s } });
    const CampaignDocument document = withRetellSample();
    const EventContext overridden
        = EventContext::build(document, *EventCatalog::find(u"call.ended"_s), options);
    const RenderedRequest again = RequestRenderer::render(
        RequestTemplate(document.webhooks[0], overridden.layout()), overridden);
    QVERIFY(again.body.contains("\"to\": \"+10000000000\""));
}

void EventPayloadTest::warnsOnEventsWithoutThePath()
{
    CampaignDocument document = withRetellSample();
    document.webhooks[0].events = QStringList { u"call.ended"_s, u"call.failed"_s };
    const RenderedRequest failed = render(document, u"call.failed"_s);
    QStringList codes;
    for (const TemplateProblem& problem : failed.problems)
        codes.append(problem.code);
    QCOMPARE(codes,
        QStringList({ u"template.payload-missing"_s, u"template.payload-missing"_s,
            u"template.payload-missing"_s }));
    QVERIFY(failed.isSendable());
    QVERIFY(failed.body.contains("\"renewal\": null"));
    const QList<Problem> problems = DocumentValidator::validate(document);
    const auto unavailable
        = std::count_if(problems.cbegin(), problems.cend(), [](const Problem& problem) {
              return problem.code == u"mapping.unavailable"
                  && problem.message.contains(u"only another event's own sample has it"_s);
          });
    QCOMPARE(unavailable, 3);

    // Without any own sample, the paths do not exist at all.
    document.sampleData.events.clear();
    const RenderedRequest none = render(document, u"call.ended"_s);
    QVERIFY(!none.isSendable());
    QCOMPARE(none.problems.first().code, u"template.field-unknown"_s);
    QVERIFY(none.problems.first().message.contains(u"Campaign › Sample Data"_s));
}

// Two events whose samples share a path with different values and types.
void EventPayloadTest::givesEachEventItsOwnValue()
{
    CampaignDocument document = withRetellSample();
    document.webhooks[0].events = QStringList { u"call.ended"_s, u"call.failed"_s };
    QJsonObject failed = m_retell;
    QJsonObject call = failed.value(u"call"_s).toObject();
    call.insert(u"call_analysis"_s, QJsonObject { { u"user_sentiment"_s, 0 } });
    failed.insert(u"call"_s, call);
    document.sampleData.setEvent(EventPayload::sample(u"call.failed"_s, QString(), failed));
    QVERIFY(render(document, u"call.ended"_s).body.contains("\"sentiment\": \"Positive\""));
    QVERIFY(render(document, u"call.failed"_s).body.contains("\"sentiment\": \"0\""));
    QCOMPARE(document.sampleData.eventsWith(u"call.call_analysis.user_sentiment"_s),
        QStringList({ u"call.ended"_s, u"call.failed"_s }));
}

// Compiled before the sample was added (no slot for its paths): the
// renderer binds again by name against the context's layout.
void EventPayloadTest::rebindsATemplateCompiledWithoutTheSamples()
{
    const CampaignDocument document = withRetellSample();
    const RequestTemplate compiled(document.webhooks[0]);
    const EventContext context = EventContext::build(
        document, *EventCatalog::find(u"call.ended"_s), EventContext::Options());
    const RenderedRequest request = RequestRenderer::render(compiled, context);
    QVERIFY(request.problems.isEmpty());
    QVERIFY(request.body.contains("\"sentiment\": \"Positive\""));
}

void EventPayloadTest::roundTripsThroughTheFile()
{
    const CampaignDocument document = withRetellSample();
    const QByteArray json = DocumentWriter::toJson(document);
    QVERIFY(json.contains("\"version\": 3"));
    QVERIFY(json.contains("\"origin\": \"retell-call-ended.json\""));
    QVERIFY(!json.contains("\"callLog\""));
    const LoadResult loaded = DocumentReader::readBytes(json);
    QVERIFY2(loaded.document, qPrintable(loaded.problems.value(0).message));
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(*loaded.document, document);
    QCOMPARE(loaded.document->sampleData.events.first().fields,
        document.sampleData.events.first().fields);

    // Whatever reached the document unredacted, the file never holds it.
    CampaignDocument leaky = document;
    QJsonObject payload = m_retell;
    payload.insert(u"api_key"_s, u"sk_live_51Hx"_s);
    leaky.sampleData.setEvent(EventPayload::sample(u"call.ended"_s, QString(), payload));
    QVERIFY(!DocumentWriter::toJson(leaky).contains("sk_live_51Hx"));
}

void EventPayloadTest::redactsSecretsInAFileItLoads()
{
    QJsonObject root = QJsonDocument::fromJson(DocumentWriter::toJson(m_sample)).object();
    root.insert(u"sampleData"_s,
        QJsonObject { { u"events"_s,
            QJsonArray { QJsonObject { { u"event"_s, u"call.ended"_s },
                { u"payload"_s, QJsonObject { { u"api_key"_s, u"live_123"_s } } } } } } });
    const LoadResult loaded = DocumentReader::readBytes(QJsonDocument(root).toJson());
    QVERIFY(loaded.document);
    QCOMPARE(loaded.problems.size(), 1);
    QCOMPARE(loaded.problems.first().path, u"$.sampleData.events[0].payload.api_key"_s);
    QVERIFY(loaded.problems.first().message.contains(u"save the campaign"_s));
    QCOMPARE(loaded.problems.first().code, u"sample.secret-redacted"_s);
    QCOMPARE(loaded.document->sampleData.events.first().payload.value(u"api_key"_s).toString(),
        EventPayload::redactedText());
}

void EventPayloadTest::validatesTheSamples()
{
    CampaignDocument document = m_sample;
    document.sampleData.events = { EventPayload::sample(u"call.ended"_s, QString(), m_retell),
        EventPayload::sample(u"call.ended"_s, QString(), QJsonObject()),
        EventPayload::sample(u"call.exploded"_s, QString(), QJsonObject()) };
    QStringList found;
    for (const Problem& problem : DocumentValidator::validate(document)) {
        if (problem.path.startsWith(u"$.sampleData"_s))
            found.append(problem.path + u' ' + problem.code);
    }
    QCOMPARE(found,
        QStringList({ u"$.sampleData.events[1].event sample.event-duplicate"_s,
            u"$.sampleData.events[2].event sample.event-unknown"_s }));
}

QTEST_GUILESS_MAIN(EventPayloadTest)
#include "EventPayloadTest.moc"
