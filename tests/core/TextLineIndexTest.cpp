#include "text/TextLineIndex.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QList<QByteArray> rows(const QByteArray& text, qsizetype maxRowBytes)
{
    const TextLineIndex index = TextLineIndex::build(text, maxRowBytes);
    QList<QByteArray> result;
    for (qsizetype row = 0; row < index.rowCount(); ++row)
        result.append(text.mid(index.rowStart(row), index.rowEnd(row) - index.rowStart(row)));
    return result;
}
} // namespace

// The row index that lets the body view draw any part of a huge text.
class TextLineIndexTest : public QObject
{
    Q_OBJECT

private slots:
    void splitsAtLineBreaks();
    void breaksLongLinesOutsideUtf8Sequences();
    void findsTheRowOfAnOffset();
    void stopsWhenCancelled();
};

void TextLineIndexTest::splitsAtLineBreaks()
{
    QCOMPARE(rows("a\nbc\n\nd", 100), QList<QByteArray>({ "a", "bc", "", "d" }));
    QCOMPARE(rows("a\n", 100), QList<QByteArray>({ "a", "" }));
    QCOMPARE(rows("", 100), QList<QByteArray>({ "" }));
    QCOMPARE(rows("\r\n", 100), QList<QByteArray>({ "\r", "" }));
}

void TextLineIndexTest::breaksLongLinesOutsideUtf8Sequences()
{
    QCOMPARE(rows("abcdefgh\nij", 3), QList<QByteArray>({ "abc", "def", "gh", "ij" }));
    // "ü" is two bytes; a row never ends between them.
    const QByteArray text = u"aüüü"_s.toUtf8();
    const QList<QByteArray> split = rows(text, 2);
    QCOMPARE(split.join(), text);
    for (const QByteArray& row : split)
        QVERIFY(!QString::fromUtf8(row).contains(QChar::ReplacementCharacter));
}

void TextLineIndexTest::findsTheRowOfAnOffset()
{
    const TextLineIndex index = TextLineIndex::build("ab\ncd\nef", 100);
    QCOMPARE(index.rowCount(), 3);
    QCOMPARE(index.rowOf(0), 0);
    QCOMPARE(index.rowOf(2), 0);
    QCOMPARE(index.rowOf(3), 1);
    QCOMPARE(index.rowOf(7), 2);
    QCOMPARE(index.textSize(), 8);
    QCOMPARE(index.longestRowBytes(), 2);
    QCOMPARE(TextLineIndex::build("abcdefgh\nij", 3).longestRowBytes(), 3);
}

void TextLineIndexTest::stopsWhenCancelled()
{
    std::atomic<bool> cancel { true };
    QVERIFY(TextLineIndex::build(QByteArray(10, 'x'), 4, &cancel).isEmpty());
}

QTEST_GUILESS_MAIN(TextLineIndexTest)
#include "TextLineIndexTest.moc"
