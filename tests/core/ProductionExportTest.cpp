#include "exchange/ProductionExport.h"

#include "TestPaths.h"
#include "exchange/EnvironmentInliner.h"
#include "io/DocumentReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
CampaignDocument sample()
{
    return *DocumentReader::readFile(TestPaths::sampleFile()).document;
}
} // namespace

// The production export: exact, valid, free of secrets, and readable back.
class ProductionExportTest : public QObject
{
    Q_OBJECT

private slots:
    void exportsTheSample();
    void isDeterministicAndConformsToTheSchema();
    void neverExportsSecretValues();
    void refusesErrorsUnlessADraftIsAsked();
    void readsItselfBack();
    void refusesWhatIsNotAnExport_data();
    void refusesWhatIsNotAnExport();
};

void ProductionExportTest::exportsTheSample()
{
    CampaignDocument document = sample();
    document.webhooks[0].headers[1].enabled = false; // X-Campaign-Id
    const ProductionExport::Result result = ProductionExport::write(document);
    QVERIFY2(result.succeeded(), qPrintable(result.problems.value(0).toString()));
    QCOMPARE(result.secrets,
        QStringList({ u"CRM_API_TOKEN"_s, u"HELPDESK_SIGNING_SECRET"_s, u"HELPDESK_TOKEN"_s,
            u"OPS_API_KEY"_s }));
    const QJsonObject root = QJsonDocument::fromJson(result.json).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"webhook-studio.production"_s);
    QCOMPARE(root.value(u"draft"_s), QJsonValue(false));
    QVERIFY(!root.contains(u"sampleData"_s));
    QCOMPARE(root.value(u"secrets"_s).toArray().size(), 4);
    // No samples in the data model, no disabled headers.
    QVERIFY(!result.json.contains("\"sample\""));
    const QJsonArray headers = root.value(u"webhooks"_s)[0][u"request"_s][u"headers"_s].toArray();
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(1)[u"name"_s].toString(), u"Idempotency-Key"_s);
    // Keys come in the document's order.
    QVERIFY(result.json.startsWith("{\n  \"format\": \"webhook-studio.production\",\n  "
                                   "\"version\": 1,\n  \"draft\": false,\n  "
                                   "\"environment\": \"Local\",\n  \"campaign\": {"));
}

void ProductionExportTest::isDeterministicAndConformsToTheSchema()
{
    const QByteArray first = ProductionExport::write(sample()).json;
    QCOMPARE(ProductionExport::write(sample()).json, first);

    // An independent validator agrees.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"winter.production.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(first);
    file.close();
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(TestPaths::python(),
        { TestPaths::sourceDir() + u"/tests/tools/check_schema.py"_s,
            TestPaths::sourceDir() + u"/resources/schema/production.schema.json"_s, u"--ref"_s,
            TestPaths::schemaFile(), u"--valid"_s, path });
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAll().constData());
}

void ProductionExportTest::neverExportsSecretValues()
{
    CampaignDocument document = sample();
    document.webhooks[0].headers[0].value = u"Bearer sk_live_plain_value"_s;
    document.webhooks[3].signing.secret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;
    const ProductionExport::Result result = ProductionExport::write(document);
    QVERIFY(result.succeeded());
    QVERIFY(!result.json.contains("sk_live_plain_value"));
    QVERIFY(!result.json.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    QVERIFY(result.secrets.contains(u"CRM_SYNC_AUTHORIZATION"_s));
    QVERIFY(result.json.contains("\"${CRM_SYNC_AUTHORIZATION}\""));
}

void ProductionExportTest::refusesErrorsUnlessADraftIsAsked()
{
    CampaignDocument document = sample();
    document.webhooks[2].body += u"{{unmapped}}"_s;
    const ProductionExport::Result refused = ProductionExport::write(document);
    QVERIFY(!refused.succeeded());
    QVERIFY(!refused.problems.isEmpty());
    QCOMPARE(refused.problems.first().path, u"$.webhooks[2].request.body"_s);

    const ProductionExport::Result draft
        = ProductionExport::write(document, ProductionExport::Mode::Draft);
    QVERIFY(draft.succeeded());
    QCOMPARE(QJsonDocument::fromJson(draft.json).object().value(u"draft"_s), QJsonValue(true));
    QVERIFY(!draft.problems.isEmpty()); // still said
}

void ProductionExportTest::readsItselfBack()
{
    const CampaignDocument original = sample();
    const LoadResult back = ProductionExport::read(ProductionExport::write(original).json);
    QVERIFY2(back.document, qPrintable(back.problems.value(0).toString()));
    CampaignDocument expected = original;
    expected.sampleData = {};
    // The export holds the first environment's values.
    QVERIFY(EnvironmentInliner::inlineInto(expected, expected.environments.first()).isEmpty());
    for (DataSource source : { DataSource::ContactField, DataSource::AgentOutcomeField,
             DataSource::DynamicVariable, DataSource::PostCallOutcome }) {
        for (FieldDefinition& field : *expected.dataModel.mutableFields(source))
            field.sample = QJsonValue(); // as a field without a sample reads
    }
    QCOMPARE(back.document->webhooks, expected.webhooks);
    QCOMPARE(back.document->dataModel, expected.dataModel);
    QCOMPARE(back.document->name, expected.name);
}

void ProductionExportTest::refusesWhatIsNotAnExport_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("broken") << QByteArray("{\"format\": ") << u"$"_s << u"line 1"_s;
    QTest::newRow("a campaign") << QByteArray(R"({"format":"webhook-studio.campaign","version":1})")
                                << u"$.format"_s << u"not a production export"_s;
    QTest::newRow("newer") << QByteArray(R"({"format":"webhook-studio.production","version":3})")
                           << u"$.version"_s << u"version 3, made by a newer Webhook Studio"_s;
    QTest::newRow("schema") << QByteArray(
        R"({"format":"webhook-studio.production","version":1,"draft":false,)"
        R"("campaign":{"name":"x"},"secrets":["bad name"],"webhooks":[]})")
                            << u"$.secrets[0]"_s << u"does not match"_s;
}

void ProductionExportTest::refusesWhatIsNotAnExport()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const LoadResult result = ProductionExport::read(json);
    QVERIFY(!result.document);
    QCOMPARE(result.problems.first().path, path);
    QVERIFY2(result.problems.first().message.contains(message),
        qPrintable(result.problems.first().message));
}

QTEST_GUILESS_MAIN(ProductionExportTest)
#include "ProductionExportTest.moc"
