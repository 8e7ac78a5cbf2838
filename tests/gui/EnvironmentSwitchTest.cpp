#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "document/CampaignSession.h"
#include "editor/PreviewPanel.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

// The toolbar's environment switch and the Environments tab of the campaign
// dialog, driven with the mouse and the keyboard on the sample campaign.
class EnvironmentSwitchTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void theSwitchChangesThePreview();
    void editingEnvironmentsIsOneUndoStep();
    void aSecretTypedInTheDialogNeverReachesTheDocument();
    void removingTheActiveEnvironmentFallsBackToTheFirst();
    void aReopenedFileStartsInTheEnvironmentLastChosen();

private:
    QComboBox* environmentSwitch() const
    {
        return findWidget<QComboBox>(m_window.get(), "environmentComboBox");
    }
    void chooseEnvironment(const QString& name);
    QString previewText() const;

    std::unique_ptr<MainWindow> m_window;
};

void EnvironmentSwitchTest::init()
{
    m_window = openSampleWindow();
    clickWebhook(m_window.get(), 0);
}

void EnvironmentSwitchTest::cleanup()
{
    m_window->session()->undoStack()->setClean();
    m_window.reset();
}

void EnvironmentSwitchTest::chooseEnvironment(const QString& name)
{
    QComboBox* combo = environmentSwitch();
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView* popup = combo->view();
    QTRY_VERIFY(popup->isVisible());
    // The popup ignores a release that comes as quickly as a double click.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const int row = combo->findText(name);
    QVERIFY2(row >= 0, qPrintable(name));
    const QRect rect = popup->visualRect(popup->model()->index(row, 0));
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(!popup->isVisible());
}

QString EnvironmentSwitchTest::previewText() const
{
    m_window->preview()->refreshNow();
    return m_window->preview()->text();
}

void EnvironmentSwitchTest::theSwitchChangesThePreview()
{
    QCOMPARE(environmentSwitch()->currentText(), u"Local"_s);
    QVERIFY(previewText().startsWith(u"POST http://127.0.0.1:"_s));

    chooseEnvironment(u"Staging"_s);
    QCOMPARE(m_window->session()->activeEnvironment(), u"Staging"_s);
    QVERIFY2(previewText().startsWith(
                 u"POST https://hooks.staging.brightline.example/crm/v2/contacts/"_s),
        qPrintable(previewText().left(120)));
    // Choosing an environment is not an edit of the campaign.
    QVERIFY(!m_window->session()->isModified());

    chooseEnvironment(u"Local"_s);
    QVERIFY(previewText().startsWith(u"POST http://127.0.0.1:"_s));
}

void EnvironmentSwitchTest::editingEnvironmentsIsOneUndoStep()
{
    interactWithNextDialog(
        [](QDialog* dialog) {
            auto* tabs = findWidget<QTabWidget>(dialog, "campaignTabWidget");
            QCOMPARE(tabs->currentWidget()->objectName(), u"environmentEditor"_s);
            auto* environments = findWidget<QListWidget>(dialog, "environmentListWidget");
            QCOMPARE(environments->currentItem()->text(), u"Local"_s);
            // Staging gets a tenant.
            QTest::mouseClick(environments->viewport(), Qt::LeftButton, {},
                environments->visualItemRect(environments->item(1)).center());
            QTest::mouseClick(findWidget<QPushButton>(dialog, "addVariableButton"), Qt::LeftButton);
            auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
            QVERIFY2(editor, "the new variable's name is not being edited");
            editor->selectAll();
            QTest::keyClicks(editor, u"tenant"_s);
            commitEditor(editor);
            auto* variables = findWidget<QTableView>(dialog, "variablesTableView");
            editCell(variables, 1, 1, u"brightline"_s);
            QTest::mouseClick(
                findWidget<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        },
        u"campaignDialog"_s);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);

    const Environment* staging = m_window->document().findEnvironment(u"Staging"_s);
    QVERIFY(staging && staging->find(u"tenant"_s));
    QCOMPARE(staging->find(u"tenant"_s)->value, u"brightline"_s);
    // Local lacks it now: the problems list says so.
    QTRY_VERIFY(std::any_of(m_window->session()->findings().cbegin(),
        m_window->session()->findings().cend(), [](const CampaignChecker::Finding& finding) {
            return finding.problem.code == u"environment.variable-missing"_s;
        }));

    QCOMPARE(m_window->session()->undoStack()->undoText(), u"Edit Campaign"_s);
    m_window->findChild<QAction*>(u"undoAction"_s)->trigger();
    QVERIFY(!m_window->document().findEnvironment(u"Staging"_s)->find(u"tenant"_s));
}

void EnvironmentSwitchTest::aSecretTypedInTheDialogNeverReachesTheDocument()
{
    interactWithNextDialog(
        [](QDialog* dialog) {
            auto* variables = findWidget<QTableView>(dialog, "variablesTableView");
            QTest::mouseClick(findWidget<QPushButton>(dialog, "addVariableButton"), Qt::LeftButton);
            auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, u"crm_token"_s);
            commitEditor(editor);
            // Tick Secret with the space bar, then type the value.
            const QModelIndex secret = variables->model()->index(1, 2);
            variables->setFocus();
            variables->setCurrentIndex(secret);
            QTest::keyClick(variables, Qt::Key_Space);
            QCOMPARE(secret.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
            editCell(variables, 1, 1, u"sk_local_123"_s);
            QCOMPARE(variables->model()->index(1, 1).data().toString(), u"••••••••"_s);
            QTest::mouseClick(
                findWidget<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        },
        u"campaignDialog"_s);
    m_window->findChild<QAction*>(u"environmentsAction"_s)->trigger();

    const EnvironmentVariable* token
        = m_window->document().findEnvironment(u"Local"_s)->find(u"crm_token"_s);
    QVERIFY(token && token->secret);
    const QString name = u"WINTER_RENEWAL_OUTREACH_LOCAL_CRM_TOKEN"_s;
    QCOMPARE(token->value, u"${"_s + name + u'}');
    QCOMPARE(m_window->session()->secrets().value(name), std::optional<QString>(u"sk_local_123"_s));
}

void EnvironmentSwitchTest::removingTheActiveEnvironmentFallsBackToTheFirst()
{
    chooseEnvironment(u"Staging"_s);
    m_window->session()->edit(u"Remove Staging"_s,
        [](CampaignDocument& document) { document.environments.removeLast(); });
    QCOMPARE(m_window->session()->activeEnvironment(), u"Local"_s);
    QCOMPARE(environmentSwitch()->currentText(), u"Local"_s);
    m_window->session()->undoStack()->undo();
    QCOMPARE(environmentSwitch()->count(), 4); // Local, Staging, separator, Edit…
}

void EnvironmentSwitchTest::aReopenedFileStartsInTheEnvironmentLastChosen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"renewal.webhooks.json"_s);
    QVERIFY(m_window->session()->save(path).isEmpty());
    chooseEnvironment(u"Staging"_s);
    QVERIFY(!m_window->session()->isModified());

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->session()->activeEnvironment(), u"Staging"_s);
    QCOMPARE(environmentSwitch()->currentText(), u"Staging"_s);
    // Another file starts on its first environment.
    QVERIFY(m_window->openSample());
    QCOMPARE(environmentSwitch()->currentText(), u"Local"_s);
}

QTEST_MAIN(EnvironmentSwitchTest)
#include "EnvironmentSwitchTest.moc"
