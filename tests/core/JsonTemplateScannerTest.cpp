#include "templating/JsonTemplateScanner.h"

#include "catalog/EventCatalog.h"
#include "templating/EventContext.h"
#include "templating/RequestRenderer.h"
#include "templating/TemplateParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Context = JsonTemplateScanner::Context;

class JsonTemplateScannerTest : public QObject
{
    Q_OBJECT

private slots:
    void classifiesPlaceholders();
    void acceptsEveryJsonConstruct();
    void reportsErrorsWithPositions_data();
    void reportsErrorsWithPositions();
    void refusesTooDeepNesting();
    void validTemplatesAlwaysRenderToJson();

private:
    static QList<Context> placeholderContexts(const QString& text);
};

QList<Context> JsonTemplateScannerTest::placeholderContexts(const QString& text)
{
    const ParsedTemplate parsed = TemplateParser::parse(text);
    const JsonTemplateScanner::Result result = JsonTemplateScanner::scan(text, parsed);
    QList<Context> contexts;
    for (int i = 0; i < parsed.segments.size(); ++i) {
        if (parsed.segments.at(i).isPlaceholder())
            contexts.append(result.contexts.at(i));
    }
    return contexts;
}

void JsonTemplateScannerTest::classifiesPlaceholders()
{
    QCOMPARE(placeholderContexts(u"{\"n\": {{count}}, \"s\": \"Hi {{name}}!\"}"_s),
        QList<Context>({ Context::Value, Context::InString }));
    QCOMPARE(placeholderContexts(u"[{{a}}, \"{{b}}\", {\"{{key}}\": {{c}}}]"_s),
        QList<Context>({ Context::Value, Context::InString, Context::InString, Context::Value }));
    QCOMPARE(placeholderContexts(u"{{whole}}"_s), QList<Context>({ Context::Value }));
    QCOMPARE(
        placeholderContexts(u"\"a \\\" {{x}} \\\\\""_s), QList<Context>({ Context::InString }));
}

void JsonTemplateScannerTest::acceptsEveryJsonConstruct()
{
    const QString text
        = uR"( { "a": [ 1, -2.5e+3, 0, 0.25, true, false, null, {}, [], "\u00e9\n\"\\\/" ],
        "b" : { "c" : {{x}} } , "d": "{{y}} and {{z}}" } )"_s;
    const JsonTemplateScanner::Result result
        = JsonTemplateScanner::scan(text, TemplateParser::parse(text));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.value(0).message));
}

void JsonTemplateScannerTest::reportsErrorsWithPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing comma")
        << u"{\n  \"a\": 1\n  \"b\": 2\n}"_s << 3 << 3 << u"expected \",\" or \"}\""_s;
    QTest::newRow("trailing comma") << u"{\"a\": 1,}"_s << 1 << 9 << u"expected a key"_s;
    QTest::newRow("unquoted key") << u"{a: 1}"_s << 1 << 2 << u"expected a key in double quotes"_s;
    QTest::newRow("placeholder as key")
        << u"{ {{key}}: 1}"_s << 1 << 3 << u"must be inside quotes"_s;
    QTest::newRow("two placeholders as one value")
        << u"{\"a\": {{x}}{{y}}}"_s << 1 << 12 << u"found placeholder"_s;
    QTest::newRow("unclosed string") << u"{\"a\": \"{{x}}}"_s << 1 << 14 << u"not closed"_s;
    QTest::newRow("newline in string") << u"[\"a\nb\"]"_s << 1 << 4 << u"write \\n instead"_s;
    QTest::newRow("bad escape") << u"[\"a\\qb\"]"_s << 1 << 5 << u"invalid escape \\q"_s;
    QTest::newRow("bad unicode escape") << u"[\"\\u12G4\"]"_s << 1 << 7 << u"four hexadecimal"_s;
    QTest::newRow("single quotes") << u"{'a': 1}"_s << 1 << 2 << u"expected a key"_s;
    QTest::newRow("bare word") << u"{\"a\": yes}"_s << 1 << 7 << u"expected a value"_s;
    QTest::newRow("truncated true") << u"[tru]"_s << 1 << 5 << u"expected true"_s;
    QTest::newRow("leading plus") << u"[+1]"_s << 1 << 2 << u"expected a value"_s;
    QTest::newRow("number without digits") << u"[-]"_s << 1 << 3 << u"digits after \"-\""_s;
    QTest::newRow("fraction without digits") << u"[1.]"_s << 1 << 4 << u"decimal point"_s;
    QTest::newRow("two values") << u"{} {}"_s << 1 << 4 << u"after the end of the JSON value"_s;
    QTest::newRow("empty") << u"  \n "_s << 2 << 2 << u"empty"_s;
    QTest::newRow("unclosed array") << u"[1, 2"_s << 1 << 6 << u"found end of the body"_s;
}

void JsonTemplateScannerTest::reportsErrorsWithPositions()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const JsonTemplateScanner::Result result
        = JsonTemplateScanner::scan(text, TemplateParser::parse(text));
    QCOMPARE(result.errors.size(), 1);
    const ParsedTemplate::SyntaxError& error = result.errors.first();
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(error.message.startsWith(u"The body is not valid JSON: "_s));
    QCOMPARE(error.position.line, line);
    QCOMPARE(error.position.column, column);
}

void JsonTemplateScannerTest::refusesTooDeepNesting()
{
    const QString deep = QString(300, u'[') + QString(300, u']');
    const JsonTemplateScanner::Result result
        = JsonTemplateScanner::scan(deep, TemplateParser::parse(deep));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY(result.errors.first().message.contains(u"nesting deeper than 256"_s));
}

namespace {
// Builds random JSON with placeholders both as values and inside strings.
class RandomTemplate
{
public:
    explicit RandomTemplate(quint32 seed)
        : m_random(seed)
    { }

    QString value(int depth)
    {
        switch (m_random.bounded(depth > 3 ? 5 : 7)) {
        case 0:
            return placeholder();
        case 1:
            return u"\""_s + stringContent() + u'"';
        case 2:
            return QString::number(m_random.bounded(-1000, 1000));
        case 3:
            return m_random.bounded(2) ? u"true"_s : u"null"_s;
        case 4:
            return u"1.5e3"_s;
        case 5: {
            QStringList members;
            for (int i = 0, n = m_random.bounded(4); i < n; ++i)
                members.append(u"\""_s + stringContent() + u"\" : "_s + value(depth + 1));
            return u"{ "_s + members.join(u",\n "_s) + u" }"_s;
        }
        default: {
            QStringList items;
            for (int i = 0, n = m_random.bounded(4); i < n; ++i)
                items.append(value(depth + 1));
            return u"["_s + items.join(u", "_s) + u"]"_s;
        }
        }
    }

    QStringList variables() const { return m_variables; }

private:
    QString placeholder()
    {
        const QString name = u"v"_s + QString::number(m_variables.size());
        m_variables.append(name);
        return u"{{ "_s + name + u" }}"_s;
    }

    QString stringContent()
    {
        // Literal "{{" must be escaped in a template, so braces come as "{ "
        // or as the escape itself.
        static const QStringList kPieces { u"plain"_s, u"\\\""_s, u"\\n"_s, u"ü"_s, u" "_s,
            u"\\\\"_s, u"{ "_s, u"}"_s, u"\\{{"_s };
        QString text;
        for (int i = 0, n = m_random.bounded(4); i < n; ++i)
            text += m_random.bounded(3) == 0 ? placeholder()
                                             : kPieces.at(m_random.bounded(kPieces.size()));
        return text;
    }

    QRandomGenerator m_random;
    QStringList m_variables;
};

QJsonValue hardValue(int index)
{
    static const QList<QJsonValue> kValues { u"quote \" backslash \\ newline \n tab \t"_s,
        u"😀 עברית \u202e"_s, QString(), 0, -12.75, 1e300, true, false, QJsonValue::Null,
        QJsonObject { { u"nested"_s, QJsonArray { 1, u"two"_s, QJsonObject {} } } }, QJsonArray {},
        u"{{not a placeholder}}"_s, QString(QChar(u'\x01')) };
    return kValues.at(index % kValues.size());
}
} // namespace

void JsonTemplateScannerTest::validTemplatesAlwaysRenderToJson()
{
    CampaignDocument document;
    for (int i = 0; i < 200; ++i) {
        document.dataModel.dynamicVariables.append(
            { u"f"_s + QString::number(i), FieldType::Object, hardValue(i), QString() });
    }
    const EventContext context
        = EventContext::build(document, *EventCatalog::find(u"call.ended"_s), {});

    for (quint32 seed = 1; seed <= 1500; ++seed) {
        RandomTemplate generator(seed);
        WebhookConfig webhook;
        webhook.url = u"https://example.com/"_s;
        webhook.body = generator.value(0);
        const QStringList variables = generator.variables();
        for (int i = 0; i < variables.size() && i < 200; ++i) {
            webhook.mappings.append({ variables.at(i), DataSource::DynamicVariable,
                u"f"_s + QString::number((i + int(seed)) % 200), QString() });
        }
        if (variables.size() > 200)
            continue;
        const RequestTemplate compiled(webhook);
        QVERIFY2(compiled.syntaxProblems().isEmpty(),
            qPrintable(webhook.body + u"\n"_s + compiled.syntaxProblems().value(0).message));
        const RenderedRequest request = RequestRenderer::render(compiled, context);
        QVERIFY(request.isSendable());
        QJsonParseError error;
        QJsonDocument::fromJson(u"["_s.toUtf8() + request.body + "]", &error);
        QVERIFY2(error.error == QJsonParseError::NoError,
            qPrintable(u"seed %1: %2\n%3"_s.arg(seed).arg(
                error.errorString(), QString::fromUtf8(request.body))));
    }
}

QTEST_GUILESS_MAIN(JsonTemplateScannerTest)
#include "JsonTemplateScannerTest.moc"
