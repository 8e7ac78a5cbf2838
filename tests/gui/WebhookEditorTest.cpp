#include "editor/WebhookEditor.h"

#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TestPaths.h"
#include "document/CampaignSession.h"
#include "document/FileDialogs.h"
#include "editor/HeaderTableModel.h"
#include "editor/TemplateTextEdit.h"
#include "io/DocumentReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

// Editing a webhook the way a person does — clicking, typing, ticking —
// with every kind of edit undone and redone, then saved and reopened.
class WebhookEditorTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAndEditsAWebhookEndToEnd();
    void undoesAndRedoesEachKindOfEdit();
    void typingIsOneUndoStepPerField();
    void managesTheWebhookList();
    void marksBadInput();
    void marksAHeaderValueWithALineBreak();
    void formatsTheJsonBody();
    void editsTheDataModel();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        return findWidget<T>(m_window.get(), name);
    }
    const WebhookConfig& current() const
    {
        return m_window->document().webhooks.at(m_window->currentWebhook());
    }
    void undo();
    void redo();
    void editHeaderCell(int row, int column, const QString& text);
    void toggleEvent(const QString& name);
    void addWebhook();
    void showTab(const char* name);

    std::unique_ptr<MainWindow> m_window;
};

void WebhookEditorTest::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void WebhookEditorTest::cleanup()
{
    m_window->session()->undoStack()->setClean();
    m_window.reset();
}

void WebhookEditorTest::undo()
{
    // Pressed wherever the focus is: the document is undone, not the field.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
}

void WebhookEditorTest::redo()
{
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

void WebhookEditorTest::showTab(const char* name)
{
    auto* tabs = widget<QTabWidget>("editorTabWidget");
    tabs->setCurrentWidget(findWidget<QWidget>(tabs, name));
}

void WebhookEditorTest::addWebhook()
{
    QTest::mouseClick(widget<QToolButton>("addWebhookButton"), Qt::LeftButton);
}

void WebhookEditorTest::editHeaderCell(int row, int column, const QString& text)
{
    editCell(widget<QTableView>("headersTableView"), row, column, text);
}

void WebhookEditorTest::toggleEvent(const QString& name)
{
    auto* view = widget<QTreeView>("eventsTreeView");
    const QModelIndexList found = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole,
        name, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    view->setFocus();
    view->setCurrentIndex(found.first());
    QTest::keyClick(view, Qt::Key_Space);
}

void WebhookEditorTest::createsAndEditsAWebhookEndToEnd()
{
    QTest::mouseClick(widget<QPushButton>("emptyAddWebhookButton"), Qt::LeftButton);
    QCOMPARE(m_window->document().webhooks.size(), 1);
    QCOMPARE(current().name, u"New webhook"_s);
    QCOMPARE(current().events, QStringList { u"call.ended"_s });
    // The URL is where to start: it has the focus.
    QVERIFY(widget<TemplateTextEdit>("urlEdit")->hasFocus());

    QTest::keyClicks(
        widget<TemplateTextEdit>("urlEdit"), u"https://hooks.example.com/calls/{{call_id}}"_s);
    QCOMPARE(current().url, u"https://hooks.example.com/calls/{{call_id}}"_s);

    auto* nameEdit = widget<QLineEdit>("nameLineEdit");
    nameEdit->selectAll();
    typeInto(nameEdit, u"CRM"_s);
    QCOMPARE(current().name, u"CRM"_s);
    QCOMPARE(m_window->document().webhooks.size(), 1);

    QTest::mouseClick(widget<QToolButton>("addHeaderButton"), Qt::LeftButton);
    // The name's editor opens at once: type the name there.
    QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), u"X-Api-Key"_s);
    commitEditor(QApplication::focusWidget());
    editHeaderCell(0, HeaderTableModel::ValueColumn, u"k-123"_s);
    QCOMPARE(current().headers.size(), 1);
    QCOMPARE(current().headers.first().name, u"X-Api-Key"_s);
    QCOMPARE(current().headers.first().value, u"k-123"_s);

    QComboBox* method = widget<QComboBox>("methodComboBox");
    method->setFocus();
    QTest::keyClick(method, Qt::Key_Down); // POST → PUT
    QCOMPARE(current().method, HttpMethod::Put);

    auto* body = widget<TemplateTextEdit>("bodyEdit");
    typeInto(body, u"{\"id\": \"{{call_id}}\", \"ok\": true}"_s);
    QCOMPARE(current().body, u"{\"id\": \"{{call_id}}\", \"ok\": true}"_s);

    showTab("deliveryTab");
    typeIntoSpinBox(widget<QDoubleSpinBox>("timeoutSpinBox"), u"5"_s);
    typeIntoSpinBox(widget<QSpinBox>("retryLimitSpinBox"), u"2"_s);
    typeIntoSpinBox(widget<QDoubleSpinBox>("totalTimeoutSpinBox"), u"30"_s);
    QCOMPARE(current().delivery.timeoutSeconds, 5.0);
    QCOMPARE(current().delivery.retryLimit, 2);
    QCOMPARE(current().delivery.totalTimeoutSeconds, 30.0);
    QCOMPARE(widget<QLabel>("scheduleLabel")->text(),
        u"Up to 3 attempts: now, +1 s, +3 s; each may take 5 s; gives up after 30 s."_s);

    showTab("successTab");
    QTest::mouseClick(widget<QRadioButton>("exactStatusRadioButton"), Qt::LeftButton);
    typeIntoSpinBox(widget<QSpinBox>("statusSpinBox"), u"201"_s);
    typeInto(widget<QLineEdit>("responseKeyLineEdit"), u"data.ok"_s);
    QComboBox* expected = widget<QComboBox>("expectedValueComboBox");
    expected->setFocus();
    QTest::keyClick(expected, Qt::Key_Down);
    QCOMPARE(current().success.expectedStatus, std::optional<int>(201));
    QCOMPARE(current().success.responseKey, u"data.ok"_s);
    QCOMPARE(current().success.expectedValue, false);
    QVERIFY(widget<QLabel>("successSummaryLabel")->text().contains(u"status 201"_s));

    showTab("eventsTab");
    toggleEvent(u"call.failed"_s);
    toggleEvent(u"call.ended"_s);
    QCOMPARE(current().events, QStringList { u"call.failed"_s });

    // Save, reopen in a new window, compare.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"crm.webhooks.json"_s);
    FileDialogs::setNextFileName(path);
    QVERIFY(m_window->save());
    QVERIFY(!m_window->isWindowModified());
    const CampaignDocument saved = m_window->document();
    MainWindow reopened;
    QVERIFY(reopened.openFile(path));
    QVERIFY(reopened.document() == saved);
    QCOMPARE(reopened.document().webhooks.first().headers.first().value, u"k-123"_s);
}

void WebhookEditorTest::undoesAndRedoesEachKindOfEdit()
{
    QVERIFY(m_window->openSample());
    const CampaignDocument original = m_window->document();
    struct Step
    {
        const char* what;
        std::function<void()> edit;
    };
    const QList<Step> steps {
        { "name", [&] { appendTo(widget<QLineEdit>("nameLineEdit"), u" v2"_s); } },
        { "enabled",
            [&] { QTest::mouseClick(widget<QCheckBox>("enabledCheckBox"), Qt::LeftButton); } },
        { "method",
            [&] {
                widget<QComboBox>("methodComboBox")->setFocus();
                QTest::keyClick(widget<QComboBox>("methodComboBox"), Qt::Key_Up);
            } },
        { "url", [&] { appendTo(widget<TemplateTextEdit>("urlEdit"), u"?v=2"_s); } },
        { "add header",
            [&] {
                QTest::mouseClick(widget<QToolButton>("addHeaderButton"), Qt::LeftButton);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            } },
        { "header value",
            [&] { editHeaderCell(1, HeaderTableModel::ValueColumn, u"campaign-7"_s); } },
        { "header enabled",
            [&] {
                auto* view = widget<QTableView>("headersTableView");
                view->setFocus();
                view->setCurrentIndex(view->model()->index(1, HeaderTableModel::EnabledColumn));
                QTest::keyClick(view, Qt::Key_Space);
            } },
        { "header order",
            [&] {
                widget<QTableView>("headersTableView")
                    ->setCurrentIndex(widget<QTableView>("headersTableView")->model()->index(2, 1));
                QTest::mouseClick(widget<QToolButton>("moveHeaderUpButton"), Qt::LeftButton);
            } },
        { "body", [&] { appendTo(widget<TemplateTextEdit>("bodyEdit"), u" "_s); } },
        { "content type",
            [&] {
                widget<QComboBox>("contentTypeComboBox")->setFocus();
                QTest::keyClick(widget<QComboBox>("contentTypeComboBox"), Qt::Key_Down);
            } },
        { "timeout", [&] { typeIntoSpinBox(widget<QDoubleSpinBox>("timeoutSpinBox"), u"12"_s); } },
        { "retries", [&] { typeIntoSpinBox(widget<QSpinBox>("retryLimitSpinBox"), u"7"_s); } },
        { "total",
            [&] { typeIntoSpinBox(widget<QDoubleSpinBox>("totalTimeoutSpinBox"), u"90"_s); } },
        { "backoff",
            [&] { typeIntoSpinBox(widget<QDoubleSpinBox>("multiplierSpinBox"), u"3"_s); } },
        { "jitter", [&] { typeIntoSpinBox(widget<QSpinBox>("jitterSpinBox"), u"50"_s); } },
        { "insecure tls",
            [&] { QTest::mouseClick(widget<QCheckBox>("insecureTlsCheckBox"), Qt::LeftButton); } },
        { "status",
            [&] {
                QTest::mouseClick(widget<QRadioButton>("exactStatusRadioButton"), Qt::LeftButton);
            } },
        { "response key", [&] { appendTo(widget<QLineEdit>("responseKeyLineEdit"), u"x"_s); } },
        { "event", [&] { toggleEvent(u"call.started"_s); } },
    };
    for (const Step& step : steps) {
        const CampaignDocument before = m_window->document();
        step.edit();
        const CampaignDocument after = m_window->document();
        QVERIFY2(!(after == before), step.what);
        undo();
        QVERIFY2(m_window->document() == before, step.what);
        redo();
        QVERIFY2(m_window->document() == after, step.what);
    }
    // Undoing everything gives back the file as it was opened.
    while (m_window->session()->undoStack()->canUndo())
        undo();
    QVERIFY(m_window->document() == original);
    QVERIFY(!m_window->isWindowModified());
}

void WebhookEditorTest::typingIsOneUndoStepPerField()
{
    QVERIFY(m_window->openSample());
    appendTo(widget<TemplateTextEdit>("urlEdit"), u"/extra/path"_s);
    appendTo(widget<QLineEdit>("nameLineEdit"), u" two"_s);
    QCOMPARE(m_window->session()->undoStack()->count(), 2);
    undo();
    QCOMPARE(current().name, u"CRM sync"_s);
    QVERIFY(current().url.endsWith(u"/extra/path"_s));
    undo();
    QCOMPARE(current().url, u"{{base_url}}/crm/v2/contacts/{{crm_id}}/calls"_s);
    // The field shows the undone text.
    QCOMPARE(widget<TemplateTextEdit>("urlEdit")->text(), current().url);
}

void WebhookEditorTest::managesTheWebhookList()
{
    QVERIFY(m_window->openSample());
    auto* list = widget<QListView>("webhookListView");
    QTest::mouseClick(widget<QToolButton>("duplicateWebhookButton"), Qt::LeftButton);
    QCOMPARE(m_window->document().webhooks.size(), 5);
    QCOMPARE(m_window->document().webhooks.at(1).name, u"CRM sync (copy)"_s);
    QVERIFY(m_window->document().webhooks.at(1).id != m_window->document().webhooks.at(0).id);
    QCOMPARE(m_window->currentWebhook(), 1);

    QTest::mouseClick(widget<QToolButton>("moveWebhookDownButton"), Qt::LeftButton);
    QCOMPARE(m_window->document().webhooks.at(2).name, u"CRM sync (copy)"_s);
    QCOMPARE(m_window->currentWebhook(), 2);

    // Rename in place: F2, type, Enter.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"CRM backup"_s);
    commitEditor(editor);
    QCOMPARE(m_window->document().webhooks.at(2).name, u"CRM backup"_s);

    // Disable with its check box (Space in the list).
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(!m_window->document().webhooks.at(2).enabled);

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(m_window->document().webhooks.size(), 4);
    QVERIFY(m_window->document().indexOfWebhook(u"CRM backup"_s) < 0);
    undo();
    QCOMPARE(m_window->document().webhooks.size(), 5);
    QCOMPARE(m_window->currentWebhook(), 2);
    QCOMPARE(widget<QLineEdit>("nameLineEdit")->text(), u"CRM backup"_s);
}

void WebhookEditorTest::marksBadInput()
{
    addWebhook();
    auto* url = widget<TemplateTextEdit>("urlEdit");
    typeInto(url, u"ftp://files.example.com"_s);
    QTRY_COMPARE(url->property("problem").toString(), u"error"_s);
    QVERIFY(url->toolTip().contains(u"\"ftp\" is not supported"_s));
    QVERIFY(widget<QLabel>("urlProblemLabel")->isVisible());
    auto* problems = widget<QTreeView>("problemsView");
    QVERIFY(!problems->model()
                 ->match(problems->model()->index(0, 0), Qt::DisplayRole, u"is not supported"_s, 1,
                     Qt::MatchContains)
                 .isEmpty());

    // Fixed: the mark goes away.
    url->selectAll();
    QTest::keyClicks(url, u"https://ok.example.com/{{missing}}"_s);
    QTRY_VERIFY(!widget<QLabel>("urlProblemLabel")->text().contains(u"not supported"_s));
    // An unmapped variable is an error in the URL too, underlined where it is.
    QTRY_VERIFY(widget<QLabel>("urlProblemLabel")->text().contains(u"{{missing}} is not mapped"_s));

    showTab("deliveryTab");
    auto* total = widget<QDoubleSpinBox>("totalTimeoutSpinBox");
    typeIntoSpinBox(total, u"4"_s);
    QTRY_COMPARE(total->property("problem").toString(), u"error"_s);
    QVERIFY(total->toolTip().contains(u"shorter than one attempt's timeout"_s));
    typeIntoSpinBox(total, u"60"_s);
    QTRY_COMPARE(total->property("problem").toString(), QString());
}

void WebhookEditorTest::marksAHeaderValueWithALineBreak()
{
    QVERIFY(m_window->openFile(TestPaths::dataFile(u"invalid/header-value-newline.json"_s)));
    auto* headers = widget<QTableView>("headersTableView");
    QTRY_COMPARE(headers->property("problem").toString(), u"error"_s);
    QVERIFY(headers->toolTip().contains(u"contains a carriage return (CR)"_s));
    auto* problems = widget<QTreeView>("problemsView");
    const QModelIndexList found = problems->model()->match(problems->model()->index(0, 0),
        Qt::DisplayRole, u"carriage return"_s, 1, Qt::MatchContains);
    QCOMPARE(found.size(), 1);
    QCOMPARE(problems->model()->index(found.first().row(), 1).data().toString(),
        u"CRM › Request › Header 1"_s);
}

void WebhookEditorTest::formatsTheJsonBody()
{
    addWebhook();
    auto* body = widget<TemplateTextEdit>("bodyEdit");
    typeInto(body, u"{\"b\":{{n}},\"a\":[1,2]}"_s);
    QTest::keyClick(body, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(current().body, u"{\n  \"b\": {{n}},\n  \"a\": [\n    1,\n    2\n  ]\n}\n"_s);
    QCOMPARE(body->text(), current().body);
    undo();
    QCOMPARE(current().body, u"{\"b\":{{n}},\"a\":[1,2]}"_s);
}

void WebhookEditorTest::editsTheDataModel()
{
    QVERIFY(m_window->openSample());
    interactWithNextDialog([](QDialog* dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* tabs = findWidget<QTabWidget>(dialog, "campaignTabWidget");
        tabs->setCurrentIndex(1);
        auto* add = tabs->currentWidget()->findChild<QPushButton*>(u"addFieldButton"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        // The new field's name editor, in the table of this tab.
        QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget())
            && tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, u"vip_level"_s);
        commitEditor(editor);
        tabs->setCurrentIndex(0);
        auto* name = findWidget<QLineEdit>(dialog, "campaignNameLineEdit");
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Spring Outreach"_s);
        QTest::keyClick(name, Qt::Key_Return); // the dialog's default button: OK
    });
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document().name, u"Spring Outreach"_s);
    QCOMPARE(m_window->document().dataModel.contactFields.last().name, u"vip_level"_s);
    // The whole dialog is one undo step.
    undo();
    QCOMPARE(m_window->document().name, u"Winter Renewal Outreach"_s);
    QCOMPARE(m_window->document().dataModel.contactFields.last().name, u"renewal_date"_s);
}

QTEST_MAIN(WebhookEditorTest)
#include "WebhookEditorTest.moc"
