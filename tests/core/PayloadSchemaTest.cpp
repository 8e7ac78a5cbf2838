#include "exchange/PayloadSchema.h"

#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "io/DocumentReader.h"
#include "templating/EventContext.h"
#include "templating/RequestRenderer.h"
#include "templating/RequestTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The JSON Schema inferred from a body template: one case per rule.
class PayloadSchemaTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPlaceholderStandingAloneTakesItsFieldsType_data();
    void aPlaceholderStandingAloneTakesItsFieldsType();
    void aPlaceholderInsideAStringMakesAString();
    void aStringOfOnePlaceholderKeepsItsFormat();
    void literalsKeepTheirTypes();
    void objectsRequireTheirKeys();
    void aFieldTheEventLacksIsNull();
    void changingTheMappedFieldChangesTheSchema();
    void anUnmappedVariableAcceptsAnything();
    void builtInsAreTyped();
    void theEnvelopeIsTypedFromItsValues();
    void aFormIsAnObjectOfStrings();
    void withoutABodyThereIsNoSchema();

private:
    QJsonObject schema(const QString& body, const QList<VariableMapping>& mappings,
        const QString& event = u"call.ended"_s, BodyContentType type = BodyContentType::Json) const;
    // The schema of "v" in {"v": ...}.
    QJsonObject valueSchema(const QString& value, const QString& field,
        DataSource source = DataSource::CallLogField, const QString& event = u"call.ended"_s) const;

    CampaignDocument m_sample;
};

void PayloadSchemaTest::initTestCase()
{
    m_sample = *DocumentReader::readFile(TestPaths::sampleFile()).document;
}

QJsonObject PayloadSchemaTest::schema(const QString& body, const QList<VariableMapping>& mappings,
    const QString& event, BodyContentType type) const
{
    WebhookConfig webhook;
    webhook.name = u"Test"_s;
    webhook.url = u"http://127.0.0.1:9/hook"_s;
    webhook.events = { event };
    webhook.contentType = type;
    webhook.body = body;
    webhook.mappings = mappings;
    const EventInfo* info = EventCatalog::find(event);
    const RequestTemplate compiled(webhook, FieldLayout(m_sample));
    const RenderedRequest rendered
        = RequestRenderer::render(compiled, EventContext::build(m_sample, *info, {}));
    return PayloadSchema::infer(compiled, m_sample, *info, rendered);
}

QJsonObject PayloadSchemaTest::valueSchema(
    const QString& value, const QString& field, DataSource source, const QString& event) const
{
    const QJsonObject body = schema(u"{\"v\": %1}"_s.arg(value),
        { VariableMapping { u"x"_s, source, field, QString() } }, event);
    return body[u"properties"_s][u"v"_s].toObject();
}

void PayloadSchemaTest::aPlaceholderStandingAloneTakesItsFieldsType_data()
{
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("format");
    QTest::newRow("string") << int(DataSource::CallLogField) << u"call_id"_s << u"string"_s
                            << QString();
    QTest::newRow("whole number") << int(DataSource::CallLogField) << u"duration_seconds"_s
                                  << u"integer"_s << QString();
    QTest::newRow("fraction") << int(DataSource::CallLogField) << u"cost"_s << u"number"_s
                              << QString();
    QTest::newRow("boolean") << int(DataSource::AgentOutcomeField) << u"interested"_s
                             << u"boolean"_s << QString();
    QTest::newRow("datetime") << int(DataSource::CallLogField) << u"started_at"_s << u"string"_s
                              << u"date-time"_s;
}

void PayloadSchemaTest::aPlaceholderStandingAloneTakesItsFieldsType()
{
    QFETCH(int, source);
    QFETCH(QString, field);
    QFETCH(QString, type);
    QFETCH(QString, format);
    const QJsonObject v = valueSchema(u"{{x}}"_s, field, DataSource(source));
    QCOMPARE(v[u"type"_s].toString(), type);
    QCOMPARE(v[u"format"_s].toString(), format);
    // The catalog's words for the field come along.
    QVERIFY(!v[u"description"_s].toString().isEmpty());
}

void PayloadSchemaTest::aPlaceholderInsideAStringMakesAString()
{
    const QJsonObject v = valueSchema(u"\"lasted {{x}} s\""_s, u"duration_seconds"_s);
    QCOMPARE(v, QJsonObject({ { u"type"_s, u"string"_s } }));
}

void PayloadSchemaTest::aStringOfOnePlaceholderKeepsItsFormat()
{
    QCOMPARE(valueSchema(u"\"{{x}}\""_s, u"started_at"_s)[u"format"_s].toString(), u"date-time"_s);
    // A number in quotes is a string, without the number's type.
    const QJsonObject quoted = valueSchema(u"\"{{x}}\""_s, u"duration_seconds"_s);
    QCOMPARE(quoted[u"type"_s].toString(), u"string"_s);
    QVERIFY(!quoted.contains(u"format"_s));
}

void PayloadSchemaTest::literalsKeepTheirTypes()
{
    const QJsonObject body
        = schema(u"{\"s\": \"a\", \"i\": 3, \"n\": 1.5, \"b\": false, \"z\": null, \"a\": [1, 2], "
                 "\"m\": [1, \"x\"], \"e\": []}"_s,
            {});
    const QJsonObject p = body[u"properties"_s].toObject();
    QCOMPARE(p[u"s"_s][u"type"_s].toString(), u"string"_s);
    QCOMPARE(p[u"i"_s][u"type"_s].toString(), u"integer"_s);
    QCOMPARE(p[u"n"_s][u"type"_s].toString(), u"number"_s);
    QCOMPARE(p[u"b"_s][u"type"_s].toString(), u"boolean"_s);
    QCOMPARE(p[u"z"_s][u"type"_s].toString(), u"null"_s);
    QCOMPARE(p[u"a"_s][u"items"_s][u"type"_s].toString(), u"integer"_s);
    QCOMPARE(p[u"m"_s][u"items"_s][u"anyOf"_s].toArray().size(), 2);
    QCOMPARE(p[u"e"_s].toObject(), QJsonObject({ { u"type"_s, u"array"_s } }));
}

void PayloadSchemaTest::objectsRequireTheirKeys()
{
    const QJsonObject body
        = schema(u"{\"outer\": {\"b\": 1, \"a\": {\"deep\": true}}, \"empty\": {}}"_s, {});
    QCOMPARE(body[u"type"_s].toString(), u"object"_s);
    QCOMPARE(body[u"required"_s].toArray(), QJsonArray({ u"empty"_s, u"outer"_s }));
    const QJsonObject outer = body[u"properties"_s][u"outer"_s].toObject();
    QCOMPARE(outer[u"required"_s].toArray(), QJsonArray({ u"a"_s, u"b"_s }));
    QCOMPARE(outer[u"properties"_s][u"a"_s][u"required"_s].toArray(), QJsonArray({ u"deep"_s }));
    QVERIFY(!body[u"properties"_s][u"empty"_s].toObject().contains(u"required"_s));
}

void PayloadSchemaTest::aFieldTheEventLacksIsNull()
{
    // A call that failed to connect was never answered: no started_at.
    const QJsonObject v
        = valueSchema(u"{{x}}"_s, u"started_at"_s, DataSource::CallLogField, u"call.failed"_s);
    QCOMPARE(v[u"type"_s].toString(), u"null"_s);
    QVERIFY(!v[u"description"_s].toString().isEmpty());
}

void PayloadSchemaTest::changingTheMappedFieldChangesTheSchema()
{
    QCOMPARE(valueSchema(u"{{x}}"_s, u"duration_seconds"_s)[u"type"_s].toString(), u"integer"_s);
    QCOMPARE(valueSchema(u"{{x}}"_s, u"sentiment"_s)[u"type"_s].toString(), u"string"_s);
    // A declared field whose type changes in the data model.
    CampaignDocument document = m_sample;
    QList<FieldDefinition>* fields = document.dataModel.mutableFields(DataSource::ContactField);
    QVERIFY(!fields->isEmpty());
    const QString name = fields->first().name;
    fields->first().type = FieldType::Number;
    fields->first().sample = 7;
    std::swap(m_sample, document);
    const QJsonObject number = valueSchema(u"{{x}}"_s, name, DataSource::ContactField);
    std::swap(m_sample, document);
    QCOMPARE(number[u"type"_s].toString(), u"integer"_s);
    QCOMPARE(
        valueSchema(u"{{x}}"_s, name, DataSource::ContactField)[u"type"_s].toString(), u"string"_s);
}

void PayloadSchemaTest::anUnmappedVariableAcceptsAnything()
{
    const QJsonObject body = schema(u"{\"v\": {{nobody}}}"_s, {});
    const QJsonObject v = body[u"properties"_s][u"v"_s].toObject();
    QVERIFY(!v.contains(u"type"_s));
    QVERIFY(v[u"description"_s].toString().contains(u"{{nobody}}"_s));
}

void PayloadSchemaTest::builtInsAreTyped()
{
    const QJsonObject body
        = schema(u"{\"e\": {{event}}, \"q\": \"{{event}}\", \"t\": {{timestamp}}}"_s, {});
    const QJsonObject p = body[u"properties"_s].toObject();
    QCOMPARE(p[u"e"_s][u"const"_s].toString(), u"call.ended"_s);
    QCOMPARE(p[u"q"_s][u"const"_s].toString(), u"call.ended"_s);
    QCOMPARE(p[u"t"_s][u"format"_s].toString(), u"date-time"_s);
}

void PayloadSchemaTest::theEnvelopeIsTypedFromItsValues()
{
    const QJsonObject body = schema(QString(), {});
    QCOMPARE(body[u"type"_s].toString(), u"object"_s);
    QVERIFY(body[u"required"_s].toArray().contains(u"event"_s));
    QCOMPARE(body[u"properties"_s][u"event"_s][u"type"_s].toString(), u"string"_s);
}

void PayloadSchemaTest::aFormIsAnObjectOfStrings()
{
    const QJsonObject body = schema(u"a={{x}}&b=2"_s,
        { VariableMapping { u"x"_s, DataSource::CallLogField, u"duration_seconds"_s, QString() } },
        u"call.ended"_s, BodyContentType::Form);
    QCOMPARE(body[u"required"_s].toArray(), QJsonArray({ u"a"_s, u"b"_s }));
    QCOMPARE(body[u"properties"_s][u"a"_s][u"type"_s].toString(), u"string"_s);
}

void PayloadSchemaTest::withoutABodyThereIsNoSchema()
{
    QVERIFY(schema(QString(), {}, u"call.ended"_s, BodyContentType::Text).isEmpty());
}

QTEST_GUILESS_MAIN(PayloadSchemaTest)
#include "PayloadSchemaTest.moc"
