#include "delivery/HttpResponseParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Feeds `bytes` in pieces of `piece` bytes (the whole at once for 0) and
// returns the body taken out as it came.
QByteArray parse(HttpResponseParser& parser, const QByteArray& bytes, int piece = 0)
{
    QByteArray body;
    const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(1, bytes.size());
    for (qsizetype at = 0; at < bytes.size() && !parser.hasFailed(); at += step) {
        parser.feed(bytes.mid(at, step));
        body += parser.takeBody(std::numeric_limits<qint64>::max());
    }
    return body;
}
} // namespace

// HTTP/1.1 responses read from bytes that arrive in pieces of any size.
class HttpResponseParserTest : public QObject
{
    Q_OBJECT

private slots:
    void readsAnyPieceSize_data();
    void readsAnyPieceSize();
    void keepsRepeatedFieldsApart();
    void readsToTheCloseWithoutALength();
    void knowsBodilessResponses();
    void passesOverInterimResponses();
    void decidesWhetherTheConnectionIsKept_data();
    void decidesWhetherTheConnectionIsKept();
    void refusesBrokenResponses_data();
    void refusesBrokenResponses();
    void namesAConnectionThatClosedEarly();
    void stopsAtTheEndOfTheResponse();
    void takesTheBodyInSlices();
};

void HttpResponseParserTest::readsAnyPieceSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("piece");
    const QByteArray json = R"({"success": true, "id": "evt_1"})";
    const QByteArray lengthFramed = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                    "Content-Length: "
        + QByteArray::number(json.size()) + "\r\n\r\n" + json;
    const QByteArray chunked
        = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
          "5;name=value\r\n{\"suc\r\n1b \r\ncess\": true, \"id\": \"evt_1\"}\r\n"
          "0\r\nX-Trailer: t\r\n\r\n";
    for (const int piece : { 0, 1, 2, 3, 7, 64 }) {
        const QByteArray size = QByteArray::number(piece);
        QTest::newRow(QByteArray("Content-Length, " + size).constData())
            << lengthFramed << json << piece;
        QTest::newRow(QByteArray("chunked, " + size).constData()) << chunked << json << piece;
    }
    // Bare LF line ends, as some small servers write them.
    QTest::newRow("LF only") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\n{}")
                             << QByteArray("{}") << 1;
}

void HttpResponseParserTest::readsAnyPieceSize()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, body);
    QFETCH(int, piece);
    HttpResponseParser parser;
    QCOMPARE(parse(parser, bytes, piece), body);
    QVERIFY2(!parser.hasFailed(), qPrintable(parser.error()));
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.head().status, 200);
    QCOMPARE(parser.head().reason, QByteArray("OK"));
    QCOMPARE(parser.bodyBytesRead(), body.size());
    QVERIFY(parser.keepsConnection());
}

void HttpResponseParserTest::keepsRepeatedFieldsApart()
{
    HttpResponseParser parser;
    parse(parser,
        "HTTP/1.1 201 \r\nSet-Cookie: a=1\r\nSet-Cookie: b=2, c=3\r\nX-Pad:   spaced  \r\n"
        "Content-Length: 0\r\n\r\n");
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.head().status, 201);
    QCOMPARE(parser.head().reason, QByteArray());
    const QList<QPair<QByteArray, QByteArray>> expected = { { "Set-Cookie", "a=1" },
        { "Set-Cookie", "b=2, c=3" }, { "X-Pad", "spaced" }, { "Content-Length", "0" } };
    QCOMPARE(parser.head().headers, expected);
}

void HttpResponseParserTest::readsToTheCloseWithoutALength()
{
    HttpResponseParser parser;
    QCOMPARE(parse(parser, "HTTP/1.1 200 OK\r\n\r\nhello, "), QByteArray("hello, "));
    QVERIFY(!parser.isComplete());
    QCOMPARE(parser.feed("world"), 5);
    parser.endOfStream();
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.takeBody(100), QByteArray("world"));
    QVERIFY(!parser.keepsConnection()); // the close was the framing
}

void HttpResponseParserTest::knowsBodilessResponses()
{
    for (const QByteArray status : { "204 No Content", "304 Not Modified" }) {
        HttpResponseParser parser;
        parse(parser, "HTTP/1.1 " + status + "\r\nContent-Length: 10\r\n\r\n");
        QVERIFY2(parser.isComplete(), status.constData());
    }
    HttpResponseParser head(true);
    parse(head, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
    QVERIFY(head.isComplete());
    QCOMPARE(head.bodyBytesRead(), 0);
}

void HttpResponseParserTest::passesOverInterimResponses()
{
    HttpResponseParser parser;
    parse(parser,
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n"
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        3);
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.head().status, 200);
    QCOMPARE(parser.head().headers.size(), 1); // Link belonged to the 103

    HttpResponseParser endless;
    QByteArray interim;
    for (int i = 0; i <= HttpResponseParser::kMaxInterimResponses; ++i)
        interim += "HTTP/1.1 102 Processing\r\n\r\n";
    parse(endless, interim);
    QVERIFY(endless.error().contains(u"more than 16 interim"_s));
}

void HttpResponseParserTest::decidesWhetherTheConnectionIsKept_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("kept");
    QTest::newRow("HTTP/1.1") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0") << true;
    QTest::newRow("close") << QByteArray(
        "HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0")
                           << false;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 0") << false;
    QTest::newRow("HTTP/1.0 keep-alive")
        << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0") << true;
    QTest::newRow("chunked and a length")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0")
        << false;
}

void HttpResponseParserTest::decidesWhetherTheConnectionIsKept()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, kept);
    HttpResponseParser parser;
    parse(parser, head + "\r\n\r\n");
    QVERIFY2(parser.isComplete(), qPrintable(parser.error()));
    QCOMPARE(parser.keepsConnection(), kept);
}

void HttpResponseParserTest::refusesBrokenResponses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray ok = "HTTP/1.1 200 OK\r\n";
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n")
                              << u"The status line is not valid HTTP: “SSH-2.0-OpenSSH_9.2”."_s;
    QTest::newRow("HTTP/2 status line")
        << QByteArray("HTTP/2 200\r\n\r\n") << u"status line is not valid HTTP"_s;
    QTest::newRow("control bytes quoted") << QByteArray("\x01\x02zz\r\n") << u"“\\x01\\x02zz”"_s;
    QTest::newRow("no colon") << (ok + "Just words\r\n\r\n")
                              << u"header line “Just words” does not begin with a field name"_s;
    QTest::newRow("space before colon")
        << (ok + "X-A : 1\r\n\r\n") << u"does not begin with a field name"_s;
    QTest::newRow("NUL in a value")
        << (ok + QByteArray("X-A: a\0b\r\n\r\n", 12)) << u"“X-A” holds a NUL or CR"_s;
    QTest::newRow("transfer coding") << (ok + "Transfer-Encoding: gzip, chunked\r\n\r\n")
                                     << u"transfer coding “gzip, chunked”"_s;
    QTest::newRow("negative length")
        << (ok + "Content-Length: -1\r\n\r\n") << u"Content-Length “-1” is not a number"_s;
    QTest::newRow("conflicting lengths in one field")
        << (ok + "Content-Length: 2, 3\r\n\r\n") << u"conflicting Content-Length headers (2, 3)"_s;
    QTest::newRow("chunk size overflow")
        << (ok + "Transfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n")
        << u"chunk size “ffffffffffffffff” is not a hexadecimal number"_s;
    QTest::newRow("chunk size 0x")
        << (ok + "Transfer-Encoding: chunked\r\n\r\n0x5\r\n") << u"chunk size “0x5”"_s;
    QTest::newRow("endless status line")
        << QByteArray(20000, 'H') << u"status line is longer than the 8192 bytes"_s;
    QTest::newRow("endless chunk size line")
        << (ok + "Transfer-Encoding: chunked\r\n\r\n1;" + QByteArray(9000, 'e'))
        << u"size line is longer than 8192 bytes"_s;
}

void HttpResponseParserTest::refusesBrokenResponses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    for (const int piece : { 0, 1 }) {
        HttpResponseParser parser;
        parse(parser, bytes, piece);
        QVERIFY(parser.hasFailed());
        QCOMPARE(parser.problem(), HttpResponseParser::Problem::Invalid);
        QVERIFY2(parser.error().contains(reason), qPrintable(parser.error()));
        QVERIFY(!parser.keepsConnection());
    }
}

void HttpResponseParserTest::namesAConnectionThatClosedEarly()
{
    HttpResponseParser silent;
    silent.endOfStream();
    QCOMPARE(silent.problem(), HttpResponseParser::Problem::ClosedEarly);
    QVERIFY(silent.error().contains(u"without a valid HTTP response"_s));

    HttpResponseParser cut;
    parse(cut, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}");
    cut.endOfStream();
    QCOMPARE(cut.problem(), HttpResponseParser::Problem::ClosedEarly);
    QVERIFY(cut.error().contains(u"before the response was complete"_s));
    QCOMPARE(cut.bodyBytesRead(), 2);
}

void HttpResponseParserTest::stopsAtTheEndOfTheResponse()
{
    HttpResponseParser parser;
    const QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}HTTP/1.1 200 OK\r\n";
    QCOMPARE(parser.feed(bytes), bytes.indexOf("{}") + 2);
    QVERIFY(parser.isComplete());
    QCOMPARE(parser.feed("more"), 0);
}

void HttpResponseParserTest::takesTheBodyInSlices()
{
    HttpResponseParser parser;
    const QByteArray body(10000, 'b');
    parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n");
    parser.feed(body.left(6000));
    parser.feed(body.mid(6000));
    QCOMPARE(parser.announcedLength(), 10000);
    QCOMPARE(parser.bodyAvailable(), 10000);
    QByteArray taken;
    while (parser.bodyAvailable() > 0)
        taken += parser.takeBody(4096);
    QCOMPARE(taken, body);
    QCOMPARE(parser.takeBody(10), QByteArray());
}

QTEST_GUILESS_MAIN(HttpResponseParserTest)
#include "HttpResponseParserTest.moc"
