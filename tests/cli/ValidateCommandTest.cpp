#include "CliRunner.h"
#include "TestPaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class ValidateCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheSample();
    void rejectsEachInvalidFileNamingThePath_data();
    void rejectsEachInvalidFileNamingThePath();
    void checksSeveralFiles();
    void printsJson();
    void warningsAloneDoNotFail();
    void showsHelpAndVersion();
    void reportsUsageErrors();
};

void ValidateCommandTest::acceptsTheSample()
{
    const CliRun run = runCli({ u"validate"_s, TestPaths::sampleFile() });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, u"1 file checked: 0 errors, 0 warnings.\n"_s);
}

void ValidateCommandTest::rejectsEachInvalidFileNamingThePath_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QFile manifest(TestPaths::dataFile(u"invalid/expectations.json"_s));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonObject all = QJsonDocument::fromJson(manifest.readAll()).object();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        QTest::newRow(qPrintable(it.key())) << TestPaths::dataFile(u"invalid/"_s + it.key())
                                            << it.value().toObject().value(u"path"_s).toString();
    }
}

void ValidateCommandTest::rejectsEachInvalidFileNamingThePath()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const CliRun run = runCli({ u"validate"_s, file });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(file + u": "_s + path + u": error: "_s), qPrintable(run.out));
}

void ValidateCommandTest::checksSeveralFiles()
{
    const QString broken = TestPaths::dataFile(u"invalid/method-patch.json"_s);
    const CliRun run = runCli({ u"validate"_s, TestPaths::sampleFile(), broken,
        TestPaths::dataFile(u"valid/minimal.webhooks.json"_s) });
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines.first().startsWith(broken + u": $.webhooks[0].request.method: error: "_s));
    QCOMPARE(run.err, u"3 files checked: 1 error, 0 warnings.\n"_s);
}

void ValidateCommandTest::printsJson()
{
    const QString broken = TestPaths::dataFile(u"invalid/header-value-newline.json"_s);
    const CliRun run = runCli({ u"validate"_s, u"--json"_s, TestPaths::sampleFile(), broken });
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(result.value(u"valid"_s), QJsonValue(false));
    const QJsonArray files = result.value(u"files"_s).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(u"valid"_s), QJsonValue(true));
    const QJsonObject second = files.at(1).toObject();
    QCOMPARE(second.value(u"file"_s).toString(), broken);
    QCOMPARE(second.value(u"errors"_s).toInt(), 1);
    const QJsonObject problem = second.value(u"problems"_s).toArray().first().toObject();
    QCOMPARE(problem.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(problem.value(u"path"_s).toString(), u"$.webhooks[0].request.headers[0].value"_s);
    QCOMPARE(problem.value(u"code"_s).toString(), u"header.value-forbidden"_s);
    QVERIFY(problem.value(u"message"_s).toString().contains(u"carriage return"_s));
}

void ValidateCommandTest::warningsAloneDoNotFail()
{
    const QString file = TestPaths::dataFile(u"valid/every-feature.webhooks.json"_s);
    const CliRun run = runCli({ u"validate"_s, file });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(file + u": $.webhooks[0].delivery.allowInsecureTls: warning: "_s));
    QVERIFY(run.err.contains(u"0 errors"_s));
}

void ValidateCommandTest::showsHelpAndVersion()
{
    const CliRun help = runCli({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"validate"_s));
    QVERIFY(help.out.startsWith(u"Usage: webhook-studio-cli COMMAND"_s));

    const CliRun commandHelp = runCli({ u"validate"_s, u"--help"_s });
    QCOMPARE(commandHelp.exitCode, 0);
    QVERIFY(commandHelp.out.contains(u"Usage: webhook-studio-cli validate"_s));
    QVERIFY(commandHelp.out.contains(u"--json"_s));

    const CliRun version = runCli({ u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(
        version.out.startsWith(u"webhook-studio-cli "_s + QStringLiteral(WEBHOOKSTUDIO_VERSION)));
}

void ValidateCommandTest::reportsUsageErrors()
{
    const CliRun noFiles = runCli({ u"validate"_s });
    QCOMPARE(noFiles.exitCode, 2);
    QVERIFY(noFiles.err.contains(u"name at least one file"_s));

    const CliRun badOption = runCli({ u"validate"_s, u"--colour"_s, TestPaths::sampleFile() });
    QCOMPARE(badOption.exitCode, 2);
    QVERIFY(badOption.err.contains(u"colour"_s));

    const CliRun unknown = runCli({ u"frobnicate"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.startsWith(u"Unknown command \"frobnicate\"."_s));

    const CliRun nothing = runCli({});
    QCOMPARE(nothing.exitCode, 2);

    const CliRun missing = runCli({ u"validate"_s, u"/nonexistent/x.webhooks.json"_s });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(
        missing.out.contains(u"/nonexistent/x.webhooks.json: $: error: Cannot open the file"_s));
}

QTEST_GUILESS_MAIN(ValidateCommandTest)
#include "ValidateCommandTest.moc"
