#include "GuiTestHelpers.h"
#include "MainWindow.h"

#include <QSettings>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
// The rows under each menu of the shortcuts view, as "Action\tShortcut".
QStringList shortcutRows(const QTreeView* view)
{
    QStringList rows;
    const QAbstractItemModel* model = view->model();
    for (int menu = 0; menu < model->rowCount(); ++menu) {
        const QModelIndex parent = model->index(menu, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            rows.append(model->index(row, 0, parent).data().toString() + u'\t'
                + model->index(row, 1, parent).data().toString());
        }
    }
    return rows;
}
} // namespace

// The Help menu: the user guide inside the app, the keyboard shortcuts
// read from the actions, and About with the versions.
class HelpMenuTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheUserGuideWithItsPicturesAndLinks();
    void listsTheKeyboardShortcuts();
    void aboutSaysTheVersions();

private:
    std::unique_ptr<MainWindow> m_window;
};

void HelpMenuTest::initTestCase()
{
    QSettings().clear();
}

void HelpMenuTest::init()
{
    m_window = openSampleWindow();
}

void HelpMenuTest::cleanup()
{
    m_window->session()->undoStack()->setClean();
    m_window.reset();
}

void HelpMenuTest::showsTheUserGuideWithItsPicturesAndLinks()
{
    bool shown = false;
    interactWithNextDialog(
        [&](QDialog* dialog) {
            shown = true;
            auto* browser = findWidget<QTextBrowser>(dialog, "helpBrowser");
            QVERIFY(browser->toPlainText().startsWith(u"Webhook Studio user guide"_s));
            // Every picture is embedded: none comes up empty.
            const QVariant picture = browser->document()->resource(
                QTextDocument::ImageResource, QUrl(u"images/main-window-light.png"_s));
            QVERIFY(!picture.value<QImage>().isNull() || !picture.toByteArray().isEmpty());
            // A link to another document opens it in place; Back returns.
            browser->setSource(QUrl(u"export.md"_s));
            QVERIFY(browser->toPlainText().startsWith(u"Export and import"_s));
            QTest::mouseClick(findWidget<QPushButton>(dialog, "helpBackButton"), Qt::LeftButton);
            QVERIFY(browser->toPlainText().startsWith(u"Webhook Studio user guide"_s));
        },
        u"helpDialog"_s);
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QVERIFY(shown);
}

void HelpMenuTest::listsTheKeyboardShortcuts()
{
    bool shown = false;
    interactWithNextDialog(
        [&](QDialog* dialog) {
            shown = true;
            const QStringList rows = shortcutRows(findWidget<QTreeView>(dialog, "shortcutsView"));
            QVERIFY2(
                rows.contains(u"Send Test Event\tCtrl+Return"_s), qPrintable(rows.join(u'\n')));
            QVERIFY(rows.contains(u"Save\tCtrl+S"_s));
            QVERIFY(rows.contains(u"Production Config…\tCtrl+Shift+E"_s));
            QVERIFY(rows.contains(u"Preferences…\tCtrl+,"_s));
        },
        u"shortcutsDialog"_s);
    m_window->findChild<QAction*>(u"shortcutsAction"_s)->trigger();
    QVERIFY(shown);
}

void HelpMenuTest::aboutSaysTheVersions()
{
    // The test runs without a keychain; the window finds out on opening.
    QTRY_VERIFY(!m_window->session()->keychain()->isAvailable());
    bool shown = false;
    interactWithNextDialog(
        [&](QDialog* dialog) {
            shown = true;
            auto* box = qobject_cast<QMessageBox*>(dialog);
            QVERIFY(box->text().contains(QStringLiteral(WEBHOOKSTUDIO_VERSION)));
            QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
            QVERIFY(box->informativeText().contains(u"memory only"_s));
        },
        u"aboutMessageBox"_s);
    m_window->findChild<QAction*>(u"aboutAction"_s)->trigger();
    QVERIFY(shown);
}

QTEST_MAIN(HelpMenuTest)
#include "HelpMenuTest.moc"
