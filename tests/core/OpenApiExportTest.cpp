#include "exchange/OpenApiExport.h"

#include "TestPaths.h"
#include "io/DocumentReader.h"
#include "model/CampaignDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The OpenAPI 3.1 contract of a campaign: its shape, and what independent
// validators from npm say of it (tests/node/openapi-check.mjs).
class OpenApiExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void describesEveryEnabledWebhookAndEvent();
    void isTheSameEveryTime();
    void neverValuesASecret();
    void describesSigningAndSuccess();
    void writesTheSchemasAlone();
    void passesTheValidators();
    void theValidatorsCatchABrokenDocument();

private:
    static QJsonObject check(
        const QByteArray& json, const QByteArray& yaml, const QList<QByteArray>& schemas = {});
    QJsonObject operation(const QString& name) const;

    CampaignDocument m_sample;
    OpenApiExport::Result m_result;
};

void OpenApiExportTest::initTestCase()
{
    m_sample = *DocumentReader::readFile(TestPaths::sampleFile()).document;
    m_result = OpenApiExport::write(m_sample, { u"http://127.0.0.1:8787"_s, QString() });
    QVERIFY(m_result.problems.isEmpty());
}

QJsonObject OpenApiExportTest::operation(const QString& name) const
{
    const QJsonObject item = m_result.document[u"webhooks"_s][name].toObject();
    for (const QString& method : item.keys()) {
        if (method != u"servers"_s)
            return item[method].toObject();
    }
    return {};
}

void OpenApiExportTest::describesEveryEnabledWebhookAndEvent()
{
    QCOMPARE(m_result.document[u"openapi"_s].toString(), u"3.1.0"_s);
    QCOMPARE(m_result.document[u"info"_s][u"title"_s].toString(), m_sample.name);
    int expected = 0;
    for (const WebhookConfig& webhook : m_sample.webhooks)
        expected += webhook.enabled ? int(webhook.events.size()) : 0;
    const QJsonObject webhooks = m_result.document[u"webhooks"_s].toObject();
    QCOMPARE(webhooks.size(), expected);
    QCOMPARE(m_result.entries.size(), expected);
    QVERIFY(webhooks.contains(u"crm-sync.call.ended"_s));
    const QJsonObject crm = operation(u"crm-sync.call.ended"_s);
    QCOMPARE(crm[u"operationId"_s].toString(), u"crm-sync.call.ended"_s);
    QCOMPARE(webhooks[u"crm-sync.call.ended"_s][u"servers"_s][0][u"url"_s].toString(),
        u"http://127.0.0.1:8787/crm/v2/contacts/0035e00000XyZ12AAB/calls"_s);
    // The body's schema types the mapped fields; the sample is its example.
    const QJsonObject media = crm[u"requestBody"_s][u"content"_s][u"application/json"_s].toObject();
    QCOMPARE(media[u"schema"_s][u"properties"_s][u"call"_s][u"properties"_s][u"duration_seconds"_s]
                  [u"type"_s]
                      .toString(),
        u"integer"_s);
    QCOMPARE(
        media[u"examples"_s][u"sample"_s][u"value"_s][u"call"_s][u"duration_seconds"_s].toInt(),
        247);
    // A GET with its query as parameters.
    const QJsonObject ping = operation(u"campaign-status-ping.campaign.completed"_s);
    QCOMPARE(ping[u"parameters"_s][0][u"in"_s].toString(), u"query"_s);
    QCOMPARE(ping[u"parameters"_s][0][u"name"_s].toString(), u"campaign"_s);
    QVERIFY(!ping.contains(u"requestBody"_s));
}

void OpenApiExportTest::isTheSameEveryTime()
{
    const OpenApiExport::Result again
        = OpenApiExport::write(m_sample, { u"http://127.0.0.1:8787"_s, QString() });
    QCOMPARE(again.toJson(), m_result.toJson());
    QCOMPARE(again.toYaml(), m_result.toYaml());
}

void OpenApiExportTest::neverValuesASecret()
{
    CampaignDocument document = m_sample;
    // A value typed in rather than a ${NAME} reference.
    document.webhooks[0].headers[0].value = u"Bearer sk_live_typed_in_value"_s;
    const OpenApiExport::Result result
        = OpenApiExport::write(document, { u"http://127.0.0.1:8787"_s, QString() });
    QVERIFY(!result.toJson().contains("sk_live_typed_in_value"));
    QVERIFY(!result.toYaml().contains("sk_live_typed_in_value"));
    // The ping's secret API key header is described, never given.
    for (const QJsonValue& parameter :
        operation(u"campaign-status-ping.campaign.completed"_s)[u"parameters"_s].toArray()) {
        if (parameter[u"name"_s] == u"X-Api-Key"_s) {
            QVERIFY(!parameter.toObject().contains(u"example"_s));
            QVERIFY(parameter[u"description"_s].toString().contains(u"${OPS_API_KEY}"_s));
        }
    }
    // Authorization is a security scheme, as OpenAPI wants it.
    QCOMPARE(operation(u"crm-sync.call.ended"_s)[u"security"_s][0].toObject().keys(),
        QStringList({ u"authorizationHeader"_s }));
}

void OpenApiExportTest::describesSigningAndSuccess()
{
    const QJsonObject ticket = operation(u"helpdesk-follow-up.call.failed"_s);
    QStringList headers;
    for (const QJsonValue& parameter : ticket[u"parameters"_s].toArray())
        headers.append(parameter[u"name"_s].toString());
    QVERIFY(headers.contains(u"webhook-signature"_s));
    QVERIFY(headers.contains(u"webhook-timestamp"_s));
    // The CRM sync wants any 2xx and {"ok": true}.
    const QJsonObject responses = operation(u"crm-sync.call.ended"_s)[u"responses"_s].toObject();
    QCOMPARE(responses.keys(), QStringList({ u"2XX"_s, u"default"_s }));
    QCOMPARE(responses[u"2XX"_s][u"content"_s][u"application/json"_s][u"schema"_s][u"properties"_s]
                      [u"ok"_s][u"const"_s]
                          .toBool(),
        true);
    // A form body's example is an object of its fields, as its schema says.
    const QJsonObject form
        = ticket[u"requestBody"_s][u"content"_s][u"application/x-www-form-urlencoded"_s].toObject();
    QCOMPARE(
        form[u"examples"_s][u"sample"_s][u"value"_s][u"reason"_s].toString(), u"call.failed"_s);
}

void OpenApiExportTest::writesTheSchemasAlone()
{
    const OpenApiExport::Entry& crm = m_result.entries.first();
    const QJsonObject schema = OpenApiExport::standaloneSchema(crm);
    QCOMPARE(schema[u"$schema"_s].toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
    QCOMPARE(schema[u"$id"_s].toString(), crm.name + u".schema.json"_s);
    QCOMPARE(schema[u"properties"_s], crm.schema[u"properties"_s]);
}

QJsonObject OpenApiExportTest::check(
    const QByteArray& json, const QByteArray& yaml, const QList<QByteArray>& schemas)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    const QString script = TestPaths::sourceDir() + u"/tests/node/openapi-check.mjs"_s;
    const QString validator = TestPaths::sourceDir()
        + u"/tests/node/node_modules/@seriousme/openapi-schema-validator/package.json"_s;
    if (node.isEmpty() || !QFile::exists(validator)) {
        qWarning("node and the validators are needed (scripts/run-tests.sh runs npm ci in "
                 "tests/node)");
        return {};
    }
    QTemporaryDir dir;
    QStringList arguments { script, dir.filePath(u"openapi.json"_s),
        dir.filePath(u"openapi.yaml"_s) };
    QList<QPair<QString, QByteArray>> files { { arguments.at(1), json },
        { arguments.at(2), yaml } };
    for (qsizetype i = 0; i < schemas.size(); ++i) {
        arguments.append(dir.filePath(u"schema-%1.json"_s.arg(i)));
        files.append({ arguments.last(), schemas.at(i) });
    }
    for (const auto& [path, bytes] : files) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
    }
    QProcess process;
    process.start(node, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s", process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void OpenApiExportTest::passesTheValidators()
{
    QList<QByteArray> schemas;
    for (const OpenApiExport::Entry& entry : m_result.entries) {
        if (!entry.schema.isEmpty())
            schemas.append(QJsonDocument(OpenApiExport::standaloneSchema(entry)).toJson());
    }
    const QJsonObject result = check(m_result.toJson(), m_result.toYaml(), schemas);
    QVERIFY2(!result.isEmpty(), "the validators did not run");
    QVERIFY2(result[u"document"_s][u"valid"_s].toBool(),
        QJsonDocument(result[u"document"_s].toObject()).toJson().constData());
    QVERIFY(result[u"yaml"_s][u"valid"_s].toBool());
    QVERIFY2(result[u"yaml"_s][u"same"_s].toBool(), "the YAML holds another document");
    const QJsonArray examples = result[u"examples"_s].toArray();
    QCOMPARE(examples.size(), schemas.size());
    for (const QJsonValue& example : examples) {
        QVERIFY2(example[u"valid"_s].toBool(),
            qPrintable(example[u"name"_s].toString() + u": "_s
                + QString::fromUtf8(QJsonDocument(example[u"errors"_s].toArray()).toJson())));
    }
    for (const QJsonValue& schema : result[u"schemas"_s].toArray())
        QVERIFY2(schema[u"valid"_s].toBool(), qPrintable(schema[u"errors"_s][0].toString()));
}

void OpenApiExportTest::theValidatorsCatchABrokenDocument()
{
    // Without this the test above could pass with validators that accept
    // anything.
    QJsonObject broken = m_result.document;
    broken.remove(u"info"_s);
    QJsonObject webhooks = broken[u"webhooks"_s].toObject();
    QJsonObject item = webhooks[u"crm-sync.call.ended"_s].toObject();
    QJsonObject post = item[u"post"_s].toObject();
    QJsonObject body = post[u"requestBody"_s].toObject();
    QJsonObject content = body[u"content"_s].toObject();
    QJsonObject media = content[u"application/json"_s].toObject();
    QJsonObject examples = media[u"examples"_s].toObject();
    examples[u"sample"_s] = QJsonObject { { u"value"_s, QJsonObject { { u"call"_s, 1 } } } };
    media[u"examples"_s] = examples;
    content[u"application/json"_s] = media;
    body[u"content"_s] = content;
    post[u"requestBody"_s] = body;
    item[u"post"_s] = post;
    webhooks[u"crm-sync.call.ended"_s] = item;
    broken[u"webhooks"_s] = webhooks;
    const QByteArray json = QJsonDocument(broken).toJson();
    const QJsonObject result = check(json, json);
    QVERIFY2(!result.isEmpty(), "the validators did not run");
    QVERIFY(!result[u"document"_s][u"valid"_s].toBool());
    bool caught = false;
    for (const QJsonValue& example : result[u"examples"_s].toArray())
        caught |= example[u"name"_s] == u"crm-sync.call.ended"_s && !example[u"valid"_s].toBool();
    QVERIFY(caught);
}

QTEST_GUILESS_MAIN(OpenApiExportTest)
#include "OpenApiExportTest.moc"
