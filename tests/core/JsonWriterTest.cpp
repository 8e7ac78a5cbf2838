#include "io/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class JsonWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void keepsInsertionOrder();
    void writesEmptyContainersCompactly();
    void escapesStrings_data();
    void escapesStrings();
    void writesShortestNumbers_data();
    void writesShortestNumbers();
    void freeFormValuesParseBackIdentically();
    void keepsIntegersPastTwoToTheFiftyThird();
};

void JsonWriterTest::keepsInsertionOrder()
{
    JsonWriter out;
    out.beginObject();
    out.member(u"zeta", 1);
    out.member(u"alpha", true);
    out.key(u"list");
    out.beginArray();
    out.value(u"x"_s);
    out.value(QJsonValue::Null);
    out.endArray();
    out.endObject();
    QCOMPARE(out.toJson(),
        QByteArray("{\n  \"zeta\": 1,\n  \"alpha\": true,\n  \"list\": [\n    \"x\",\n    null\n  "
                   "]\n}\n"));
}

void JsonWriterTest::writesEmptyContainersCompactly()
{
    JsonWriter out;
    out.beginObject();
    out.member(u"a", QJsonArray());
    out.member(u"o", QJsonObject());
    out.endObject();
    QCOMPARE(out.toJson(), QByteArray("{\n  \"a\": [],\n  \"o\": {}\n}\n"));
}

void JsonWriterTest::escapesStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << u"abc"_s << QByteArray("\"abc\"");
    QTest::newRow("quote") << u"a\"b"_s << QByteArray("\"a\\\"b\"");
    QTest::newRow("backslash") << u"a\\b"_s << QByteArray("\"a\\\\b\"");
    QTest::newRow("newline-tab") << u"a\nb\tc\r"_s << QByteArray("\"a\\nb\\tc\\r\"");
    QTest::newRow("control") << QString(QChar(u'\x1b')) << QByteArray("\"\\u001b\"");
    QTest::newRow("slash stays") << u"a/b"_s << QByteArray("\"a/b\"");
    QTest::newRow("utf-8 raw") << u"ü☎😀"_s
                               << QByteArray("\"\xc3\xbc\xe2\x98\x8e\xf0\x9f\x98\x80\"");
}

void JsonWriterTest::escapesStrings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::quoted(text), expected);
    const QByteArray wrapped = "[" + JsonWriter::quoted(text) + "]";
    QCOMPARE(QJsonDocument::fromJson(wrapped).array().first().toString(), text);
}

// A 64-bit id read from JSON must go out as it came in, not rounded to the
// nearest double (9007199254740993 would become 9.007199254740992e+15).
void JsonWriterTest::keepsIntegersPastTwoToTheFiftyThird()
{
    const QJsonObject read
        = QJsonDocument::fromJson(R"({"id": 9007199254740993, "n": -9223372036854775807})")
              .object();
    JsonWriter out(-1);
    out.value(read);
    QCOMPARE(out.toJson(), QByteArray(R"({"id":9007199254740993,"n":-9223372036854775807})"));
    QCOMPARE(JsonWriter::number(QJsonValue(1.5)), QByteArray("1.5"));
    QCOMPARE(JsonWriter::number(QJsonValue(0)), QByteArray("0"));
}

void JsonWriterTest::writesShortestNumbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("integer") << 42.0 << QByteArray("42");
    QTest::newRow("negative") << -7.0 << QByteArray("-7");
    QTest::newRow("tenth") << 0.1 << QByteArray("0.1");
    QTest::newRow("two and a half") << 2.5 << QByteArray("2.5");
    QTest::newRow("large integer") << 12345678901234.0 << QByteArray("12345678901234");
    QTest::newRow("small") << 1e-7 << QByteArray("1e-07");
    QTest::newRow("third") << 1.0 / 3.0 << QByteArray("0.3333333333333333");
    QTest::newRow("nan") << qQNaN() << QByteArray("null");
}

void JsonWriterTest::writesShortestNumbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(JsonWriter::number(value), expected);
}

void JsonWriterTest::freeFormValuesParseBackIdentically()
{
    const QJsonObject value {
        { u"b"_s, QJsonArray { 1, 2.5, u"three"_s, QJsonObject { { u"z"_s, false } } } },
        { u"a"_s, QJsonObject { { u"nested"_s, QJsonArray {} } } },
        { u"n"_s, QJsonValue::Null },
    };
    JsonWriter out;
    out.value(value);
    const QByteArray json = out.toJson();
    QCOMPARE(QJsonDocument::fromJson(json).object(), value);
    // Free-form objects are written with sorted keys: deterministic output.
    QVERIFY(json.indexOf("\"a\"") < json.indexOf("\"b\""));
}

QTEST_GUILESS_MAIN(JsonWriterTest)
#include "JsonWriterTest.moc"
