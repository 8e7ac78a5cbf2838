#include "templating/RequestRenderer.h"

#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "io/DocumentReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class RequestRendererTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersTheSampleCrmWebhook();
    void sendsTheEnvelopeOnlyForAnEmptyJsonBody();
    void encodesUrlComponents();
    void insertsALeadingPlaceholderVerbatim();
    void refusesHeaderValuesWithLineBreaks_data();
    void refusesHeaderValuesWithLineBreaks();
    void reportsUnmappedVariablesWithPositions();
    void reportsFieldsTheEventCannotProvide();
    void reportsMappingsToMissingFields();
    void reportsInvalidJsonBodies();
    void sendsTheEnvelopeWithoutABodyTemplate();
    void sendsNoEnvelopeForGetOrDelete();
    void keepsExplicitContentTypeAndUserAgent();
    void skipsDisabledHeaders();
    void rendersFormAndTextBodies();
    void resolvesBuiltInsDefaultsAndTimestamps();
    void appliesSampleOverrides();
    void rendersAMegabyteTranscript();
    void slotsGiveWhatNamesGive();
    void aChangedDataModelIsBoundAgain();

private:
    RenderedRequest render(const WebhookConfig& webhook, const QString& event = u"call.ended"_s,
        const SampleOverrides& overrides = {}) const;
    static WebhookConfig webhookWith(const QString& body, const QList<VariableMapping>& mappings);

    CampaignDocument m_sample;
};

void RequestRendererTest::initTestCase()
{
    const LoadResult result = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(result.document);
    m_sample = *result.document;
}

RenderedRequest RequestRendererTest::render(
    const WebhookConfig& webhook, const QString& event, const SampleOverrides& overrides) const
{
    EventContext::Options options;
    options.eventId = u"evt_0123456789abcdefghjkmnpq"_s;
    options.timestamp = QDateTime::fromString(u"2026-11-27T14:06:24Z"_s, Qt::ISODate);
    options.overrides = overrides;
    const EventContext context = EventContext::build(m_sample, *EventCatalog::find(event), options);
    return RequestRenderer::render(RequestTemplate(webhook), context);
}

WebhookConfig RequestRendererTest::webhookWith(
    const QString& body, const QList<VariableMapping>& mappings)
{
    WebhookConfig webhook;
    webhook.name = u"Test"_s;
    webhook.url = u"https://hooks.example.com/in"_s;
    webhook.body = body;
    webhook.mappings = mappings;
    return webhook;
}

void RequestRendererTest::rendersTheSampleCrmWebhook()
{
    const RenderedRequest request = render(m_sample.webhooks.first());
    QVERIFY(request.problems.isEmpty());
    QVERIFY(request.isSendable());
    QCOMPARE(request.method, HttpMethod::Post);
    QCOMPARE(request.url, u"http://127.0.0.1:8787/crm/v2/contacts/0035e00000XyZ12AAB/calls"_s);
    QCOMPARE(request.header(u"authorization"), u"${CRM_API_TOKEN}"_s);
    QCOMPARE(request.header(u"Idempotency-Key"), u"evt_0123456789abcdefghjkmnpq"_s);
    QCOMPARE(request.header(u"Content-Type"), u"application/json"_s);
    QCOMPARE(
        request.header(u"User-Agent"), u"WebhookStudio/"_s + QStringLiteral(WEBHOOKSTUDIO_VERSION));

    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(body.value(u"contact"_s)[u"name"_s].toString(), u"Maria Okafor"_s);
    QCOMPARE(body.value(u"call"_s)[u"duration_seconds"_s], QJsonValue(247));
    QCOMPARE(body.value(u"outcome"_s)[u"interested"_s], QJsonValue(true));
    QCOMPARE(body.value(u"outcome"_s)[u"follow_up"_s][u"owner"_s].toString(), u"renewals-team"_s);
    // The template's own layout is kept byte for byte around the values.
    QVERIFY(request.body.startsWith(
        "{\n  \"external_id\": \"call_7f3a9c2e41b84d0e9a6f5c1d2b8e4a70\",\n"));
}

// What curl -d '' and -X POST send: an empty form is a form, empty text
// is no body; only an empty JSON body stands for the envelope.
void RequestRendererTest::sendsTheEnvelopeOnlyForAnEmptyJsonBody()
{
    WebhookConfig webhook = m_sample.webhooks.at(0);
    webhook.body.clear();
    webhook.headers.clear();
    const RenderedRequest json = render(webhook);
    QVERIFY(json.usesEnvelope);
    QVERIFY(json.body.startsWith("{\"event\":\"call.ended\""));
    QCOMPARE(json.header(u"Content-Type"_s), u"application/json"_s);

    webhook.contentType = BodyContentType::Form;
    const RenderedRequest form = render(webhook);
    QVERIFY(!form.usesEnvelope);
    QVERIFY(form.body.isEmpty());
    QCOMPARE(form.header(u"Content-Type"_s), u"application/x-www-form-urlencoded"_s);

    webhook.contentType = BodyContentType::Text;
    const RenderedRequest text = render(webhook);
    QVERIFY(!text.usesEnvelope);
    QVERIFY(text.body.isEmpty());
    QVERIFY(text.header(u"Content-Type"_s).isEmpty());

    webhook.method = HttpMethod::Get; // no body expected: no type either
    webhook.contentType = BodyContentType::Form;
    QVERIFY(render(webhook).header(u"Content-Type"_s).isEmpty());
}

void RequestRendererTest::encodesUrlComponents()
{
    WebhookConfig webhook = webhookWith(
        QString(), { { u"q"_s, DataSource::DefaultValue, QString(), u"a&b=c#d%e/f?g h+ü"_s } });
    webhook.method = HttpMethod::Get;
    webhook.url = u"https://example.com/search/{{q}}?term={{q}}&x=1"_s;
    const RenderedRequest request = render(webhook);
    QVERIFY(request.isSendable());
    QCOMPARE(request.url,
        u"https://example.com/search/a%26b%3Dc%23d%25e%2Ff%3Fg%20h%2B%C3%BC"
        "?term=a%26b%3Dc%23d%25e%2Ff%3Fg%20h%2B%C3%BC&x=1"_s);
    const QUrl url(request.url);
    QCOMPARE(url.path(QUrl::FullyDecoded), u"/search/a&b=c#d%e/f?g h+ü"_s);
    QCOMPARE(QUrlQuery(url).queryItemValue(u"term"_s, QUrl::FullyDecoded), u"a&b=c#d%e/f?g h+ü"_s);
    QCOMPARE(QUrlQuery(url).queryItems().size(), 2);
}

void RequestRendererTest::insertsALeadingPlaceholderVerbatim()
{
    WebhookConfig webhook = webhookWith(QString(),
        { { u"base"_s, DataSource::DefaultValue, QString(), u"http://127.0.0.1:8080/hooks"_s },
            { u"id"_s, DataSource::DefaultValue, QString(), u"a/b"_s } });
    webhook.url = u"{{base}}/calls/{{id}}"_s;
    QCOMPARE(render(webhook).url, u"http://127.0.0.1:8080/hooks/calls/a%2Fb"_s);

    webhook.mappings[0].value = u"not a url"_s;
    const RenderedRequest broken = render(webhook);
    QVERIFY(!broken.isSendable());
    QCOMPARE(broken.problems.first().code, u"template.url"_s);
    QCOMPARE(broken.problems.first().part, TemplateProblem::Part::Url);
}

void RequestRendererTest::refusesHeaderValuesWithLineBreaks_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("character");
    QTest::newRow("CRLF") << u"x\r\nX-Admin: true"_s << u"carriage return"_s;
    QTest::newRow("LF") << u"x\nSet-Cookie: a=b"_s << u"line feed"_s;
    QTest::newRow("NUL") << QString::fromUtf16(u"x\0y", 3) << u"NUL"_s;
}

void RequestRendererTest::refusesHeaderValuesWithLineBreaks()
{
    QFETCH(QString, value);
    QFETCH(QString, character);
    CampaignDocument document = m_sample;
    document.dataModel.contactFields[0].sample = value;
    WebhookConfig webhook = webhookWith(
        u"{}"_s, { { u"name"_s, DataSource::ContactField, u"first_name"_s, QString() } });
    webhook.headers = { { u"X-Contact"_s, u"Dear {{name}}"_s, true, false } };

    const EventContext context
        = EventContext::build(document, *EventCatalog::find(u"call.ended"_s), {});
    const RenderedRequest request = RequestRenderer::render(RequestTemplate(webhook), context);
    QVERIFY(!request.isSendable());
    QCOMPARE(request.problems.size(), 1);
    const TemplateProblem& problem = request.problems.first();
    QCOMPARE(problem.code, u"template.header-injection"_s);
    QCOMPARE(problem.part, TemplateProblem::Part::HeaderValue);
    QCOMPARE(problem.headerIndex, 0);
    QCOMPARE(problem.variable, u"name"_s);
    QCOMPARE(problem.position.column, 6);
    QVERIFY(problem.message.contains(character));
    QVERIFY(problem.message.contains(u"nothing is sent"_s));
    QCOMPARE(problem.path(JsonPath().key(u"webhooks").index(3)).toString(),
        u"$.webhooks[3].request.headers[0].value"_s);
}

void RequestRendererTest::reportsUnmappedVariablesWithPositions()
{
    WebhookConfig webhook = webhookWith(u"{\n  \"a\": \"{{mapped}}\",\n  \"b\": {{missing}}\n}"_s,
        { { u"mapped"_s, DataSource::DefaultValue, QString(), QString() } });
    webhook.url = u"https://example.com/{{other}}"_s;
    const RenderedRequest request = render(webhook);
    QVERIFY(!request.isSendable());
    QCOMPARE(request.problems.size(), 2);
    QCOMPARE(request.problems.at(0).part, TemplateProblem::Part::Url);
    QCOMPARE(request.problems.at(0).variable, u"other"_s);
    QCOMPARE(request.problems.at(0).position.column, 21);
    const TemplateProblem& body = request.problems.at(1);
    QCOMPARE(body.code, u"template.unmapped"_s);
    QCOMPARE(body.variable, u"missing"_s);
    QCOMPARE(body.position.line, 3);
    QCOMPARE(body.position.column, 8);
    QCOMPARE(body.length, 11);
    QCOMPARE(body.message,
        u"{{missing}} is not mapped to any data: map it to a field or a default value."_s);
    QCOMPARE(body.toProblem(JsonPath().key(u"webhooks").index(0)).toString(),
        u"$.webhooks[0].request.body: error: Line 3, column 8: {{missing}} is not mapped to any "
        "data: map it to a field or a default value."_s);
}

void RequestRendererTest::reportsFieldsTheEventCannotProvide()
{
    const WebhookConfig webhook = webhookWith(u"{\"id\": \"{{call}}\", \"n\": {{dur}}}"_s,
        { { u"call"_s, DataSource::CallLogField, u"call_id"_s, QString() },
            { u"dur"_s, DataSource::CallLogField, u"duration_seconds"_s, QString() } });
    const RenderedRequest campaign = render(webhook, u"campaign.started"_s);
    // Warnings, not errors: the request goes out with empty values.
    QVERIFY(campaign.isSendable());
    QCOMPARE(campaign.problems.size(), 2);
    QCOMPARE(campaign.problems.first().code, u"template.unavailable"_s);
    QCOMPARE(campaign.problems.first().severity, Severity::Warning);
    QVERIFY(campaign.problems.first().message.startsWith(
        u"{{call}} has no value on campaign.started: campaign.started is a campaign event"_s));
    QCOMPARE(campaign.body, QByteArray("{\"id\": \"\", \"n\": null}"));

    const RenderedRequest started = render(webhook, u"call.started"_s);
    QCOMPARE(started.problems.size(), 1);
    QCOMPARE(started.problems.first().variable, u"dur"_s);
    QCOMPARE(render(webhook, u"call.failed"_s).body,
        QByteArray("{\"id\": \"call_7f3a9c2e41b84d0e9a6f5c1d2b8e4a70\", \"n\": 0}"));
}

void RequestRendererTest::reportsMappingsToMissingFields()
{
    const WebhookConfig webhook = webhookWith(
        u"{\"x\": {{x}}}"_s, { { u"x"_s, DataSource::ContactField, u"nickname"_s, QString() } });
    const RenderedRequest request = render(webhook);
    QVERIFY(!request.isSendable());
    QCOMPARE(request.problems.first().code, u"template.field-unknown"_s);
    QVERIFY(request.problems.first().message.contains(u"Contact Field \"nickname\""_s));
}

void RequestRendererTest::reportsInvalidJsonBodies()
{
    const WebhookConfig webhook = webhookWith(u"{\n  \"a\": {{x}}\n  \"b\": 1\n}"_s,
        { { u"x"_s, DataSource::DefaultValue, QString(), u"1"_s } });
    const RenderedRequest request = render(webhook);
    QVERIFY(!request.isSendable());
    QCOMPARE(request.problems.size(), 1);
    QCOMPARE(request.problems.first().code, u"template.json"_s);
    QCOMPARE(request.problems.first().position.line, 3);
    QCOMPARE(request.problems.first().position.column, 3);

    // Placeholder syntax errors are reported too.
    const RenderedRequest malformed = render(webhookWith(u"{\"a\": \"{{ no good }}\"}"_s, {}));
    QCOMPARE(malformed.problems.size(), 1);
    QCOMPARE(malformed.problems.first().code, u"template.syntax"_s);
    QCOMPARE(malformed.problems.first().position.column, 8);
}

void RequestRendererTest::sendsTheEnvelopeWithoutABodyTemplate()
{
    for (const HttpMethod method : { HttpMethod::Post, HttpMethod::Put }) {
        WebhookConfig webhook = webhookWith(QString(), {});
        webhook.method = method;
        const RenderedRequest request = render(webhook);
        QVERIFY(request.usesEnvelope);
        QCOMPARE(request.header(u"Content-Type"), u"application/json"_s);
        const QJsonObject envelope = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(
            envelope.keys(), QStringList({ u"data"_s, u"event"_s, u"event_id"_s, u"timestamp"_s }));
        QVERIFY(request.body.startsWith("{\"event\":\"call.ended\",\"event_id\":\"evt_"));
        QCOMPARE(envelope.value(u"timestamp"_s).toString(), u"2026-11-27T14:06:24Z"_s);
        const QJsonObject data = envelope.value(u"data"_s).toObject();
        QCOMPARE(data.value(u"call"_s)[u"to_number"_s].toString(), u"+16465550178"_s);
        QCOMPARE(data.value(u"contact"_s)[u"first_name"_s].toString(), u"Maria"_s);
        QCOMPARE(data.value(u"post_call_outcomes"_s)[u"lead_score"_s], QJsonValue(87));
    }
}

void RequestRendererTest::sendsNoEnvelopeForGetOrDelete()
{
    for (const HttpMethod method : { HttpMethod::Get, HttpMethod::Delete }) {
        WebhookConfig webhook = webhookWith(QString(), {});
        webhook.method = method;
        const RenderedRequest request = render(webhook);
        QVERIFY(!request.usesEnvelope);
        QVERIFY(request.body.isEmpty());
        QVERIFY(request.header(u"Content-Type").isEmpty());
    }
    // A DELETE with a body template sends it.
    WebhookConfig withBody = webhookWith(u"{\"reason\": \"quota\"}"_s, {});
    withBody.method = HttpMethod::Delete;
    QCOMPARE(render(withBody).body, QByteArray("{\"reason\": \"quota\"}"));
}

void RequestRendererTest::keepsExplicitContentTypeAndUserAgent()
{
    WebhookConfig webhook = webhookWith(u"{}"_s, {});
    webhook.headers = { { u"content-type"_s, u"application/vnd.crm+json"_s, true, false },
        { u"User-Agent"_s, u"CampaignBot/2"_s, true, false } };
    const RenderedRequest request = render(webhook);
    QCOMPARE(request.headers.size(), 2);
    QCOMPARE(request.header(u"Content-Type"), u"application/vnd.crm+json"_s);
    QCOMPARE(request.header(u"user-agent"), u"CampaignBot/2"_s);
}

void RequestRendererTest::skipsDisabledHeaders()
{
    WebhookConfig webhook = webhookWith(u"{}"_s, {});
    webhook.headers
        = { { u"X-Off"_s, u"{{unmapped}}"_s, false, false }, { u"X-On"_s, u"1"_s, true, false } };
    const RenderedRequest request = render(webhook);
    QVERIFY(request.problems.isEmpty());
    QVERIFY(request.header(u"X-Off").isEmpty());
    QCOMPARE(request.header(u"X-On"), u"1"_s);
    QCOMPARE(RequestTemplate(webhook).variables(), QStringList());
}

void RequestRendererTest::rendersFormAndTextBodies()
{
    WebhookConfig form = webhookWith(u"name={{name}}&note={{note}}&n={{n}}"_s,
        { { u"name"_s, DataSource::DefaultValue, QString(), u"Zoë & Co"_s },
            { u"note"_s, DataSource::DefaultValue, QString(), u"a=b+c"_s },
            { u"n"_s, DataSource::CallLogField, u"duration_seconds"_s, QString() } });
    form.contentType = BodyContentType::Form;
    const RenderedRequest formRequest = render(form);
    QCOMPARE(formRequest.body, QByteArray("name=Zo%C3%AB+%26+Co&note=a%3Db%2Bc&n=247"));
    QCOMPARE(formRequest.header(u"Content-Type"), u"application/x-www-form-urlencoded"_s);

    WebhookConfig text = form;
    text.contentType = BodyContentType::Text;
    text.body = u"{{name}} said: {{note}} ({{n}} s)"_s;
    const RenderedRequest textRequest = render(text);
    QCOMPARE(QString::fromUtf8(textRequest.body), u"Zoë & Co said: a=b+c (247 s)"_s);
    QCOMPARE(textRequest.header(u"Content-Type"), u"text/plain; charset=utf-8"_s);
}

void RequestRendererTest::resolvesBuiltInsDefaultsAndTimestamps()
{
    const WebhookConfig webhook = webhookWith(
        u"[\"{{event}}\", \"{{event_id}}\", \"{{timestamp}}\", \"{{self}}\", \"{{lit}}\", "
        "{{unix}}, {{ms}}, \"{{started}}\"]"_s,
        { { u"self"_s, DataSource::DefaultValue, QString(), QString() },
            { u"lit"_s, DataSource::DefaultValue, QString(), u"fixed"_s },
            { u"unix"_s, DataSource::Timestamp, u"now_unix"_s, QString() },
            { u"ms"_s, DataSource::Timestamp, u"now_unix_ms"_s, QString() },
            { u"started"_s, DataSource::Timestamp, u"call_started_at"_s, QString() } });
    const QJsonArray values
        = QJsonDocument::fromJson(render(webhook, u"call.started"_s).body).array();
    QCOMPARE(values.at(0).toString(), u"call.started"_s);
    QCOMPARE(values.at(1).toString(), u"evt_0123456789abcdefghjkmnpq"_s);
    QCOMPARE(values.at(2).toString(), u"2026-11-27T14:06:24Z"_s);
    QCOMPARE(values.at(3).toString(), u"self"_s);
    QCOMPARE(values.at(4).toString(), u"fixed"_s);
    QCOMPARE(values.at(5).toInteger(), 1795788384);
    QCOMPARE(values.at(6).toInteger(), 1795788384000);
    QCOMPARE(values.at(7).toString(), u"2026-11-27T14:02:15Z"_s);
}

void RequestRendererTest::appliesSampleOverrides()
{
    QList<Problem> problems;
    const SampleOverrides overrides = SampleOverrides::fromJson(
        QJsonDocument::fromJson(R"({"callLog": {"duration_seconds": 61, "nope": 1},
            "contactFields": {"first_name": "Zoë"}})")
            .object(),
        m_sample.dataModel, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().path, u"$.callLog.nope"_s);
    const QJsonObject body = QJsonDocument::fromJson(
        render(m_sample.webhooks.first(), u"call.ended"_s, overrides).body)
                                 .object();
    QCOMPARE(body.value(u"call"_s)[u"duration_seconds"_s], QJsonValue(61));
    QCOMPARE(body.value(u"contact"_s)[u"name"_s].toString(), u"Zoë Okafor"_s);

    problems.clear();
    SampleOverrides::fromJson(QJsonDocument::fromJson(R"({"calls": {}, "callLog": 3})").object(),
        m_sample.dataModel, &problems);
    QCOMPARE(problems.size(), 2);
    QVERIFY(containsErrors(problems));
}

void RequestRendererTest::rendersAMegabyteTranscript()
{
    QString transcript;
    while (transcript.size() < 1024 * 1024)
        transcript += u"Agent: \"Quote\" \\ back — 😀\nUser: ok\t\n"_s;
    SampleOverrides overrides;
    overrides.values.insert(
        DataSource::CallLogField, QJsonObject { { u"transcript"_s, transcript } });
    const WebhookConfig webhook = webhookWith(u"{\"t\": \"Transcript: {{t}}\", \"raw\": {{t}}}"_s,
        { { u"t"_s, DataSource::CallLogField, u"transcript"_s, QString() } });
    const RenderedRequest request = render(webhook, u"call.ended"_s, overrides);
    QVERIFY(request.isSendable());
    QVERIFY(request.body.size() > 2 * 1024 * 1024);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value(u"raw"_s).toString(), transcript);
    QCOMPARE(body.value(u"t"_s).toString(), u"Transcript: "_s + transcript);
}

namespace {
EventContext fixedContext(const CampaignDocument& document, const EventInfo& event)
{
    EventContext::Options options;
    options.eventId = u"evt_0123456789abcdefghjkmnpq"_s;
    options.timestamp = QDateTime::fromString(u"2026-11-27T14:06:24Z"_s, Qt::ISODate);
    return EventContext::build(document, event, options);
}

// Everything a render produces, for comparing two renders.
QString describe(const RenderedRequest& request)
{
    QString text = request.url + u'\n';
    for (const RenderedRequest::Header& header : request.headers)
        text += header.name + u": "_s + header.value + u'\n';
    text += QString::fromUtf8(request.body) + u'\n';
    for (const TemplateProblem& problem : request.problems)
        text += problem.code + u' ' + problem.message + u'\n';
    return text;
}
} // namespace

// A template compiled against the context's layout reads slots; one compiled
// without it binds by name at render time. Both must render the same bytes
// and problems for every webhook and event of the sample.
void RequestRendererTest::slotsGiveWhatNamesGive()
{
    for (const WebhookConfig& webhook : std::as_const(m_sample.webhooks)) {
        for (const EventInfo& event : EventCatalog::events()) {
            const EventContext context = fixedContext(m_sample, event);
            const RequestTemplate bound(webhook, context.layout());
            QVERIFY(bound.layout().hasSameSlots(context.layout()));
            const RequestTemplate unbound(webhook);
            QVERIFY(!unbound.layout().hasSameSlots(context.layout()));
            QCOMPARE(describe(RequestRenderer::render(bound, context)),
                describe(RequestRenderer::render(unbound, context)));
        }
    }
}

// A field declared before the mapped one moves every slot after it: a
// template compiled before the change must still find its fields.
void RequestRendererTest::aChangedDataModelIsBoundAgain()
{
    const WebhookConfig webhook = m_sample.webhooks.at(m_sample.indexOfWebhook(u"CRM sync"_s));
    const EventInfo& event = *EventCatalog::find(u"call.ended"_s);
    const RequestTemplate compiled(webhook, FieldLayout(m_sample));
    const QString before
        = describe(RequestRenderer::render(compiled, fixedContext(m_sample, event)));

    CampaignDocument changed = m_sample;
    changed.dataModel.contactFields.prepend(
        { u"nickname"_s, FieldType::String, u"Mia"_s, QString() });
    const EventContext context = fixedContext(changed, event);
    QVERIFY(!compiled.layout().hasSameSlots(context.layout()));
    QCOMPARE(describe(RequestRenderer::render(compiled, context)), before);
    QVERIFY(before.contains(u"\"name\": \"Maria Okafor\""_s));
}

QTEST_GUILESS_MAIN(RequestRendererTest)
#include "RequestRendererTest.moc"
