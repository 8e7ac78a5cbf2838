#include "io/DocumentReader.h"

#include "TestPaths.h"
#include "model/Limits.h"
#include "validation/DocumentValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class DocumentReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheSample();
    void loadsValidDocuments_data();
    void loadsValidDocuments();
    void appliesDefaultsToOmittedFields();
    void rejectsInvalidDocuments_data();
    void rejectsInvalidDocuments();
    void everyInvalidFileHasAnExpectation();
    void reportsLineAndColumnOfSyntaxErrors();
    void collectsEveryErrorInOnePass();
    void warnsAboutUnknownFields();
    void acceptsAByteOrderMark();
    void refusesOversizedFiles();
    void reportsMissingFilesAndFolders();
    void survivesTruncatedAndCorruptedInput();

private:
    static QJsonObject expectations();
    static QByteArray readAll(const QString& path);
};

QByteArray DocumentReaderTest::readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QJsonObject DocumentReaderTest::expectations()
{
    return QJsonDocument::fromJson(readAll(TestPaths::dataFile(u"invalid/expectations.json"_s)))
        .object();
}

void DocumentReaderTest::loadsTheSample()
{
    const LoadResult result = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY2(result.succeeded(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(result.problems.isEmpty());
    const CampaignDocument& document = *result.document;
    QCOMPARE(document.name, u"Winter Renewal Outreach"_s);
    QCOMPARE(document.webhooks.size(), 4);
    QCOMPARE(document.dataModel.contactFields.size(), 7);
    QCOMPARE(document.dataModel.postCallOutcomes.last().sample.toObject().value(u"channel"_s),
        QJsonValue(u"email"_s));

    const WebhookConfig& crm = document.webhooks.first();
    QCOMPARE(crm.id, u"crm-sync"_s);
    QCOMPARE(crm.method, HttpMethod::Post);
    QCOMPARE(crm.events, QStringList { u"call.ended"_s });
    QCOMPARE(crm.headers.size(), 3);
    QVERIFY(crm.headers.first().secret);
    QCOMPARE(crm.headers.first().value, u"${CRM_API_TOKEN}"_s);
    QVERIFY(crm.success.acceptsAny2xx());
    QCOMPARE(crm.success.responseKey, u"ok"_s);
    QCOMPARE(crm.mappings.size(), 17);
    QCOMPARE(crm.signing.scheme, SigningScheme::None);
    QCOMPARE(crm.delivery.maxAttempts(), 4);

    const WebhookConfig& ping = document.webhooks.at(1);
    QCOMPARE(ping.method, HttpMethod::Get);
    QCOMPARE(ping.success.expectedStatus, std::optional<int>(200));
    QCOMPARE(ping.mappings.first().source, DataSource::DefaultValue);
    QCOMPARE(ping.mappings.first().value, u"Winter Renewal Outreach"_s);
    QCOMPARE(document.webhooks.at(3).contentType, BodyContentType::Form);
    QCOMPARE(document.webhooks.at(3).signing.scheme, SigningScheme::StandardWebhooks);
    QCOMPARE(document.webhooks.at(3).signing.secret, u"${HELPDESK_SIGNING_SECRET}"_s);

    QVERIFY(DocumentValidator::validate(document).isEmpty());
}

void DocumentReaderTest::loadsValidDocuments_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(TestPaths::dataFile(u"valid"_s));
    for (const QString& name : dir.entryList({ u"*.json"_s }, QDir::Files))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void DocumentReaderTest::loadsValidDocuments()
{
    QFETCH(QString, path);
    const LoadResult result = DocumentReader::readFile(path);
    QVERIFY2(result.succeeded(), qPrintable(result.problems.value(0).toString()));
    QVERIFY(!containsErrors(result.problems));
    const QList<Problem> problems = DocumentValidator::validate(*result.document);
    for (const Problem& problem : problems)
        QVERIFY2(!problem.isError(), qPrintable(problem.toString()));
}

void DocumentReaderTest::appliesDefaultsToOmittedFields()
{
    const LoadResult result
        = DocumentReader::readFile(TestPaths::dataFile(u"valid/minimal.webhooks.json"_s));
    QVERIFY(result.succeeded());
    const WebhookConfig& webhook = result.document->webhooks.first();
    QVERIFY(webhook.enabled);
    QVERIFY(webhook.id.isEmpty());
    QVERIFY(webhook.headers.isEmpty());
    QCOMPARE(webhook.contentType, BodyContentType::Json);
    QCOMPARE(webhook.delivery, DeliveryPolicy());
    QCOMPARE(webhook.delivery.timeoutSeconds, 10.0);
    QCOMPARE(webhook.delivery.retryLimit, 3);
    QCOMPARE(webhook.delivery.totalTimeoutSeconds, 60.0);
    QVERIFY(webhook.success.acceptsAny2xx());
    QVERIFY(webhook.success.responseKey.isEmpty());
    QCOMPARE(webhook.signing.scheme, SigningScheme::None);
    QVERIFY(result.document->sampleData.isEmpty());
}

void DocumentReaderTest::rejectsInvalidDocuments_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expectedPath");
    QTest::addColumn<QString>("expectedMessage");
    const QJsonObject all = expectations();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QJsonObject expected = it.value().toObject();
        QTest::newRow(qPrintable(it.key())) << it.key() << expected.value(u"path"_s).toString()
                                            << expected.value(u"message"_s).toString();
    }
}

void DocumentReaderTest::rejectsInvalidDocuments()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expectedPath);
    QFETCH(QString, expectedMessage);

    const LoadResult result
        = DocumentReader::readFile(TestPaths::dataFile(u"invalid/"_s + fileName));
    QList<Problem> problems = result.problems;
    if (result.document)
        problems += DocumentValidator::validate(*result.document);
    QVERIFY2(containsErrors(problems), "the document was accepted");

    QStringList seen;
    for (const Problem& problem : problems) {
        if (problem.isError() && problem.path == expectedPath
            && problem.message.contains(expectedMessage))
            return;
        seen.append(problem.toString());
    }
    QFAIL(qPrintable(u"no error at %1 saying \"%2\"; got:\n  "_s.arg(expectedPath, expectedMessage)
        + seen.join(u"\n  "_s)));
}

void DocumentReaderTest::everyInvalidFileHasAnExpectation()
{
    const QJsonObject all = expectations();
    const QStringList files = QDir(TestPaths::dataFile(u"invalid"_s))
                                  .entryList({ u"*.json"_s }, QDir::Files, QDir::Name);
    QStringList documents = files;
    documents.removeAll(u"expectations.json"_s);
    QStringList keys = all.keys();
    keys.sort();
    QCOMPARE(documents, keys);
    QVERIFY2(documents.size() >= 25, "at least 25 malformed documents are required");
}

void DocumentReaderTest::reportsLineAndColumnOfSyntaxErrors()
{
    const QByteArray text = "{\n  \"format\": \"webhook-studio.campaign\",\n  \"version\": 1,\n"
                            "  \"campaign\": { \"name\": \"Größe\" x }\n}\n";
    const LoadResult result = DocumentReader::readBytes(text);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().path, u"$"_s);
    QCOMPARE(result.problems.first().code, u"json.syntax"_s);
    // The x on line 4; the column counts characters, so the two-byte ö
    // counts once.
    QVERIFY2(result.problems.first().message.contains(u"line 4, column 33"_s),
        qPrintable(result.problems.first().message));
}

void DocumentReaderTest::collectsEveryErrorInOnePass()
{
    const QByteArray text = R"({
      "format": "webhook-studio.campaign", "version": 1,
      "campaign": { "name": 5 },
      "webhooks": [
        { "name": "A", "events": [], "request": { "method": "PATCH", "url": "https://a" } },
        { "events": [], "request": { "method": "GET", "url": 12 } }
      ]
    })";
    const LoadResult result = DocumentReader::readBytes(text);
    QVERIFY(!result.succeeded());
    QStringList paths;
    for (const Problem& problem : result.problems)
        paths.append(problem.path);
    QCOMPARE(paths,
        QStringList({ u"$.campaign.name"_s, u"$.webhooks[0].request.method"_s,
            u"$.webhooks[1].name"_s, u"$.webhooks[1].request.url"_s }));
}

void DocumentReaderTest::warnsAboutUnknownFields()
{
    const QByteArray text = R"({
      "format": "webhook-studio.campaign", "version": 1,
      "campaign": { "name": "C", "colour": "blue" },
      "webhooks": [ { "name": "A", "events": [], "retries": 3,
                      "request": { "method": "GET", "url": "https://a.example" } } ]
    })";
    const LoadResult result = DocumentReader::readBytes(text);
    QVERIFY(result.succeeded());
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(result.problems.at(0).path, u"$.campaign.colour"_s);
    QCOMPARE(result.problems.at(1).path, u"$.webhooks[0].retries"_s);
    QCOMPARE(result.problems.at(1).severity, Severity::Warning);
    QVERIFY(result.problems.at(1).message.contains(u"will not be saved"_s));
}

void DocumentReaderTest::acceptsAByteOrderMark()
{
    const QByteArray withBom = "\xEF\xBB\xBF" + readAll(TestPaths::sampleFile());
    QVERIFY(DocumentReader::readBytes(withBom).succeeded());
}

void DocumentReaderTest::refusesOversizedFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.webhooks.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(Limits::kMaxDocumentBytes + 1));
    file.close();

    const LoadResult result = DocumentReader::readFile(path);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.problems.first().code, u"file.too-large"_s);
    QVERIFY(result.problems.first().message.contains(u"16.0 MiB"_s));
}

void DocumentReaderTest::reportsMissingFilesAndFolders()
{
    QTemporaryDir dir;
    const LoadResult missing = DocumentReader::readFile(dir.filePath(u"nope.webhooks.json"_s));
    QVERIFY(!missing.succeeded());
    QCOMPARE(missing.problems.first().code, u"file.unreadable"_s);
    QVERIFY(missing.problems.first().message.startsWith(u"Cannot open the file"_s));

    const LoadResult folder = DocumentReader::readFile(dir.path());
    QVERIFY(!folder.succeeded());
    QCOMPARE(folder.problems.first().code, u"file.directory"_s);
}

void DocumentReaderTest::survivesTruncatedAndCorruptedInput()
{
    // Not a fuzzer, but every prefix-length class and a few thousand random
    // byte changes of a real document must end in a clean result.
    const QByteArray sample = readAll(TestPaths::sampleFile());
    for (qsizetype length = 0; length < sample.size(); length += 61) {
        const LoadResult result = DocumentReader::readBytes(sample.left(length));
        QVERIFY(!result.succeeded());
        QVERIFY(!result.problems.isEmpty());
    }
    QRandomGenerator random(20261127);
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = sample;
        const int changes = 1 + random.bounded(4);
        for (int i = 0; i < changes; ++i)
            mutated[random.bounded(mutated.size())] = static_cast<char>(random.bounded(256));
        const LoadResult result = DocumentReader::readBytes(mutated);
        QVERIFY(result.succeeded() || containsErrors(result.problems));
        if (result.succeeded())
            DocumentValidator::validate(*result.document);
    }
}

QTEST_GUILESS_MAIN(DocumentReaderTest)
#include "DocumentReaderTest.moc"
