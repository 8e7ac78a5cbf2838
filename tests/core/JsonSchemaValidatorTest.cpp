#include "io/JsonSchemaValidator.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QJsonValue parse(const QByteArray& json)
{
    return QJsonDocument::fromJson("[" + json + "]").array().first();
}

QJsonObject readObject(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList errorsOf(const QByteArray& schema, const QByteArray& value)
{
    QStringList errors;
    for (const JsonSchemaValidator::Error& error :
        JsonSchemaValidator(parse(schema).toObject()).validate(parse(value)))
        errors.append(error.toString());
    return errors;
}
} // namespace

// The schema check that exports pass before they are written. It must agree
// with Python's jsonschema (SchemaConformanceTest) on the same corpus.
class JsonSchemaValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheValidCorpus();
    void rejectsWhatTheSchemaRejects();
    void checksEachKeyword_data();
    void checksEachKeyword();
    void refusesKeywordsItDoesNotKnow();
    void survivesReferenceCycles();
};

void JsonSchemaValidatorTest::acceptsTheValidCorpus()
{
    const JsonSchemaValidator validator = JsonSchemaValidator::fromFile(TestPaths::schemaFile());
    QStringList files { TestPaths::sampleFile() };
    const QDir dir(TestPaths::dataFile(u"valid"_s));
    for (const QString& name : dir.entryList({ u"*.json"_s }, QDir::Files))
        files.append(dir.filePath(name));
    for (const QString& file : files) {
        const QList<JsonSchemaValidator::Error> errors = validator.validate(readObject(file));
        QVERIFY2(errors.isEmpty(), qPrintable(file + u": "_s + errors.value(0).toString()));
    }
}

void JsonSchemaValidatorTest::rejectsWhatTheSchemaRejects()
{
    const JsonSchemaValidator validator = JsonSchemaValidator::fromFile(TestPaths::schemaFile());
    const QJsonObject expectations
        = readObject(TestPaths::dataFile(u"invalid/expectations.json"_s));
    int checked = 0;
    for (auto it = expectations.constBegin(); it != expectations.constEnd(); ++it) {
        if (!it.value().toObject().value(u"schemaRejects"_s).toBool())
            continue;
        const QString path = TestPaths::dataFile(u"invalid/"_s + it.key());
        QVERIFY2(!validator.validate(readObject(path)).isEmpty(), qPrintable(path));
        ++checked;
    }
    QVERIFY(checked >= 40);
}

void JsonSchemaValidatorTest::checksEachKeyword_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("type") << QByteArray(R"({"type":"integer"})") << QByteArray("1.5")
                          << u"$: Expected integer, found a number. (type)"_s;
    QTest::newRow("type list ok") << QByteArray(R"({"type":["string","null"]})")
                                  << QByteArray("null") << QString();
    QTest::newRow("const") << QByteArray(R"({"const":1})") << QByteArray("2")
                           << u"$: Must be 1, is 2. (const)"_s;
    QTest::newRow("enum") << QByteArray(R"({"enum":["GET","POST"]})") << QByteArray(R"("PATCH")")
                          << u"$: \"PATCH\" is not one of the allowed values. (enum)"_s;
    QTest::newRow("required") << QByteArray(R"({"required":["name"]})") << QByteArray("{}")
                              << u"$: \"name\" is missing. (required)"_s;
    QTest::newRow("additional")
        << QByteArray(R"({"properties":{"a":{}},"additionalProperties":false})")
        << QByteArray(R"({"a":1,"b":2})")
        << u"$.b: \"b\" is not a member this format has. (additionalProperties)"_s;
    QTest::newRow("nested path") << QByteArray(R"({"properties":{"list":{"items":{"minimum":0}}}})")
                                 << QByteArray(R"({"list":[1,-2]})")
                                 << u"$.list[1]: -2 is below the minimum of 0. (minimum)"_s;
    QTest::newRow("maximum") << QByteArray(R"({"maximum":10})") << QByteArray("11")
                             << u"$: 11 is above the maximum of 10. (maximum)"_s;
    QTest::newRow("pattern") << QByteArray(R"({"pattern":"^[a-z]+$"})") << QByteArray(R"("aB")")
                             << u"$: \"aB\" does not match ^[a-z]+$. (pattern)"_s;
    QTest::newRow("minLength") << QByteArray(R"({"minLength":2})") << QByteArray(R"("ë")")
                               << u"$: Too short: 1 character. (minLength)"_s;
    QTest::newRow("maxItems") << QByteArray(R"({"maxItems":1})") << QByteArray("[1,2]")
                              << u"$: Too many items: 2. (maxItems)"_s;
    QTest::newRow("uniqueItems") << QByteArray(R"({"uniqueItems":true})") << QByteArray("[1,2,1]")
                                 << u"$[2]: 1 is listed before. (uniqueItems)"_s;
    QTest::newRow("ref") << QByteArray(R"({"$defs":{"n":{"type":"number"}},"$ref":"#/$defs/n"})")
                         << QByteArray(R"("x")") << u"$: Expected number, found a string. (type)"_s;
    QTest::newRow("anyOf") << QByteArray(R"({"anyOf":[{"type":"string"},{"type":"number"}]})")
                           << QByteArray("true")
                           << u"$: true matches none of the allowed forms. (anyOf)"_s;
    QTest::newRow("oneOf")
        << QByteArray(R"({"oneOf":[{"minimum":1},{"maximum":5}]})") << QByteArray("3")
        << u"$: 3 must match exactly one of the allowed forms; it matches 2. (oneOf)"_s;
    QTest::newRow("if then") << QByteArray(
        R"({"if":{"properties":{"s":{"const":"x"}}},"then":{"required":["f"]},"else":{"required":["v"]}})")
                             << QByteArray(R"({"s":"x"})") << u"$: \"f\" is missing. (required)"_s;
    QTest::newRow("if else") << QByteArray(
        R"({"if":{"properties":{"s":{"const":"x"}}},"then":{"required":["f"]},"else":{"required":["v"]}})")
                             << QByteArray(R"({"s":"y"})") << u"$: \"v\" is missing. (required)"_s;
    QTest::newRow("not") << QByteArray(R"({"not":{"type":"null"}})") << QByteArray("null")
                         << u"$: null is a form that is not allowed. (not)"_s;
}

void JsonSchemaValidatorTest::checksEachKeyword()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(QString, error);
    const QStringList errors = errorsOf(schema, value);
    if (error.isEmpty())
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    else
        QCOMPARE(errors, QStringList { error });
}

void JsonSchemaValidatorTest::refusesKeywordsItDoesNotKnow()
{
    const QStringList errors = errorsOf(R"({"multipleOf":2})", "3");
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(u"\"multipleOf\", which this validator does not know"_s));
    QVERIFY(JsonSchemaValidator::fromFile(u"/nonexistent.json"_s)
                .validate(QJsonValue(1))
                .first()
                .message.contains(u"cannot be read"_s));
}

void JsonSchemaValidatorTest::survivesReferenceCycles()
{
    const QStringList errors
        = errorsOf(R"({"$defs":{"a":{"$ref":"#/$defs/a"}},"$ref":"#/$defs/a"})", "1");
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.first().contains(u"nests too deep"_s));
}

QTEST_GUILESS_MAIN(JsonSchemaValidatorTest)
#include "JsonSchemaValidatorTest.moc"
