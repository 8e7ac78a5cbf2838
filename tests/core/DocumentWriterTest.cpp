#include "io/DocumentWriter.h"

#include "TestPaths.h"
#include "io/DocumentReader.h"
#include "io/SecretExtractor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class DocumentWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsTheSample();
    void roundTripsValidDocuments_data();
    void roundTripsValidDocuments();
    void savesTheSampleByteForByte();
    void writesKeysInDocumentOrder();
    void neverWritesSecretValues();
    void extractsSecretsWithUniqueNames();
    void keepsExistingReferences();
    void roundTripsHardStrings();
    void writesAtomicallyAndReportsFailures();

private:
    static CampaignDocument load(const QString& path);
    static QByteArray readAll(const QString& path);
};

QByteArray DocumentWriterTest::readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

CampaignDocument DocumentWriterTest::load(const QString& path)
{
    const LoadResult result = DocumentReader::readFile(path);
    if (!result.document)
        qFatal("cannot load %s", qPrintable(path));
    return *result.document;
}

void DocumentWriterTest::roundTripsTheSample()
{
    const CampaignDocument sample = load(TestPaths::sampleFile());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"copy.webhooks.json"_s);
    QCOMPARE(DocumentWriter::writeFile(sample, path), QString());
    const CampaignDocument reloaded = load(path);
    QCOMPARE(reloaded.webhooks.size(), sample.webhooks.size());
    for (qsizetype i = 0; i < sample.webhooks.size(); ++i)
        QVERIFY2(reloaded.webhooks.at(i) == sample.webhooks.at(i),
            qPrintable(sample.webhooks.at(i).name));
    QVERIFY(reloaded.dataModel == sample.dataModel);
    QVERIFY(reloaded == sample);
}

void DocumentWriterTest::roundTripsValidDocuments_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(TestPaths::dataFile(u"valid"_s));
    for (const QString& name : dir.entryList({ u"*.json"_s }, QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void DocumentWriterTest::roundTripsValidDocuments()
{
    QFETCH(QString, path);
    const CampaignDocument original = load(path);
    const QByteArray saved = DocumentWriter::toJson(original);
    const LoadResult reloaded = DocumentReader::readBytes(saved);
    QVERIFY(reloaded.succeeded());
    QVERIFY2(reloaded.problems.isEmpty(), qPrintable(reloaded.problems.value(0).toString()));
    QVERIFY(*reloaded.document == original);
    // Saving what was loaded from a save changes nothing.
    QCOMPARE(DocumentWriter::toJson(*reloaded.document), saved);
}

void DocumentWriterTest::savesTheSampleByteForByte()
{
    // The bundled sample is kept in the writer's own layout, so opening and
    // saving it produces no diff.
    QCOMPARE(
        DocumentWriter::toJson(load(TestPaths::sampleFile())), readAll(TestPaths::sampleFile()));
}

void DocumentWriterTest::writesKeysInDocumentOrder()
{
    const QByteArray json = DocumentWriter::toJson(load(TestPaths::sampleFile()));
    QVERIFY(json.startsWith("{\n  \"format\": \"webhook-studio.campaign\",\n  \"version\": 3,\n"));
    const qsizetype request = json.indexOf("\"request\"");
    QVERIFY(json.indexOf("\"events\"") < request);
    QVERIFY(request < json.indexOf("\"delivery\""));
    QVERIFY(json.indexOf("\"delivery\"") < json.indexOf("\"success\""));
    QVERIFY(json.indexOf("\"success\"") < json.indexOf("\"mappings\""));
    QVERIFY(json.endsWith("}\n"));
}

void DocumentWriterTest::neverWritesSecretValues()
{
    CampaignDocument document = load(TestPaths::sampleFile());
    WebhookConfig& crm = document.webhooks[0];
    crm.headers[0].value = u"Bearer sk_live_51HVdQ2secretTOKEN"_s;
    crm.headers.append({ u"X-Api-Key"_s, u"ak-9f8e7d6c"_s, true, true });
    crm.signing.secret = u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s;

    const QByteArray json = DocumentWriter::toJson(document);
    QVERIFY(!json.contains("sk_live_51HVdQ2secretTOKEN"));
    QVERIFY(!json.contains("ak-9f8e7d6c"));
    QVERIFY(!json.contains("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    QVERIFY(json.contains("\"value\": \"${CRM_SYNC_AUTHORIZATION}\""));
    QVERIFY(json.contains("\"value\": \"${CRM_SYNC_X_API_KEY}\""));
    QVERIFY(json.contains("\"secret\": \"${CRM_SYNC_SIGNING_SECRET}\""));
    // The document in memory is left alone: the caller decides where the
    // values go.
    QCOMPARE(document.webhooks[0].headers[0].value, u"Bearer sk_live_51HVdQ2secretTOKEN"_s);
}

void DocumentWriterTest::extractsSecretsWithUniqueNames()
{
    CampaignDocument document;
    WebhookConfig first;
    first.name = u"CRM"_s;
    first.id = u"crm"_s;
    first.headers = { { u"Authorization"_s, u"one"_s, true, true },
        { u"authorization"_s, u"two"_s, false, true },
        { u"X-Public"_s, u"visible"_s, true, false } };
    WebhookConfig second = first;
    second.id.clear(); // falls back to the name for the reference
    second.name = u"2nd CRM"_s;
    second.headers = { { u"Authorization"_s, u"${CRM_AUTHORIZATION}"_s, true, true } };
    document.webhooks = { first, second };

    const QList<SecretExtractor::Secret> secrets = SecretExtractor::extract(document);
    QCOMPARE(secrets.size(), 2);
    // CRM_AUTHORIZATION is already taken by the second webhook's reference.
    QCOMPARE(secrets.at(0).name, u"CRM_AUTHORIZATION_2"_s);
    QCOMPARE(secrets.at(0).value, u"one"_s);
    QCOMPARE(secrets.at(0).path, u"$.webhooks[0].request.headers[0].value"_s);
    QCOMPARE(secrets.at(1).name, u"CRM_AUTHORIZATION_3"_s);
    QCOMPARE(document.webhooks[0].headers[0].value, u"${CRM_AUTHORIZATION_2}"_s);
    QCOMPARE(document.webhooks[0].headers[2].value, u"visible"_s);
    QCOMPARE(document.webhooks[1].headers[0].value, u"${CRM_AUTHORIZATION}"_s);
}

void DocumentWriterTest::keepsExistingReferences()
{
    CampaignDocument document = load(TestPaths::sampleFile());
    QVERIFY(SecretExtractor::extract(document).isEmpty());
    QVERIFY(document == load(TestPaths::sampleFile()));
}

void DocumentWriterTest::roundTripsHardStrings()
{
    CampaignDocument document;
    document.name
        = u"Quote \" backslash \\ slash / tab \t newline \n bell \a nul-free ☎️ עברית 𝄞"_s;
    document.description = QString(QChar(u'\x01')) + u"\x1f\x7f"_s;
    FieldDefinition field;
    field.name = u"weird"_s;
    field.type = FieldType::Object;
    field.sample = QJsonObject { { u"n"_s, 0.1 }, { u"big"_s, 12345678901234.0 },
        { u"neg"_s, -0.5 }, { u"tiny"_s, 1e-7 }, { u"nil"_s, QJsonValue::Null },
        { u"list"_s, QJsonArray { 1, u"2"_s, true } } };
    document.dataModel.contactFields.append(field);
    WebhookConfig webhook;
    webhook.name = u"Ünïcödé"_s;
    webhook.url = u"https://example.com/?q={{ name }}"_s;
    webhook.body = u"{\"emoji\": \"😀\", \"rtl\": \"\u202Eabc\"}\r\n"_s;
    webhook.delivery.timeoutSeconds = 0.1;
    webhook.delivery.backoff.jitter = 1.0 / 3.0;
    document.webhooks.append(webhook);

    const QByteArray json = DocumentWriter::toJson(document);
    QVERIFY(json.contains("\\u0001\\u001f"));
    QVERIFY(json.contains("\"timeoutSeconds\": 0.1,"));
    QVERIFY(json.contains("\"big\": 12345678901234"));
    const LoadResult reloaded = DocumentReader::readBytes(json);
    QVERIFY(reloaded.succeeded());
    QVERIFY(*reloaded.document == document);
}

void DocumentWriterTest::writesAtomicallyAndReportsFailures()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"campaign.webhooks.json"_s);
    const CampaignDocument sample = load(TestPaths::sampleFile());
    QCOMPARE(DocumentWriter::writeFile(sample, path), QString());
    CampaignDocument changed = sample;
    changed.name = u"Changed"_s;
    QCOMPARE(DocumentWriter::writeFile(changed, path), QString());
    QCOMPARE(load(path).name, u"Changed"_s);
    // No temporary files are left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"campaign.webhooks.json"_s });

    const QString error
        = DocumentWriter::writeFile(sample, dir.filePath(u"missing-folder/x.webhooks.json"_s));
    QVERIFY(error.startsWith(u"Cannot write"_s));
    QVERIFY(error.contains(u"missing-folder"_s));
    // A folder in the way is an error too, and the folder is untouched.
    QVERIFY(QDir(dir.path()).mkdir(u"folder.webhooks.json"_s));
    QVERIFY(!DocumentWriter::writeFile(sample, dir.filePath(u"folder.webhooks.json"_s)).isEmpty());
    QVERIFY(QFileInfo(dir.filePath(u"folder.webhooks.json"_s)).isDir());
}

QTEST_GUILESS_MAIN(DocumentWriterTest)
#include "DocumentWriterTest.moc"
