#include "templating/TemplateParser.h"

#include "templating/TextPositionCursor.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TemplateParserTest : public QObject
{
    Q_OBJECT

private slots:
    void splitsLiteralsAndPlaceholders();
    void allowsSpacesInsideBraces();
    void reportsPositionsOnLaterLines();
    void countsColumnsInCharacters();
    void escapedBracesAreLiteral();
    void reportsMalformedPlaceholders_data();
    void reportsMalformedPlaceholders();
    void keepsSingleBracesAndJson();
    void extraOpeningBracesAreLiteral();
    void listsVariablesOnceInOrder();
    void findsEveryPlaceholderOnALongLine();
    void cursorAgreesWithCountingInAnyOrder();
};

void TemplateParserTest::splitsLiteralsAndPlaceholders()
{
    const ParsedTemplate parsed = TemplateParser::parse(u"Hi {{first_name}}{{last_name}}!"_s);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.segments.size(), 4);
    QCOMPARE(parsed.segments.at(0).text, u"Hi "_s);
    QVERIFY(!parsed.segments.at(0).isPlaceholder());
    QCOMPARE(parsed.segments.at(1).text, u"first_name"_s);
    QVERIFY(parsed.segments.at(1).isPlaceholder());
    QCOMPARE(parsed.segments.at(1).offset, 3);
    QCOMPARE(parsed.segments.at(1).length, 14);
    QCOMPARE(parsed.segments.at(2).text, u"last_name"_s);
    QCOMPARE(parsed.segments.at(2).offset, 17);
    QCOMPARE(parsed.segments.at(3).text, u"!"_s);
}

void TemplateParserTest::allowsSpacesInsideBraces()
{
    const ParsedTemplate parsed = TemplateParser::parse(u"{{  contact.first_name\t}}"_s);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.segments.size(), 1);
    QCOMPARE(parsed.segments.first().text, u"contact.first_name"_s);
    QCOMPARE(parsed.segments.first().length, 25);
}

void TemplateParserTest::reportsPositionsOnLaterLines()
{
    const QString text = u"{\n  \"a\": 1,\n    \"b\": {{}}\n}"_s;
    const ParsedTemplate parsed = TemplateParser::parse(text);
    QCOMPARE(parsed.errors.size(), 1);
    const TextPosition position = parsed.errors.first().position;
    QCOMPARE(position.line, 3);
    QCOMPARE(position.column, 10);
    QCOMPARE(position.offset, text.indexOf(u"{{"_s));
    QCOMPARE(parsed.errors.first().length, 4);
}

void TemplateParserTest::countsColumnsInCharacters()
{
    // The emoji is two UTF-16 units but one character on screen.
    const QString text = u"😀 é {{ bad name }}"_s;
    const ParsedTemplate parsed = TemplateParser::parse(text);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().position.column, 5);
    QCOMPARE(parsed.errors.first().position.offset, 5);
}

void TemplateParserTest::escapedBracesAreLiteral()
{
    const ParsedTemplate parsed = TemplateParser::parse(u"Use \\{{name}} for {{name}}"_s);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.variables(), QStringList { u"name"_s });
    QCOMPARE(parsed.segments.first().text, u"Use {{name}} for "_s);
    QVERIFY(!parsed.segments.first().isPlaceholder());
    // An escaped backslash does not escape the braces after it.
    const ParsedTemplate pair = TemplateParser::parse(u"\"a\\\\{{x}}\" \\\\\\{{y}}"_s);
    QCOMPARE(pair.variables(), QStringList { u"x"_s });
    QCOMPARE(pair.segments.at(0).text, u"\"a\\\\"_s);
    QCOMPARE(pair.segments.at(2).text, u"\" \\\\{{y}}"_s);
    // A backslash elsewhere stays as it is.
    QCOMPARE(TemplateParser::parse(u"a\\b \\{"_s).segments.first().text, u"a\\b \\{"_s);
}

void TemplateParserTest::reportsMalformedPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed") << u"id={{call_id"_s << 4 << u"Unclosed placeholder"_s;
    QTest::newRow("unclosed before newline") << u"a {{name\n}}"_s << 3 << u"on the same line"_s;
    QTest::newRow("lone opening") << u"x {{"_s << 3 << u"Unclosed placeholder"_s;
    QTest::newRow("empty") << u"a{{}}b"_s << 2 << u"Empty placeholder"_s;
    QTest::newRow("blank") << u"{{   }}"_s << 1 << u"Empty placeholder"_s;
    QTest::newRow("space in name") << u"{{ bad name }}"_s << 1 << u"\"bad name\" is not a valid"_s;
    QTest::newRow("dash in name") << u"..{{first-name}}"_s << 3 << u"\"first-name\""_s;
    QTest::newRow("digit first") << u"{{1st}}"_s << 1 << u"\"1st\""_s;
    QTest::newRow("brace inside") << u"{{a{b}}"_s << 1 << u"\"a{b\""_s;
}

void TemplateParserTest::reportsMalformedPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    const ParsedTemplate parsed = TemplateParser::parse(text);
    QCOMPARE(parsed.errors.size(), 1);
    QCOMPARE(parsed.errors.first().position.column, column);
    QVERIFY2(
        parsed.errors.first().message.contains(message), qPrintable(parsed.errors.first().message));
    QVERIFY(!parsed.hasPlaceholders());
    // The malformed text is kept, never silently dropped.
    QString literal;
    for (const ParsedTemplate::Segment& segment : parsed.segments)
        literal += segment.text;
    QCOMPARE(literal, text);
}

void TemplateParserTest::keepsSingleBracesAndJson()
{
    const QString json = u"{\"a\": {\"b\": [1, {\"c\": {{value}}}]}}"_s;
    const ParsedTemplate parsed = TemplateParser::parse(json);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.variables(), QStringList { u"value"_s });
    QCOMPARE(parsed.segments.last().text, u"}]}}"_s);
}

void TemplateParserTest::extraOpeningBracesAreLiteral()
{
    const ParsedTemplate parsed = TemplateParser::parse(u"{{{x}}} {{{{ y }}"_s);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.variables(), QStringList({ u"x"_s, u"y"_s }));
    QCOMPARE(parsed.segments.at(0).text, u"{"_s);
    QCOMPARE(parsed.segments.at(1).offset, 1);
    QCOMPARE(parsed.segments.at(2).text, u"} {{"_s);
}

void TemplateParserTest::listsVariablesOnceInOrder()
{
    const ParsedTemplate parsed = TemplateParser::parse(u"{{b}} {{a}} {{b}} {{ c }}"_s);
    QCOMPARE(parsed.variables(), QStringList({ u"b"_s, u"a"_s, u"c"_s }));
    QVERIFY(TemplateParser::parse(QString()).segments.isEmpty());
}

// Where the parser remembers the next "}}" and line break: placeholders,
// then unclosed ones, then one closed only on the next line.
void TemplateParserTest::findsEveryPlaceholderOnALongLine()
{
    QString text;
    for (int i = 0; i < 300; ++i)
        text += u"{\"v%1\":\"{{var_%1}}\"},"_s.arg(i);
    for (int i = 0; i < 300; ++i)
        text += u"{\"u\":\"{{ \"},"_s;
    text += u"{{tail\n}}"_s;
    const ParsedTemplate parsed = TemplateParser::parse(text);
    QCOMPARE(parsed.variables().size(), 300);
    QCOMPARE(parsed.variables().last(), u"var_299"_s);
    QCOMPARE(parsed.errors.size(), 301);
    const qsizetype lastUnclosed = text.lastIndexOf(u"{{ "_s);
    QCOMPARE(parsed.errors.at(299).position.column, int(lastUnclosed) + 1);
    QCOMPARE(parsed.errors.last().position.column, int(text.lastIndexOf(u"{{tail"_s)) + 1);
    QCOMPARE(parsed.errors.last().position.line, 1);
}

// Line and column by counting from the start, against the cursor that walks
// on from its previous offset, forwards and back.
void TemplateParserTest::cursorAgreesWithCountingInAnyOrder()
{
    const QString text = u"ab\nc😀d\n\n😀😀x\ny"_s;
    const auto counted = [&text](qsizetype offset) {
        const QStringView before = QStringView(text).left(offset);
        const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
        const QStringView line = before.mid(lineStart);
        const auto lows
            = std::count_if(line.begin(), line.end(), [](QChar c) { return c.isLowSurrogate(); });
        return std::pair(int(before.count(u'\n')) + 1, int(line.size() - lows) + 1);
    };
    TextPositionCursor cursor(text);
    const qsizetype offsets[] = { 0, 3, 5, 6, 2, 9, 13, 13, 1, 16, 99, 7 };
    for (const qsizetype offset : offsets) {
        const TextPosition position = cursor.at(offset);
        const qsizetype clamped = std::min(offset, text.size());
        QCOMPARE(position.offset, clamped);
        QCOMPARE(std::pair(position.line, position.column), counted(clamped));
    }
}

QTEST_GUILESS_MAIN(TemplateParserTest)
#include "TemplateParserTest.moc"
