#include "templating/MappingOverview.h"

#include "TestPaths.h"
#include "io/DocumentReader.h"
#include "templating/JsonTemplateFormatter.h"
#include "templating/VariableNaming.h"

#include <QTest>

using namespace Qt::StringLiterals;

class MappingOverviewTest : public QObject
{
    Q_OBJECT

private slots:
    void listsUsedVariablesAndMappings();
    void suggestsUniqueNamesAndReusesMappedFields();
    void indentsRenderedJsonKeepingOrder();
};

void MappingOverviewTest::listsUsedVariablesAndMappings()
{
    WebhookConfig webhook;
    webhook.url = u"https://x.example/{{id}}?e={{event}}"_s;
    webhook.headers = { { u"X-Name"_s, u"{{name}} {{id}}"_s, true, false },
        { u"X-Off"_s, u"{{hidden}}"_s, false, false } };
    webhook.body = u"{\"id\": \"{{id}}\", \"missing\": {{missing}}}"_s;
    webhook.mappings = { { u"id"_s, DataSource::CallLogField, u"call_id"_s, QString() },
        { u"name"_s, DataSource::ContactField, u"first_name"_s, QString() },
        { u"stale"_s, DataSource::DefaultValue, QString(), u"x"_s } };
    const QList<MappingOverview::Row> rows = MappingOverview::build(webhook);
    QStringList variables;
    for (const auto& row : rows)
        variables.append(row.variable);
    QCOMPARE(variables, QStringList({ u"id"_s, u"event"_s, u"name"_s, u"missing"_s, u"stale"_s }));
    QCOMPARE(rows.at(0).usedIn, QStringList({ u"URL"_s, u"Header X-Name"_s, u"Body"_s }));
    QCOMPARE(rows.at(0).mappingIndex, 0);
    QVERIFY(rows.at(1).builtIn);
    QVERIFY(!rows.at(1).isUnmapped());
    QVERIFY(rows.at(3).isUnmapped());
    QCOMPARE(rows.at(3).usedIn, QStringList { u"Body"_s });
    QVERIFY(rows.at(4).isUnused());
    QCOMPARE(rows.at(4).mappingIndex, 2);
}

void MappingOverviewTest::suggestsUniqueNamesAndReusesMappedFields()
{
    WebhookConfig webhook;
    webhook.mappings = { { u"first_name"_s, DataSource::ContactField, u"first_name"_s, QString() },
        { u"duration"_s, DataSource::CallLogField, u"duration_seconds"_s, QString() } };
    QCOMPARE(VariableNaming::existing(webhook, DataSource::ContactField, u"first_name"_s),
        u"first_name"_s);
    QCOMPARE(VariableNaming::existing(webhook, DataSource::CallLogField, u"duration_seconds"_s),
        u"duration"_s);
    QCOMPARE(
        VariableNaming::existing(webhook, DataSource::DynamicVariable, u"first_name"_s), QString());
    QCOMPARE(VariableNaming::suggest(webhook, DataSource::DynamicVariable, u"first_name"_s),
        u"first_name_2"_s);
    QCOMPARE(
        VariableNaming::suggest(webhook, DataSource::CallLogField, u"to_number"_s), u"to_number"_s);
    QCOMPARE(VariableNaming::suggest(webhook, DataSource::DefaultValue, QString()), u"value"_s);
    QCOMPARE(VariableNaming::suggest(webhook, DataSource::Timestamp, u"timestamp"_s),
        u"timestamp_2"_s); // never a built-in's name
}

void MappingOverviewTest::indentsRenderedJsonKeepingOrder()
{
    QCOMPARE(
        JsonTemplateFormatter::indentJson(u"{\"z\":1,\"a\":\"{{not a placeholder}}\",\"e\":[]}"_s),
        u"{\n  \"z\": 1,\n  \"a\": \"{{not a placeholder}}\",\n  \"e\": []\n}\n"_s);
    QCOMPARE(JsonTemplateFormatter::indentJson(u"subject=a&b=c"_s), u"subject=a&b=c"_s);
}

QTEST_GUILESS_MAIN(MappingOverviewTest)
#include "MappingOverviewTest.moc"
