#include "templating/ValueEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using Context = JsonTemplateScanner::Context;

// Each encoding context with hard values: the exact output, and that the
// receiving side decodes it back to the value.
class ValueEncoderTest : public QObject
{
    Q_OBJECT

private slots:
    void encodesForEachContext_data();
    void encodesForEachContext();
    void handlesAMegabyteTranscript();
};

void ValueEncoderTest::encodesForEachContext_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("jsonString");
    QTest::addColumn<QString>("json");

    QTest::newRow("plain") << QJsonValue(u"Maria"_s) << u"Maria"_s << u"Maria"_s << u"Maria"_s
                           << u"Maria"_s << u"\"Maria\""_s;
    QTest::newRow("quotes and backslashes")
        << QJsonValue(u"say \"hi\" C:\\dir"_s) << u"say \"hi\" C:\\dir"_s
        << u"say%20%22hi%22%20C%3A%5Cdir"_s << u"say+%22hi%22+C%3A%5Cdir"_s
        << u"say \\\"hi\\\" C:\\\\dir"_s << u"\"say \\\"hi\\\" C:\\\\dir\""_s;
    QTest::newRow("newlines and tab")
        << QJsonValue(u"a\nb\r\tc"_s) << u"a\nb\r\tc"_s << u"a%0Ab%0D%09c"_s << u"a%0Ab%0D%09c"_s
        << u"a\\nb\\r\\tc"_s << u"\"a\\nb\\r\\tc\""_s;
    QTest::newRow("url delimiters")
        << QJsonValue(u"a&b=c#d%e/f?g+h"_s) << u"a&b=c#d%e/f?g+h"_s
        << u"a%26b%3Dc%23d%25e%2Ff%3Fg%2Bh"_s << u"a%26b%3Dc%23d%25e%2Ff%3Fg%2Bh"_s
        << u"a&b=c#d%e/f?g+h"_s << u"\"a&b=c#d%e/f?g+h\""_s;
    QTest::newRow("unreserved stay")
        << QJsonValue(u"A-z_0.9~*"_s) << u"A-z_0.9~*"_s << u"A-z_0.9~%2A"_s << u"A-z_0.9%7E*"_s
        << u"A-z_0.9~*"_s << u"\"A-z_0.9~*\""_s;
    QTest::newRow("emoji") << QJsonValue(u"👋🏽"_s) << u"👋🏽"_s
                           << u"%F0%9F%91%8B%F0%9F%8F%BD"_s << u"%F0%9F%91%8B%F0%9F%8F%BD"_s
                           << u"👋🏽"_s << u"\"👋🏽\""_s;
    QTest::newRow("right-to-left") << QJsonValue(u"שלום \u202Eabc"_s) << u"שלום \u202Eabc"_s
                                   << u"%D7%A9%D7%9C%D7%95%D7%9D%20%E2%80%AEabc"_s
                                   << u"%D7%A9%D7%9C%D7%95%D7%9D+%E2%80%AEabc"_s
                                   << u"שלום \u202Eabc"_s << u"\"שלום \u202Eabc\""_s;
    QTest::newRow("control character")
        << QJsonValue(QString(QChar(u'\x01'))) << QString(QChar(u'\x01')) << u"%01"_s << u"%01"_s
        << u"\\u0001"_s << u"\"\\u0001\""_s;
    QTest::newRow("empty string") << QJsonValue(QString()) << QString() << QString() << QString()
                                  << QString() << u"\"\""_s;
    QTest::newRow("integer") << QJsonValue(247) << u"247"_s << u"247"_s << u"247"_s << u"247"_s
                             << u"247"_s;
    QTest::newRow("negative decimal") << QJsonValue(-12.75) << u"-12.75"_s << u"-12.75"_s
                                      << u"-12.75"_s << u"-12.75"_s << u"-12.75"_s;
    QTest::newRow("large number") << QJsonValue(1e21) << u"1e+21"_s << u"1e%2B21"_s << u"1e%2B21"_s
                                  << u"1e+21"_s << u"1e+21"_s;
    QTest::newRow("true") << QJsonValue(true) << u"true"_s << u"true"_s << u"true"_s << u"true"_s
                          << u"true"_s;
    QTest::newRow("false") << QJsonValue(false) << u"false"_s << u"false"_s << u"false"_s
                           << u"false"_s << u"false"_s;
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString() << QString() << QString()
                          << QString() << u"null"_s;
    const QJsonObject nested { { u"channel"_s, u"email"_s },
        { u"tags"_s, QJsonArray { u"a b"_s, 1, true } } };
    QTest::newRow("nested object")
        << QJsonValue(nested) << u"{\"channel\":\"email\",\"tags\":[\"a b\",1,true]}"_s
        << u"%7B%22channel%22%3A%22email%22%2C%22tags%22%3A%5B%22a%20b%22%2C1%2Ctrue%5D%7D"_s
        << u"%7B%22channel%22%3A%22email%22%2C%22tags%22%3A%5B%22a+b%22%2C1%2Ctrue%5D%7D"_s
        << u"{\\\"channel\\\":\\\"email\\\",\\\"tags\\\":[\\\"a b\\\",1,true]}"_s
        << u"{\"channel\":\"email\",\"tags\":[\"a b\",1,true]}"_s;
    QTest::newRow("array") << QJsonValue(QJsonArray { 1, 2 }) << u"[1,2]"_s << u"%5B1%2C2%5D"_s
                           << u"%5B1%2C2%5D"_s << u"[1,2]"_s << u"[1,2]"_s;
}

void ValueEncoderTest::encodesForEachContext()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, form);
    QFETCH(QString, jsonString);
    QFETCH(QString, json);

    QCOMPARE(ValueEncoder::text(value), text);
    QCOMPARE(ValueEncoder::inUrl(value, 1), url);
    QCOMPARE(ValueEncoder::inBody(value, BodyContentType::Form, Context::NotPlaceholder), form);
    QCOMPARE(ValueEncoder::inBody(value, BodyContentType::Json, Context::InString), jsonString);
    QCOMPARE(ValueEncoder::inBody(value, BodyContentType::Json, Context::Value), json);

    // What a receiver decodes is the value again.
    QCOMPARE(QUrl::fromPercentEncoding(url.toLatin1()), text);
    QCOMPARE(QUrl::fromPercentEncoding(QString(form).replace(u'+', u"%20"_s).toLatin1()), text);
    const QJsonArray inString
        = QJsonDocument::fromJson((u"[\""_s + jsonString + u"\"]"_s).toUtf8()).array();
    QCOMPARE(inString.first().toString(), text);
    const QJsonArray standalone
        = QJsonDocument::fromJson((u"["_s + json + u"]"_s).toUtf8()).array();
    QCOMPARE(standalone.size(), 1);
    QCOMPARE(standalone.first(), value.isUndefined() ? QJsonValue() : value);
}

void ValueEncoderTest::handlesAMegabyteTranscript()
{
    QString transcript;
    while (transcript.size() < 1024 * 1024)
        transcript += u"Agent: \"Hello\" — ¿qué tal? 😀\nUser: fine\\thanks\n"_s;
    const QJsonValue value(transcript);
    const QString inString = ValueEncoder::inBody(value, BodyContentType::Json, Context::InString);
    QCOMPARE(QJsonDocument::fromJson((u"[\""_s + inString + u"\"]"_s).toUtf8())
                 .array()
                 .first()
                 .toString(),
        transcript);
    QCOMPARE(QUrl::fromPercentEncoding(ValueEncoder::inUrl(value, 1).toLatin1()), transcript);
    QCOMPARE(
        QJsonDocument::fromJson(
            (u"["_s + ValueEncoder::inBody(value, BodyContentType::Json, Context::Value) + u"]"_s)
                .toUtf8())
            .array()
            .first()
            .toString(),
        transcript);
}

QTEST_GUILESS_MAIN(ValueEncoderTest)
#include "ValueEncoderTest.moc"
