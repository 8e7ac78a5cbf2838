#include "MainWindow.h"

#include "GuiTestHelpers.h"
#include "TestPaths.h"
#include "document/CampaignSession.h"
#include "document/FileDialogs.h"
#include "document/RecentFiles.h"
#include "editor/TemplateTextEdit.h"
#include "io/DocumentReader.h"
#include "storage/RecoveryStore.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTreeView>

using namespace Qt::StringLiterals;

// The window as a whole: opening, saving, recent files, start-up, unsaved
// changes, problems.
class MainWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithANewCampaign();
    void opensTheSampleAndShowsItsFirstWebhook();
    void clickingAWebhookShowsItsSettings();
    void keyboardMovesThroughWebhooks();
    void aBrokenFileLeavesTheCurrentCampaignUntouched();
    void openedFilesAppearInOpenRecent();
    void listsProblemsAndShowsTheirField();
    void firstStartOpensTheSampleLaterStartsTheLastFile();
    void aFileOnTheCommandLineWins();
    void asksBeforeDroppingUnsavedChanges();
    void savesAndTheTitleTellsWhetherThereAreChanges();
    void opensAFileDroppedOntoTheWindow();
    void theInspectorTabShowsTheInspector();

private:
    QListView* list() const { return findWidget<QListView>(m_window.get(), "webhookListView"); }
    void clickRow(int row);
    QString copyToTemp(const QString& source, const QString& name);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void MainWindowTest::init()
{
    QSettings().clear();
    // Work an earlier, crashed run left would be offered at start.
    QDir(RecoveryStore::defaultDirectory()).removeRecursively();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::cleanup()
{
    // Leave without the unsaved-changes question.
    m_window->session()->undoStack()->setClean();
    m_window.reset();
}

QString MainWindowTest::copyToTemp(const QString& source, const QString& name)
{
    const QString path = m_dir->filePath(name);
    QFile::remove(path);
    if (!QFile::copy(source, path))
        qFatal("cannot copy %s", qPrintable(source));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void MainWindowTest::clickRow(int row)
{
    const QRect rect = list()->visualRect(list()->model()->index(row, 0));
    QVERIFY(rect.isValid());
    QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center() + QPoint(20, 0));
}

void MainWindowTest::startsWithANewCampaign()
{
    QCOMPARE(list()->model()->rowCount(), 0);
    auto* stack = findWidget<QStackedWidget>(m_window.get(), "editorStack");
    QCOMPARE(stack->currentWidget()->objectName(), u"emptyPage"_s);
    QCOMPARE(m_window->windowTitle(), u"New campaign (unsaved)[*] — Webhook Studio"_s);
    QVERIFY(!m_window->isWindowModified());
}

void MainWindowTest::opensTheSampleAndShowsItsFirstWebhook()
{
    QVERIFY(m_window->openSample());
    QCOMPARE(list()->model()->rowCount(), 4);
    QCOMPARE(list()->currentIndex().row(), 0);
    QCOMPARE(findWidget<QLineEdit>(m_window.get(), "nameLineEdit")->text(), u"CRM sync"_s);
    QCOMPARE(findWidget<TemplateTextEdit>(m_window.get(), "urlEdit")->text(),
        u"{{base_url}}/crm/v2/contacts/{{crm_id}}/calls"_s);
    QCOMPARE(m_window->windowTitle(), u"Winter Renewal Outreach (unsaved)[*] — Webhook Studio"_s);
    QTRY_COMPARE(findWidget<QLabel>(m_window.get(), "problemStatusLabel")->text(),
        u"4 webhooks · 0 errors, 0 warnings"_s);
    QVERIFY(m_window->filePath().isEmpty());
}

void MainWindowTest::clickingAWebhookShowsItsSettings()
{
    QVERIFY(m_window->openSample());
    clickRow(1);
    QCOMPARE(list()->currentIndex().row(), 1);
    QCOMPARE(
        findWidget<QLineEdit>(m_window.get(), "nameLineEdit")->text(), u"Campaign status ping"_s);
    QCOMPARE(findWidget<QComboBox>(m_window.get(), "methodComboBox")->currentText(), u"GET"_s);
    QVERIFY(!findWidget<TemplateTextEdit>(m_window.get(), "bodyEdit")->isEnabled());
    QVERIFY(findWidget<QLabel>(m_window.get(), "bodyNoticeLabel")
                ->text()
                .startsWith(u"GET requests carry no body"_s));
    QCOMPARE(findWidget<QLabel>(m_window.get(), "scheduleLabel")->text(),
        u"Up to 3 attempts: now, +2 s, +6 s; each may take 5 s; gives up after 20 s."_s);
}

void MainWindowTest::keyboardMovesThroughWebhooks()
{
    QVERIFY(m_window->openSample());
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Down);
    QTest::keyClick(list(), Qt::Key_Down);
    QCOMPARE(
        findWidget<QLineEdit>(m_window.get(), "nameLineEdit")->text(), u"Sales chat notifier"_s);
    QTest::keyClick(list(), Qt::Key_End);
    QCOMPARE(findWidget<QComboBox>(m_window.get(), "contentTypeComboBox")->currentText(),
        u"Form (urlencoded)"_s);
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
    QVERIFY(box->informativeText().contains(
        u"$.webhooks[0].request.method: error: Unknown value \"PATCH\""_s));
    QTest::keyClick(box, Qt::Key_Enter);
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>(u"loadErrorMessageBox"_s));
}

void MainWindowTest::openedFilesAppearInOpenRecent()
{
    const QString first = copyToTemp(TestPaths::sampleFile(), u"first.webhooks.json"_s);
    const QString second = copyToTemp(
        TestPaths::dataFile(u"valid/minimal.webhooks.json"_s), u"second.webhooks.json"_s);
    QVERIFY(m_window->openFile(first));
    QVERIFY(m_window->openFile(second));
    QCOMPARE(RecentFiles::files(), QStringList({ second, first }));
    QCOMPARE(m_window->windowTitle(), u"second.webhooks.json[*] — Webhook Studio"_s);

    auto* menu = findWidget<QMenu>(m_window.get(), "recentFilesMenu");
    emit menu->aboutToShow();
    const QList<QAction*> actions = menu->actions();
    QCOMPARE(actions.at(0)->text(), u"&1  second.webhooks.json"_s);
    QCOMPARE(actions.at(1)->text(), u"&2  first.webhooks.json"_s);
    actions.at(1)->trigger();
    QCOMPARE(m_window->filePath(), first);
    QCOMPARE(list()->model()->rowCount(), 4);
}

void MainWindowTest::listsProblemsAndShowsTheirField()
{
    const QString path = copyToTemp(
        TestPaths::dataFile(u"invalid/total-below-timeout.json"_s), u"problems.webhooks.json"_s);
    // Validation problems do not stop a file from opening: they are listed.
    QVERIFY(m_window->openFile(path));
    auto* problems = findWidget<QTreeView>(m_window.get(), "problemsView");
    QTRY_VERIFY(problems->model()->rowCount() >= 1);
    const QModelIndex first = problems->model()->index(0, 0);
    QVERIFY(first.data().toString().contains(u"is shorter than one attempt's timeout"_s));
    QCOMPARE(problems->model()->index(0, 1).data().toString(), u"CRM › Delivery"_s);
    QVERIFY(
        findWidget<QLabel>(m_window.get(), "problemStatusLabel")->text().contains(u"1 error"_s));
    auto* total = findWidget<QDoubleSpinBox>(m_window.get(), "totalTimeoutSpinBox");
    QCOMPARE(total->property("problem").toString(), u"error"_s);

    // Activating the problem shows its field.
    problems->setFocus();
    problems->setCurrentIndex(first);
    QTest::keyClick(problems, Qt::Key_Return);
    QTRY_VERIFY(total->hasFocus());
    QVERIFY(total->isVisible());
}

void MainWindowTest::firstStartOpensTheSampleLaterStartsTheLastFile()
{
    m_window->openAtStart({});
    QCOMPARE(m_window->document().name, u"Winter Renewal Outreach"_s);
    QVERIFY(m_window->filePath().isEmpty());

    const QString path = copyToTemp(
        TestPaths::dataFile(u"valid/minimal.webhooks.json"_s), u"mine.webhooks.json"_s);
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
    QCOMPARE(list()->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
}

void MainWindowTest::asksBeforeDroppingUnsavedChanges()
{
    QVERIFY(m_window->openSample());
    typeInto(findWidget<QLineEdit>(m_window.get(), "nameLineEdit"), u" v2"_s);
    QVERIFY(m_window->isWindowModified());
    const QString other = TestPaths::dataFile(u"valid/minimal.webhooks.json"_s);

    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->openFile(other));
    QCOMPARE(m_window->document().webhooks.first().name, u"CRM sync v2"_s);

    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->openFile(other));
    QCOMPARE(m_window->document().name, u"Minimal"_s);
    QVERIFY(!m_window->isWindowModified());
}

void MainWindowTest::savesAndTheTitleTellsWhetherThereAreChanges()
{
    QVERIFY(m_window->openSample());
    typeInto(findWidget<QLineEdit>(m_window.get(), "nameLineEdit"), u"!"_s);
    QVERIFY(m_window->isWindowModified());

    const QString path = m_dir->filePath(u"saved"_s);
    FileDialogs::setNextFileName(path);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
    // The suffix is added to a bare name.
    QCOMPARE(m_window->filePath(), path + u".webhooks.json"_s);
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->windowTitle(), u"saved.webhooks.json[*] — Webhook Studio"_s);
    const LoadResult saved = DocumentReader::readFile(m_window->filePath());
    QVERIFY(saved.document);
    QVERIFY(*saved.document == m_window->document());
}

void MainWindowTest::opensAFileDroppedOntoTheWindow()
{
    const QString path = copyToTemp(
        TestPaths::dataFile(u"valid/minimal.webhooks.json"_s), u"dropped.webhooks.json"_s);
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(path) });
    const QPoint where = m_window->rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(where, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QCOMPARE(m_window->filePath(), path);
    QCOMPARE(m_window->document().name, u"Minimal"_s);

    QMimeData text;
    text.setText(u"not a file"_s);
    QDragEnterEvent refused(where, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &refused);
    QVERIFY(!refused.isAccepted());
}

// The inspector is built when first shown (it is behind the problems at
// start): clicking its tab brings up the whole panel.
void MainWindowTest::theInspectorTabShowsTheInspector()
{
    QVERIFY(m_window->openSample());
    QTabBar* tabs = nullptr;
    int inspectorTab = -1;
    for (QTabBar* bar : m_window->findChildren<QTabBar*>()) {
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->tabText(i) == u"Inspector"_s && bar->isVisible()) {
                tabs = bar;
                inspectorTab = i;
            }
        }
    }
    QVERIFY(tabs);
    QVERIFY(tabs->currentIndex() != inspectorTab);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(inspectorTab).center());
    QTRY_VERIFY(findWidget<QTreeView>(m_window.get(), "attemptsView")->isVisible());
    QVERIFY(findWidget<QLineEdit>(m_window.get(), "searchLineEdit")->isVisible());
    QCOMPARE(findWidget<QWidget>(m_window.get(), "inspectorPanel")->parentWidget()->parentWidget(),
        findWidget<QWidget>(m_window.get(), "inspectorDockScrollArea"));
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
