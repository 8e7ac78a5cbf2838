#include "text/JsonPrettyPrinter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The byte-level JSON indenter used for large response bodies.
class JsonPrettyPrinterTest : public QObject
{
    Q_OBJECT

private slots:
    void indentsLikeQJsonDocument_data();
    void indentsLikeQJsonDocument();
    void keepsStringsAndNumbersByteForByte();
    void reportsWhatIsBroken_data();
    void reportsWhatIsBroken();
    void stopsWhenCancelled();
    void recognisesJsonBodies();
};

void JsonPrettyPrinterTest::indentsLikeQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("json");
    // QJsonDocument spreads empty containers over two lines and rewrites
    // escapes; where it does neither, the text must be the same.
    QTest::addColumn<bool>("sameText");
    QTest::newRow("object") << QByteArray(R"({"a":1,"b":[true,false,null],"c":{"d":"e"}})") << true;
    QTest::newRow("spaced") << QByteArray(" {\n\t\"a\" :  [ 1 , 2 ] ,\r\n \"b\":{ } }\n") << false;
    QTest::newRow("empties") << QByteArray(R"([{},[],{"x":[]},[ ]])") << false;
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":{"d":[1,[2,[3]]]}}}})") << true;
    QTest::newRow("escapes") << QByteArray(R"({"q":"say \"hi\"\\","u":"\u00fc\n","k\"ey":0})")
                             << false;
}

void JsonPrettyPrinterTest::indentsLikeQJsonDocument()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, sameText);
    const JsonPrettyPrinter::Result result = JsonPrettyPrinter::format(json, 4);
    QVERIFY2(result.succeeded(), qPrintable(result.error));
    const QJsonDocument parsed = QJsonDocument::fromJson(json);
    QCOMPARE(QJsonDocument::fromJson(result.text), parsed);
    if (sameText)
        QCOMPARE(result.text + '\n', parsed.toJson(QJsonDocument::Indented));
}

void JsonPrettyPrinterTest::keepsStringsAndNumbersByteForByte()
{
    const QByteArray json = R"({"big":12345678901234567890123,"f":1.50e+3,"s":"a,b:{c}[d]"})";
    const JsonPrettyPrinter::Result result = JsonPrettyPrinter::format(json);
    QCOMPARE(result.text,
        QByteArray("{\n  \"big\": 12345678901234567890123,\n  \"f\": 1.50e+3,\n"
                   "  \"s\": \"a,b:{c}[d]\"\n}"));
}

void JsonPrettyPrinterTest::reportsWhatIsBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed object")
        << QByteArray(R"({"a":[1,2])") << qsizetype(10) << u"ends before every bracket is closed"_s;
    QTest::newRow("wrong closer") << QByteArray(R"({"a":[1,2}])") << qsizetype(9)
                                  << u"does not match"_s;
    QTest::newRow("stray closer") << QByteArray("]") << qsizetype(0) << u"does not match"_s;
    QTest::newRow("unclosed string")
        << QByteArray(R"({"a":"xyz)") << qsizetype(5) << u"never closed"_s;
}

void JsonPrettyPrinterTest::reportsWhatIsBroken()
{
    QFETCH(QByteArray, json);
    QFETCH(qsizetype, offset);
    QFETCH(QString, error);
    const JsonPrettyPrinter::Result result = JsonPrettyPrinter::format(json);
    QVERIFY(!result.succeeded());
    QVERIFY(result.text.isEmpty());
    QCOMPARE(result.errorOffset, offset);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void JsonPrettyPrinterTest::stopsWhenCancelled()
{
    QByteArray big = "[";
    for (int i = 0; i < 200000; ++i)
        big += "{\"i\":1},";
    big += "0]";
    std::atomic<bool> cancel { true };
    const JsonPrettyPrinter::Result result = JsonPrettyPrinter::format(big, 2, &cancel);
    QVERIFY(result.cancelled);
    QVERIFY(!result.succeeded());
    cancel = false;
    QVERIFY(JsonPrettyPrinter::format(big, 2, &cancel).succeeded());
}

void JsonPrettyPrinterTest::recognisesJsonBodies()
{
    QVERIFY(JsonPrettyPrinter::looksLikeJson(" \n{\"a\":1}"));
    QVERIFY(JsonPrettyPrinter::looksLikeJson("[]"));
    QVERIFY(!JsonPrettyPrinter::looksLikeJson("ok"));
    QVERIFY(!JsonPrettyPrinter::looksLikeJson("  "));
    QVERIFY(!JsonPrettyPrinter::looksLikeJson("42"));
}

QTEST_GUILESS_MAIN(JsonPrettyPrinterTest)
#include "JsonPrettyPrinterTest.moc"
