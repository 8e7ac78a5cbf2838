#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "document/CampaignSession.h"
#include "document/DocumentController.h"
#include "history/DeliveryHistory.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"
#include "storage/RecoveryStore.h"

#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// What survives a crash: crash-worker does the work in a process of its own
// and is killed with SIGKILL (no handler, no cleanup), then this test looks at
// what it left, and starts the window the way the next session would.
class CrashSafetyTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offersBackWorkAfterAKill();
    void discardForgetsTheCopy();
    void notNowKeepsTheCopyForLater();
    void savingOrClosingLeavesNoCopy();
    void savingNeverLeavesACutFile();
    void historySurvivesAKillDuringABurst();

private:
    // Starts crash-worker and waits for a line of its output starting with
    // `line`; the last such line is returned.
    QByteArray startWorker(
        QProcess& worker, const QStringList& arguments, const QByteArray& line, int lines = 1);
    static void killWorker(QProcess& worker);
    // An orphan as a killed session leaves it, without killing one.
    QString leaveOrphan(const QString& webhookName);
    static QStringList recoveryFiles();
    void answerRecovery(const char* buttonName);

    std::unique_ptr<QTemporaryDir> m_data;
};

void CrashSafetyTest::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    // This process and the workers share the data folder.
    qputenv("WEBHOOKSTUDIO_DATA_DIR", m_data->path().toLocal8Bit());
}

void CrashSafetyTest::cleanup()
{
    qunsetenv("WEBHOOKSTUDIO_DATA_DIR");
    m_data.reset();
}

QByteArray CrashSafetyTest::startWorker(
    QProcess& worker, const QStringList& arguments, const QByteArray& line, int lines)
{
    worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    worker.start(QCoreApplication::applicationDirPath() + u"/crash-worker"_s, arguments);
    if (!worker.waitForStarted(10000))
        return {};
    QByteArray last;
    int seen = 0;
    QElapsedTimer clock;
    clock.start();
    while (seen < lines && clock.elapsed() < 60000) {
        if (!worker.canReadLine() && !worker.waitForReadyRead(1000)) {
            if (worker.state() != QProcess::Running)
                return {};
            continue;
        }
        while (worker.canReadLine()) {
            const QByteArray read = worker.readLine().trimmed();
            if (read.startsWith(line)) {
                last = read;
                ++seen;
            }
        }
    }
    return seen >= lines ? last : QByteArray();
}

void CrashSafetyTest::killWorker(QProcess& worker)
{
    worker.kill(); // SIGKILL
    worker.waitForFinished(10000);
}

QStringList CrashSafetyTest::recoveryFiles()
{
    return QDir(RecoveryStore::defaultDirectory()).entryList({ u"*.json"_s }, QDir::Files);
}

QString CrashSafetyTest::leaveOrphan(const QString& webhookName)
{
    const LoadResult sample = DocumentReader::readFile(DocumentController::sampleFilePath());
    CampaignDocument document = *sample.document;
    document.webhooks[0].name = webhookName;
    QDir().mkpath(RecoveryStore::defaultDirectory());
    const QString path = RecoveryStore::defaultDirectory() + u"/left-by-a-crash.webhooks.json"_s;
    const QString error = DocumentWriter::writeFile(document, path);
    return error.isEmpty() ? path : QString();
}

void CrashSafetyTest::answerRecovery(const char* buttonName)
{
    interactWithNextDialog(
        [buttonName](QDialog* dialog) {
            QTest::mouseClick(findWidget<QPushButton>(dialog, buttonName), Qt::LeftButton);
        },
        u"recoveryMessageBox"_s);
}

void CrashSafetyTest::offersBackWorkAfterAKill()
{
    QProcess worker;
    QCOMPARE(startWorker(worker, { u"autosave"_s }, "autosaved"), QByteArray("autosaved"));
    killWorker(worker);
    QCOMPARE(worker.exitStatus(), QProcess::CrashExit);

    answerRecovery("recoverButton");
    MainWindow window;
    window.show();
    window.openAtStart({});
    QCOMPARE(window.document().webhooks.at(0).name, u"Renamed before the crash"_s);
    QVERIFY(window.session()->isModified());
    QVERIFY(window.session()->filePath().isEmpty()); // the sample was never saved
    QVERIFY(window.windowTitle().contains(u'*'));
    // The old copy is gone; this window's own holds the work now.
    QTRY_COMPARE(RecoveryStore::orphans().size(), 0);
    QCOMPARE(recoveryFiles().size(), 2);
    window.session()->undoStack()->setClean();
}

void CrashSafetyTest::discardForgetsTheCopy()
{
    QVERIFY(!leaveOrphan(u"Unwanted"_s).isEmpty());
    answerRecovery("discardRecoveryButton");
    MainWindow window;
    window.show();
    window.openAtStart({});
    QVERIFY(!window.session()->isModified());
    QVERIFY(recoveryFiles().isEmpty());
}

void CrashSafetyTest::notNowKeepsTheCopyForLater()
{
    QVERIFY(!leaveOrphan(u"For later"_s).isEmpty());
    answerRecovery("recoverLaterButton");
    {
        MainWindow window;
        window.show();
        window.openAtStart({});
        QVERIFY(!window.session()->isModified());
    }
    QCOMPARE(RecoveryStore::orphans().size(), 1);

    answerRecovery("recoverButton");
    MainWindow window;
    window.show();
    window.openAtStart({});
    QCOMPARE(window.document().webhooks.at(0).name, u"For later"_s);
    window.session()->undoStack()->setClean();
}

void CrashSafetyTest::savingOrClosingLeavesNoCopy()
{
    auto window = openSampleWindow();
    window->session()->editWebhook(
        0, u"Rename"_s, [](WebhookConfig& webhook) { webhook.name = u"Edited"_s; });
    QTRY_VERIFY_WITH_TIMEOUT(recoveryFiles().size() == 2, CampaignSession::kAutosaveDelayMs * 3);
    // The copy holds the edit, secrets moved out as in a saved file.
    const QString copy = RecoveryStore::defaultDirectory() + u'/'
        + recoveryFiles().filter(u".webhooks.json"_s).first();
    QCOMPARE(DocumentReader::readFile(copy).document->webhooks.at(0).name, u"Edited"_s);

    const QString saved = m_data->filePath(u"saved.webhooks.json"_s);
    QVERIFY(window->session()->save(saved).isEmpty());
    QVERIFY(recoveryFiles().isEmpty());

    window->session()->editWebhook(
        0, u"Rename"_s, [](WebhookConfig& webhook) { webhook.name = u"Edited again"_s; });
    QVERIFY(window->session()->autosaveNow().isEmpty());
    QCOMPARE(recoveryFiles().size(), 2);
    window.reset(); // the window closes normally, its changes discarded
    QVERIFY(recoveryFiles().isEmpty());
    QVERIFY(RecoveryStore::orphans().isEmpty());
}

void CrashSafetyTest::savingNeverLeavesACutFile()
{
    const QString path = m_data->filePath(u"campaign.webhooks.json"_s);
    for (int round = 0; round < 20; ++round) {
        QProcess worker;
        QCOMPARE(startWorker(worker, { u"save-loop"_s, path }, "saving"), QByteArray("saving"));
        QTest::qSleep(int(QRandomGenerator::global()->bounded(1, 60)));
        killWorker(worker);
        const LoadResult loaded = DocumentReader::readFile(path);
        QVERIFY2(loaded.document,
            qPrintable(u"round %1: %2"_s.arg(round).arg(loaded.problems.value(0).message)));
        QVERIFY(loaded.document->name.startsWith(u"Save "_s));
        QVERIFY(!loaded.document->webhooks.isEmpty());
    }
    // Beside it a kill may leave Qt's temporary file (named where the file
    // system has no unnamed temporary files, as overlayfs before Linux 6.6):
    // never the campaign itself.
}

void CrashSafetyTest::historySurvivesAKillDuringABurst()
{
    const QString path = m_data->filePath(u"history.sqlite"_s);
    int committed = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess worker;
        const QByteArray last
            = startWorker(worker, { u"history-burst"_s, path }, "recorded", 150 * (round + 1));
        QVERIFY2(!last.isEmpty(), "the burst did not get going");
        committed += last.split(' ').last().toInt();
        killWorker(worker);

        {
            QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            database.setDatabaseName(path);
            QVERIFY(database.open());
            QSqlQuery check(u"PRAGMA integrity_check"_s, database);
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        DeliveryHistory history(path);
        QVERIFY2(history.open(), qPrintable(history.errorString()));
        // Every delivery reported as stored is there.
        QVERIFY2(history.count() >= committed,
            qPrintable(u"%1 stored, %2 reported"_s.arg(history.count()).arg(committed)));
        QVERIFY(history.entry(history.list().first().id).has_value());
    }
}

QTEST_MAIN(CrashSafetyTest)
#include "CrashSafetyTest.moc"
