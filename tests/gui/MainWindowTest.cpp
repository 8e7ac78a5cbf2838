#include "MainWindow.h"

#include "RecentFiles.h"
#include "TestPaths.h"

#include <QApplication>
#include <QFile>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsEmptyWithAWelcome();
    void opensTheSampleAndListsItsWebhooks();
    void clickingAWebhookShowsItsSettings();
    void keyboardMovesThroughWebhooks();
    void showsTheCampaignDataModel();
    void aBrokenFileLeavesTheCurrentCampaignUntouched();
    void openedFilesAppearInOpenRecent();
    void showsProblemsOfTheSelectedWebhook();
    void firstStartOpensTheSampleLaterStartsTheLastFile();
    void aFileOnTheCommandLineWins();

private:
    QListView* list() const { return m_window->findChild<QListView*>(u"webhookListView"_s); }
    QTextBrowser* details() const
    {
        return m_window->findChild<QTextBrowser*>(u"webhookDetailsBrowser"_s);
    }
    void clickRow(int row);

    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::cleanup()
{
    m_window.reset();
}

void MainWindowTest::clickRow(int row)
{
    const QModelIndex index = list()->model()->index(row, 0);
    const QRect rect = list()->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
}

void MainWindowTest::startsEmptyWithAWelcome()
{
    QCOMPARE(list()->model()->rowCount(), 0);
    QVERIFY(details()->toPlainText().contains(u"Open a campaign file"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"No campaign open."_s);
    QCOMPARE(m_window->windowTitle(), u"Webhook Studio"_s);
}

void MainWindowTest::opensTheSampleAndListsItsWebhooks()
{
    QVERIFY(m_window->openSample());
    QCOMPARE(list()->model()->rowCount(), 4);
    QCOMPARE(list()->model()->index(0, 0).data().toString(), u"CRM sync"_s);
    QCOMPARE(list()->currentIndex().row(), 0);
    QVERIFY(details()->toPlainText().contains(
        u"https://crm.example.com/api/v2/contacts/{{crm_id}}/calls"_s));
    QCOMPARE(m_window->windowTitle(), u"Winter Renewal Outreach (sample) — Webhook Studio"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"4 webhooks · 0 errors, 0 warnings"_s);
    QVERIFY(m_window->filePath().isEmpty());
}

void MainWindowTest::clickingAWebhookShowsItsSettings()
{
    QVERIFY(m_window->openSample());
    clickRow(1);
    QCOMPARE(list()->currentIndex().row(), 1);
    const QString text = details()->toPlainText();
    QVERIFY(text.startsWith(u"Campaign status ping"_s));
    QVERIFY(text.contains(u"GET https://status.example-ops.com/v1/ping"_s));
    QVERIFY(text.contains(u"campaign.quota_reached"_s));
    QVERIFY(text.contains(
        u"Up to 3 attempts: now, +2 s, +6 s; each may take 5 s; gives up after 20 s."_s));
    QVERIFY(text.contains(u"Delivered on status 200."_s));
    // The secret header shows its reference, never a value.
    QVERIFY(text.contains(u"secret, stored as ${OPS_API_KEY}"_s));
    QVERIFY(text.contains(u"“Winter Renewal Outreach”"_s));
}

void MainWindowTest::keyboardMovesThroughWebhooks()
{
    QVERIFY(m_window->openSample());
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Down);
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(list()->currentIndex().row(), 2);
    QVERIFY(details()->toPlainText().startsWith(u"Sales chat notifier"_s));
    QTest::keyClick(list(), Qt::Key_End);
    QVERIFY(details()->toPlainText().startsWith(u"Helpdesk follow-up ticket"_s));
    QVERIFY(details()->toPlainText().contains(u"application/x-www-form-urlencoded"_s));
}

void MainWindowTest::showsTheCampaignDataModel()
{
    QVERIFY(m_window->openSample());
    auto* tabs = m_window->findChild<QTabWidget*>(u"detailsTabWidget"_s);
    auto* campaign = m_window->findChild<QTextBrowser*>(u"campaignDetailsBrowser"_s);
    tabs->setCurrentIndex(1);
    QCOMPARE(tabs->currentWidget()->objectName(), u"campaignTab"_s);
    const QString text = campaign->toPlainText();
    QVERIFY(text.startsWith(u"Winter Renewal Outreach"_s));
    for (const QString& expected :
        { u"Contact fields"_s, u"crm_id"_s, u"Agent outcome fields"_s, u"callback_requested"_s,
            u"Dynamic variables"_s, u"renewal_price"_s, u"Post-call outcomes"_s, u"follow_up"_s,
            u"Call log fields"_s, u"recording_url"_s, u"+16465550178"_s })
        QVERIFY2(text.contains(expected), qPrintable(expected));
}

void MainWindowTest::aBrokenFileLeavesTheCurrentCampaignUntouched()
{
    QVERIFY(m_window->openSample());
    const CampaignDocument before = m_window->document();
    const QString broken = TestPaths::dataFile(u"invalid/method-patch.json"_s);

    QVERIFY(!m_window->openFile(broken));
    QVERIFY(m_window->document() == before);
    QCOMPARE(list()->model()->rowCount(), 4);
    QVERIFY(!RecentFiles::files().contains(broken));

    auto* box = m_window->findChild<QMessageBox*>(u"loadErrorMessageBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(u"method-patch.json"_s));
    QVERIFY(box->text().contains(u"unchanged"_s));
    QVERIFY(box->informativeText().contains(
        u"$.webhooks[0].request.method: error: Unknown value \"PATCH\""_s));
    QTest::keyClick(box, Qt::Key_Enter);
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>(u"loadErrorMessageBox"_s));
}

void MainWindowTest::openedFilesAppearInOpenRecent()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(u"first.webhooks.json"_s);
    const QString second = dir.filePath(u"second.webhooks.json"_s);
    QVERIFY(QFile::copy(TestPaths::sampleFile(), first));
    QVERIFY(QFile::copy(TestPaths::dataFile(u"valid/minimal.webhooks.json"_s), second));
    QVERIFY(m_window->openFile(first));
    QVERIFY(m_window->openFile(second));
    QCOMPARE(RecentFiles::files(), QStringList({ second, first }));
    QCOMPARE(m_window->windowTitle(), u"second.webhooks.json — Webhook Studio"_s);

    auto* menu = m_window->findChild<QMenu*>(u"recentFilesMenu"_s);
    QVERIFY(menu);
    emit menu->aboutToShow();
    const QList<QAction*> actions = menu->actions();
    QCOMPARE(actions.at(0)->text(), u"&1  second.webhooks.json"_s);
    QCOMPARE(actions.at(1)->text(), u"&2  first.webhooks.json"_s);
    actions.at(1)->trigger();
    QCOMPARE(m_window->filePath(), first);
    QCOMPARE(list()->model()->rowCount(), 4);
    QCOMPARE(RecentFiles::files().first(), first);
}

void MainWindowTest::showsProblemsOfTheSelectedWebhook()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"problems.webhooks.json"_s);
    QVERIFY(QFile::copy(TestPaths::dataFile(u"invalid/total-below-timeout.json"_s), path));
    // Validation problems do not stop a file from opening: they are shown.
    QVERIFY(m_window->openFile(path));
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"1 error"_s));
    const QString text = details()->toPlainText();
    QVERIFY(text.contains(u"Problems"_s));
    QVERIFY(text.contains(u"is shorter than one attempt's timeout"_s));
    QVERIFY(text.contains(u"$.webhooks[0].delivery.totalTimeoutSeconds"_s));
}

void MainWindowTest::firstStartOpensTheSampleLaterStartsTheLastFile()
{
    m_window->openAtStart({});
    QCOMPARE(m_window->document().name, u"Winter Renewal Outreach"_s);
    QVERIFY(m_window->filePath().isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"mine.webhooks.json"_s);
    QVERIFY(QFile::copy(TestPaths::dataFile(u"valid/minimal.webhooks.json"_s), path));
    QVERIFY(m_window->openFile(path));

    MainWindow second;
    second.openAtStart({});
    QCOMPARE(second.filePath(), path);
    QCOMPARE(second.document().name, u"Minimal"_s);

    QVERIFY(QFile::remove(path));
    MainWindow third;
    third.openAtStart({});
    QVERIFY(third.document().webhooks.isEmpty());
    QVERIFY(third.filePath().isEmpty());
}

void MainWindowTest::aFileOnTheCommandLineWins()
{
    const QString path = TestPaths::dataFile(u"valid/every-feature.webhooks.json"_s);
    m_window->openAtStart({ path });
    QCOMPARE(m_window->filePath(), path);
    QCOMPARE(list()->model()->rowCount(), 3);
    // Disabled webhooks stay listed, dimmed.
    QVERIFY(list()->model()->index(0, 0).data(Qt::FontRole).value<QFont>().italic());
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
