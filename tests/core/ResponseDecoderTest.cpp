#include "delivery/ResponseDecoder.h"

#include "TestCompression.h"

#include <QTest>

namespace {
QByteArray text()
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "{\"row\": " + QByteArray::number(i) + ", \"ok\": true}\n";
    return text;
}
} // namespace

// Response bodies decoded as they arrive, in slices of any size.
class ResponseDecoderTest : public QObject
{
    Q_OBJECT

private slots:
    void decodesInAnySlices_data();
    void decodesInAnySlices();
    void readsConcatenatedGzipMembers();
    void stopsAtTheLimit();
    void namesWhatIsWrong();
    void passesOtherEncodingsThrough();
};

void ResponseDecoderTest::decodesInAnySlices_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("slice");
    for (const int slice : { 1, 7, 4096, 1 << 20 }) {
        const QByteArray size = QByteArray::number(slice);
        QTest::newRow(QByteArray("gzip, " + size).constData())
            << QByteArray("gzip") << TestCompression::compress(text(), 31) << slice;
        QTest::newRow(QByteArray("zlib, " + size).constData())
            << QByteArray("deflate") << TestCompression::compress(text(), 15) << slice;
        // Raw deflate is told from zlib only once bytes are in: the first
        // slices must be read again.
        QTest::newRow(QByteArray("raw deflate, " + size).constData())
            << QByteArray("deflate") << TestCompression::compress(text(), -15) << slice;
    }
}

void ResponseDecoderTest::decodesInAnySlices()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(int, slice);
    ResponseDecoder decoder(encoding);
    QByteArray decoded;
    for (qsizetype at = 0; at < body.size(); at += slice)
        decoded += decoder.decode(body.mid(at, slice), 1 << 24);
    QVERIFY2(!decoder.failed(), qPrintable(decoder.error()));
    QVERIFY(decoder.isComplete());
    QCOMPARE(decoded, text());
}

void ResponseDecoderTest::readsConcatenatedGzipMembers()
{
    ResponseDecoder decoder("gzip");
    const QByteArray decoded = decoder.decode(
        TestCompression::compress("first,", 31) + TestCompression::compress("second", 31), 1 << 20);
    QCOMPARE(decoded, QByteArray("first,second"));
    QVERIFY(decoder.isComplete());
}

void ResponseDecoderTest::stopsAtTheLimit()
{
    ResponseDecoder decoder("gzip");
    const QByteArray bomb = TestCompression::compress(QByteArray(32 << 20, '\0'), 31);
    QCOMPARE(decoder.decode(bomb, 1000).size(), 1000);
}

void ResponseDecoderTest::namesWhatIsWrong()
{
    ResponseDecoder notGzip("gzip");
    notGzip.decode("plain text", 1000);
    QVERIFY(notGzip.failed());
    QCOMPARE(
        notGzip.error(), QStringLiteral("The body is not valid gzip: incorrect header check."));

    ResponseDecoder cut("gzip");
    cut.decode(TestCompression::compress(text(), 31).left(40), 1 << 20);
    QVERIFY(!cut.failed());
    QVERIFY(!cut.isComplete());

    ResponseDecoder trailing("gzip");
    trailing.decode(TestCompression::compress("ok", 31) + "garbage", 1000);
    QVERIFY(trailing.failed());
}

void ResponseDecoderTest::passesOtherEncodingsThrough()
{
    for (const QByteArray& encoding : { QByteArray(), QByteArray("identity"), QByteArray("br") }) {
        ResponseDecoder decoder(encoding);
        QCOMPARE(decoder.decode("as sent", 3), QByteArray("as sent"));
        QVERIFY(decoder.isComplete());
    }
}

QTEST_GUILESS_MAIN(ResponseDecoderTest)
#include "ResponseDecoderTest.moc"
