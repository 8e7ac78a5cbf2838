#include "templating/JsonTemplateFormatter.h"

#include "templating/JsonTemplateScanner.h"
#include "templating/TemplateParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class JsonTemplateFormatterTest : public QObject
{
    Q_OBJECT

private slots:
    void formatsKeepingOrderStringsAndPlaceholders();
    void keepsEmptyContainersOnOneLine();
    void isStableAndStillValid();
    void leavesInvalidTemplatesAlone();
};

void JsonTemplateFormatterTest::formatsKeepingOrderStringsAndPlaceholders()
{
    const QString text
        = u"{\"z\":{{count}},\"a\":[1,\"x, {y}: \\\"q\\\"\",{{ list }}],\"name\":\"{{first}} {{last}}\"}"_s;
    QCOMPARE(*JsonTemplateFormatter::format(text),
        u"{\n"
        "  \"z\": {{count}},\n"
        "  \"a\": [\n"
        "    1,\n"
        "    \"x, {y}: \\\"q\\\"\",\n"
        "    {{ list }}\n"
        "  ],\n"
        "  \"name\": \"{{first}} {{last}}\"\n"
        "}\n"_s);
}

void JsonTemplateFormatterTest::keepsEmptyContainersOnOneLine()
{
    QCOMPARE(*JsonTemplateFormatter::format(u"{ \"a\" : { } , \"b\":[  ]}"_s),
        u"{\n  \"a\": {},\n  \"b\": []\n}\n"_s);
    QCOMPARE(*JsonTemplateFormatter::format(u"{{payload}}"_s), u"{{payload}}\n"_s);
}

void JsonTemplateFormatterTest::isStableAndStillValid()
{
    const QString text = u"{\"a\":{\"b\":[{\"c\":{{v}}}]},\"d\":true,\"e\":null,\"f\":-1.5e3}"_s;
    const QString once = *JsonTemplateFormatter::format(text);
    QCOMPARE(*JsonTemplateFormatter::format(once), once);
    const ParsedTemplate parsed = TemplateParser::parse(once);
    QVERIFY(JsonTemplateScanner::scan(once, parsed).errors.isEmpty());
}

void JsonTemplateFormatterTest::leavesInvalidTemplatesAlone()
{
    QVERIFY(!JsonTemplateFormatter::format(u"{\"a\": 1,}"_s));
    QVERIFY(!JsonTemplateFormatter::format(u"{\"a\": {{ bad name }}}"_s));
    QVERIFY(!JsonTemplateFormatter::format(QString()));
}

QTEST_GUILESS_MAIN(JsonTemplateFormatterTest)
#include "JsonTemplateFormatterTest.moc"
