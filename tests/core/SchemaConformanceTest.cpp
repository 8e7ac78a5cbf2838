#include "TestPaths.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Checks documents against resources/schema/campaign.schema.json with an
// established, independent validator: Python's jsonschema (Draft 2020-12).
class SchemaConformanceTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledAndValidDocumentsConform();
    void whatTheWriterSavesConforms();
    void structurallyInvalidDocumentsAreRejected();

private:
    // Runs tests/tools/check_schema.py; returns its exit code and output.
    static std::pair<int, QString> runValidator(const QStringList& arguments);
    static QStringList validDocuments();
};

void SchemaConformanceTest::initTestCase()
{
    QProcess probe;
    probe.start(TestPaths::python(), { u"-c"_s, u"import jsonschema"_s });
    QVERIFY(probe.waitForFinished(30000));
    QVERIFY2(probe.exitCode() == 0,
        "python3 with the jsonschema module is needed (Debian: python3-jsonschema)");
}

std::pair<int, QString> SchemaConformanceTest::runValidator(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(TestPaths::python(),
        QStringList {
            TestPaths::sourceDir() + u"/tests/tools/check_schema.py"_s, TestPaths::schemaFile() }
            + arguments);
    if (!process.waitForFinished(120000))
        return { -1, u"the validator did not finish"_s };
    return { process.exitCode(), QString::fromUtf8(process.readAll()) };
}

QStringList SchemaConformanceTest::validDocuments()
{
    QStringList files { TestPaths::sampleFile() };
    const QDir dir(TestPaths::dataFile(u"valid"_s));
    for (const QString& name : dir.entryList({ u"*.json"_s }, QDir::Files))
        files.append(dir.filePath(name));
    return files;
}

void SchemaConformanceTest::bundledAndValidDocumentsConform()
{
    QStringList arguments;
    for (const QString& file : validDocuments())
        arguments << u"--valid"_s << file;
    const auto [exitCode, output] = runValidator(arguments);
    QVERIFY2(exitCode == 0, qPrintable(output));
    QCOMPARE(output.count(u"ok   "_s), validDocuments().size());
}

void SchemaConformanceTest::whatTheWriterSavesConforms()
{
    QTemporaryDir dir;
    QStringList arguments;
    int index = 0;
    for (const QString& file : validDocuments()) {
        const LoadResult loaded = DocumentReader::readFile(file);
        QVERIFY(loaded.document);
        CampaignDocument document = *loaded.document;
        // Plain secrets must come out as references, which the schema demands.
        if (!document.webhooks.isEmpty() && !document.webhooks.first().headers.isEmpty()) {
            document.webhooks.first().headers.first().secret = true;
            document.webhooks.first().headers.first().value = u"Bearer plain"_s;
        }
        const QString saved = dir.filePath(QString::number(index++) + u".webhooks.json"_s);
        QCOMPARE(DocumentWriter::writeFile(document, saved), QString());
        arguments << u"--valid"_s << saved;
    }
    const auto [exitCode, output] = runValidator(arguments);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

void SchemaConformanceTest::structurallyInvalidDocumentsAreRejected()
{
    QFile file(TestPaths::dataFile(u"invalid/expectations.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject expectations = QJsonDocument::fromJson(file.readAll()).object();
    QStringList arguments;
    for (auto it = expectations.constBegin(); it != expectations.constEnd(); ++it) {
        // Only what a schema can express: not broken JSON, not cross-field rules.
        if (it.value().toObject().value(u"schemaRejects"_s).toBool())
            arguments << u"--invalid"_s << TestPaths::dataFile(u"invalid/"_s + it.key());
    }
    QVERIFY(arguments.size() / 2 >= 40);
    const auto [exitCode, output] = runValidator(arguments);
    QVERIFY2(exitCode == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(SchemaConformanceTest)
#include "SchemaConformanceTest.moc"
