#include "text/TextSearch.h"

#include <QTest>

using Offsets = std::vector<qsizetype>;

// Search in response bodies.
class TextSearchTest : public QObject
{
    Q_OBJECT

private slots:
    void findsEveryMatchIgnoringAsciiCase();
    void capsTheNumberOfMatches();
    void stopsWhenCancelled();
};

void TextSearchTest::findsEveryMatchIgnoringAsciiCase()
{
    QCOMPARE(
        TextSearch::findAll("Ticket ticket TICKET", "ticket", 10).offsets, Offsets({ 0, 7, 14 }));
    // Matches do not overlap.
    QCOMPARE(TextSearch::findAll("aaaa", "aa", 10).offsets, Offsets({ 0, 2 }));
    // Non-ASCII bytes match exactly.
    QCOMPARE(TextSearch::findAll("Zoë zoë ZOË", "zoë", 10).offsets, Offsets({ 0, 5 }));
    QVERIFY(TextSearch::findAll("abc", "", 10).offsets.empty());
    QVERIFY(TextSearch::findAll("ab", "abc", 10).offsets.empty());
    QCOMPARE(TextSearch::findAll("xab", "ab", 10).offsets, Offsets({ 1 }));
}

void TextSearchTest::capsTheNumberOfMatches()
{
    const TextSearch::Matches matches = TextSearch::findAll(QByteArray(100, 'x'), "x", 7);
    QCOMPARE(matches.offsets.size(), size_t(7));
    QVERIFY(matches.capped);
    QVERIFY(!TextSearch::findAll(QByteArray(7, 'x'), "x", 7).capped);
}

void TextSearchTest::stopsWhenCancelled()
{
    std::atomic<bool> cancel { true };
    QVERIFY(TextSearch::findAll(QByteArray(10, 'x'), "x", 100, &cancel).offsets.empty());
}

QTEST_GUILESS_MAIN(TextSearchTest)
#include "TextSearchTest.moc"
