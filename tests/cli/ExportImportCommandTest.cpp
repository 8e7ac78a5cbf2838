#include "CliRunner.h"
#include "TestPaths.h"
#include "exchange/EnvironmentInliner.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// export and import as a script uses them: files, standard input and output,
// exit codes.
class ExportImportCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void exportsForProduction();
    void refusesACampaignWithErrorsUnlessADraft();
    void exportsCurlWithSecretsAsVariables();
    void exportsPostman();
    void exportsAnOpenApiContract();
    void exportsJsonSchemas();
    void exportsWithAnEnvironment();
    void roundTripsThroughProduction();
    void importsCurlFromStandardInput();
    void refusesBadInput();

private:
    QTemporaryDir m_dir;
};

void ExportImportCommandTest::exportsForProduction()
{
    const CliRun run = runCli({ u"export"_s, TestPaths::sampleFile() });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"webhook-studio.production"_s);
    QVERIFY(run.err.contains(u"export: production must provide these secrets: CRM_API_TOKEN, "
                             "HELPDESK_SIGNING_SECRET, HELPDESK_TOKEN, OPS_API_KEY"_s));
    // -o writes the same bytes to a file.
    const QString path = m_dir.filePath(u"winter.production.json"_s);
    QCOMPARE(runCli({ u"export"_s, TestPaths::sampleFile(), u"-o"_s, path }).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), run.out);
}

void ExportImportCommandTest::refusesACampaignWithErrorsUnlessADraft()
{
    CampaignDocument document = *DocumentReader::readFile(TestPaths::sampleFile()).document;
    document.webhooks[1].url += u"/{{nowhere}}"_s;
    const QString path = m_dir.filePath(u"broken.webhooks.json"_s);
    QCOMPARE(DocumentWriter::writeFile(document, path), QString());
    const CliRun refused = runCli({ u"export"_s, path });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    QVERIFY(refused.err.contains(u"$.webhooks[1].request.url: error:"_s));
    QVERIFY(refused.err.contains(u"export: refused: the campaign has errors"_s));
    const CliRun draft = runCli({ u"export"_s, path, u"--draft"_s });
    QCOMPARE(draft.exitCode, 0);
    QCOMPARE(
        QJsonDocument::fromJson(draft.out.toUtf8()).object().value(u"draft"_s), QJsonValue(true));
}

void ExportImportCommandTest::exportsCurlWithSecretsAsVariables()
{
    const CliRun run = runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"curl"_s,
        u"--webhook"_s, u"CRM sync"_s, u"--receiver"_s, u"http://127.0.0.1:9999"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(
        run.out.startsWith(u"# CRM sync — call.ended\ncurl -X POST "
                           "'http://127.0.0.1:9999/crm/v2/contacts/0035e00000XyZ12AAB/calls'"_s));
    QVERIFY(run.out.contains(u"-H 'Authorization: '\"${CRM_API_TOKEN}\""_s));

    // Signing needs its secret.
    const CliRun unsigned_ = runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s,
        u"curl"_s, u"--webhook"_s, u"Helpdesk follow-up ticket"_s });
    QCOMPARE(unsigned_.exitCode, 1);
    QVERIFY(unsigned_.err.contains(u"set the environment variable HELPDESK_SIGNING_SECRET"_s));
}

void ExportImportCommandTest::exportsPostman()
{
    const CliRun run
        = runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"postman"_s });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject collection = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(collection[u"info"_s][u"name"_s].toString(), u"Winter Renewal Outreach"_s);
    QCOMPARE(collection[u"item"_s].toArray().size(), 4);
}

void ExportImportCommandTest::exportsAnOpenApiContract()
{
    // YAML on standard output...
    const CliRun yaml
        = runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"openapi"_s });
    QCOMPARE(yaml.exitCode, 0);
    QVERIFY(yaml.out.contains(u"openapi: \"3.1.0\"\n"_s));
    QVERIFY(yaml.out.contains(u"\n  crm-sync.call.ended:\n    post:\n"_s));
    // ... JSON into a file that ends in .json.
    const QString path = m_dir.filePath(u"contract.json"_s);
    const CliRun json = runCli(
        { u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"openapi"_s, u"-o"_s, path });
    QCOMPARE(json.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject contract = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(contract[u"openapi"_s].toString(), u"3.1.0"_s);
    QVERIFY(contract[u"webhooks"_s].toObject().contains(u"crm-sync.call.ended"_s));
}

void ExportImportCommandTest::exportsJsonSchemas()
{
    const CliRun withoutFolder
        = runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"json-schema"_s });
    QCOMPARE(withoutFolder.exitCode, 2);
    QVERIFY(withoutFolder.err.contains(u"-o DIR"_s));
    const QString folder = m_dir.filePath(u"schemas"_s);
    const CliRun run = runCli(
        { u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"json-schema"_s, u"-o"_s, folder });
    QCOMPARE(run.exitCode, 0);
    // The four webhooks and events of the sample that send a body.
    QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);
    QFile file(QDir(folder).filePath(u"crm-sync.call.ended.schema.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(schema[u"$schema"_s].toString(), u"https://json-schema.org/draft/2020-12/schema"_s);
    QCOMPARE(schema[u"properties"_s][u"call"_s][u"properties"_s][u"started_at"_s][u"format"_s]
                 .toString(),
        u"date-time"_s);
}

void ExportImportCommandTest::exportsWithAnEnvironment()
{
    const CliRun production
        = runCli({ u"export"_s, TestPaths::sampleFile(), u"--environment"_s, u"Staging"_s });
    QCOMPARE(production.exitCode, 0);
    QVERIFY(production.err.contains(u"export: with the values of the environment \"Staging\"."_s));
    const QJsonObject root = QJsonDocument::fromJson(production.out.toUtf8()).object();
    QCOMPARE(root[u"environment"_s].toString(), u"Staging"_s);
    QCOMPARE(root[u"webhooks"_s][0][u"request"_s][u"url"_s].toString(),
        u"https://hooks.staging.brightline.example/crm/v2/contacts/{{crm_id}}/calls"_s);

    const CliRun curl = runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"curl"_s,
        u"--webhook"_s, u"CRM sync"_s, u"--environment"_s, u"Staging"_s });
    QCOMPARE(curl.exitCode, 0);
    QVERIFY(curl.out.contains(u"'https://hooks.staging.brightline.example/crm/v2/contacts/"_s));

    const QString collection = m_dir.filePath(u"winter.postman_collection.json"_s);
    const CliRun postman = runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s,
        u"postman"_s, u"--environment"_s, u"Staging"_s, u"-o"_s, collection });
    QCOMPARE(postman.exitCode, 0);
    QFile file(m_dir.filePath(u"winter.postman_environment.json"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(postman.err));
    const QJsonObject environment = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(environment[u"name"_s].toString(), u"Winter Renewal Outreach · Staging"_s);
    QCOMPARE(environment[u"_postman_variable_scope"_s].toString(), u"environment"_s);
    const QJsonArray values = environment[u"values"_s].toArray();
    QCOMPARE(values.first()[u"key"_s].toString(), u"local_receiver"_s);
    QVERIFY(std::any_of(values.begin(), values.end(), [](const QJsonValue& value) {
        return value[u"key"_s].toString() == u"CRM_API_TOKEN"_s
            && value[u"type"_s].toString() == u"secret"_s && value[u"value"_s].toString().isEmpty();
    }));

    const CliRun unknown
        = runCli({ u"export"_s, TestPaths::sampleFile(), u"--environment"_s, u"Production"_s });
    QCOMPARE(unknown.exitCode, 2);
}

void ExportImportCommandTest::roundTripsThroughProduction()
{
    const QString exported = m_dir.filePath(u"round.production.json"_s);
    QCOMPARE(runCli({ u"export"_s, TestPaths::sampleFile(), u"-o"_s, exported }).exitCode, 0);
    const QString imported = m_dir.filePath(u"round.webhooks.json"_s);
    const CliRun run
        = runCli({ u"import"_s, u"--from"_s, u"production"_s, exported, u"-o"_s, imported });
    QCOMPARE(run.exitCode, 0);
    const LoadResult back = DocumentReader::readFile(imported);
    QVERIFY(back.document);
    CampaignDocument original = *DocumentReader::readFile(TestPaths::sampleFile()).document;
    // The export carries the first environment's values (Local's).
    QVERIFY(EnvironmentInliner::inlineInto(original, original.environments.first()).isEmpty());
    QCOMPARE(back.document->webhooks, original.webhooks);
    QCOMPARE(runCli({ u"validate"_s, imported }).exitCode, 0);
}

void ExportImportCommandTest::importsCurlFromStandardInput()
{
    const CliRun run = runCli({ u"import"_s, u"--from"_s, u"curl"_s, u"--event"_s, u"call.failed"_s,
                                  u"--event"_s, u"call.ended"_s },
        "curl -X PUT https://crm.example.com/v1/calls -H 'Authorization: Bearer abc' "
        "-H 'Content-Type: application/json' -d '{\"a\":1}'");
    QCOMPARE(run.exitCode, 0);
    const LoadResult loaded = DocumentReader::readBytes(run.out.toUtf8());
    QVERIFY2(loaded.document, qPrintable(loaded.problems.value(0).toString()));
    const WebhookConfig& webhook = loaded.document->webhooks.first();
    QCOMPARE(webhook.method, HttpMethod::Put);
    QCOMPARE(webhook.events, QStringList({ u"call.failed"_s, u"call.ended"_s }));
    QCOMPARE(webhook.headers.first().value, u"${CRM_EXAMPLE_COM_V1_CALLS_AUTHORIZATION}"_s);
    QVERIFY(!run.out.contains(u"Bearer abc"_s));
    // Tests run without a keychain: the one command that supplies it.
    QVERIFY2(run.err.contains(
                 u"note: the secret value became ${CRM_EXAMPLE_COM_V1_CALLS_AUTHORIZATION}, and no "
                 "keychain can keep it ("_s),
        qPrintable(run.err));
    QVERIFY(
        run.err.contains(u"\n  export CRM_EXAMPLE_COM_V1_CALLS_AUTHORIZATION='Bearer abc'\n"_s));
}

void ExportImportCommandTest::refusesBadInput()
{
    const CliRun form = runCli({ u"import"_s, u"--from"_s, u"curl"_s }, "curl -F a=@b http://x");
    QCOMPARE(form.exitCode, 1);
    QVERIFY(
        form.err.contains(u"standard input: -F: error: Multipart forms (-F) cannot be imported"_s));
    QCOMPARE(runCli({ u"import"_s, u"--from"_s, u"yaml"_s }).exitCode, 2);
    QCOMPARE(runCli({ u"export"_s, TestPaths::sampleFile(), u"--format"_s, u"xml"_s }).exitCode, 2);
    const CliRun notExport
        = runCli({ u"import"_s, u"--from"_s, u"production"_s, TestPaths::sampleFile() });
    QCOMPARE(notExport.exitCode, 1);
    QVERIFY(notExport.err.contains(u"$.format: error: This is not a production export"_s));
}

QTEST_GUILESS_MAIN(ExportImportCommandTest)
#include "ExportImportCommandTest.moc"
