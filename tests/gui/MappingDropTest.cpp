#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TestPaths.h"
#include "campaign/SampleValueModel.h"
#include "document/CampaignSession.h"
#include "editor/HeaderTableModel.h"
#include "editor/PreviewPanel.h"
#include "editor/TemplateTextEdit.h"
#include "editor/WebhookEditor.h"
#include "mapping/DataSourceModel.h"
#include "mapping/DataSourcePanel.h"
#include "mapping/MappingTableModel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

// Mapping by drag and drop, as a person does it: a field taken from the
// palette (its model's own mimeData()) dropped onto the URL, the body, a
// header and a mapping row through real drag-enter, drag-move and drop
// events; then the templates, the mappings and the preview are checked.
class MappingDropTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dropsOntoTheBodyAtTheDropPoint();
    void dropsOntoTheUrl();
    void dropsOntoAHeaderValue();
    void dropsOntoAMappingRowToRemapIt();
    void reusesTheVariableOfAFieldMappedBefore();
    void aDropIsOneUndoStep();
    void ordinaryTextDropsStillWork();
    void insertsAFieldFromTheKeyboard();
    void greysFieldsTheEventsCannotProvide();
    void previewEncodesEachContext();
    void previewFlagsFieldsTheEventCannotProvide();
    void editsSampleDataAndResetsIt();
    void usesAnOwnPayloadAsTheSample();
    void modelsPassTheModelTester();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        return findWidget<T>(m_window.get(), name);
    }
    QMimeData* fieldMime(DataSource source, const QString& field) const;
    // Delivers a drag of `mime` onto `target` at `position`, as the window
    // system would; returns whether the drop was accepted.
    static bool drop(QWidget* target, const QPoint& position, QMimeData* mime);
    static QPoint pointAtOffset(TemplateTextEdit* edit, int offset);
    const WebhookConfig& current() const
    {
        return m_window->document().webhooks.at(m_window->currentWebhook());
    }
    QString previewText() const;

    std::unique_ptr<MainWindow> m_window;
};

void MappingDropTest::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openSample());
}

void MappingDropTest::cleanup()
{
    m_window->session()->undoStack()->setClean();
    m_window.reset();
}

QMimeData* MappingDropTest::fieldMime(DataSource source, const QString& field) const
{
    DataSourceModel* model = m_window->dataSources()->model();
    const QModelIndex index = model->indexOf(source, field);
    if (!index.isValid())
        qFatal("no field %s in the palette", qPrintable(field));
    return model->mimeData({ index });
}

bool MappingDropTest::drop(QWidget* target, const QPoint& position, QMimeData* mime)
{
    const Qt::DropActions actions = Qt::CopyAction;
    QDragEnterEvent enter(position, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(position, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent dropped(position, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

QPoint MappingDropTest::pointAtOffset(TemplateTextEdit* edit, int offset)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(offset);
    const QRect rect = edit->cursorRect(cursor);
    return QPoint(rect.left() + 1, rect.center().y());
}

QString MappingDropTest::previewText() const
{
    m_window->preview()->refreshNow();
    return m_window->preview()->text();
}

void MappingDropTest::dropsOntoTheBodyAtTheDropPoint()
{
    m_window->selectWebhook(2); // the chat notifier
    auto* body = widget<TemplateTextEdit>("bodyEdit");
    const QString before = current().body;
    const int offset = int(before.indexOf(u"Call {{call_id}}"_s));
    std::unique_ptr<QMimeData> mime(fieldMime(DataSource::ContactField, u"company"_s));
    QVERIFY(drop(body->viewport(), pointAtOffset(body, offset), mime.get()));

    QString expected = before;
    expected.insert(offset, u"{{company}}"_s);
    QCOMPARE(current().body, expected);
    QCOMPARE(body->text(), expected);
    const VariableMapping* mapping = current().findMapping(u"company"_s);
    QVERIFY(mapping);
    QCOMPARE(mapping->source, DataSource::ContactField);
    QCOMPARE(mapping->field, u"company"_s);
    QVERIFY(previewText().contains(u"(+16465550178). Brightline Dental SuppliesCall call_7f3a"_s));
}

void MappingDropTest::dropsOntoTheUrl()
{
    m_window->selectWebhook(2);
    auto* url = widget<TemplateTextEdit>("urlEdit");
    const int end = int(current().url.size());
    url->setText(current().url);
    std::unique_ptr<QMimeData> mime(fieldMime(DataSource::CallLogField, u"summary"_s));
    // Drop past the last character: the placeholder goes at the end.
    QVERIFY(drop(url->viewport(), pointAtOffset(url, end) + QPoint(30, 0), mime.get()));
    QCOMPARE(current().url, u"{{base_url}}/chat/hooks/T04RENEW/B07SALES/renewals{{summary}}"_s);
    QVERIFY(current().findMapping(u"summary"_s));
    // The preview percent-encodes it in the URL; summary is empty on this event.
    m_window->preview()->setEvent(u"call.ended"_s);
    QVERIFY(previewText().contains(
        u"renewalsMaria%20Okafor%20agreed%20to%20renew%20the%20Premium%20plan%20at%20%24149%2Fmonth"_s));
}

void MappingDropTest::dropsOntoAHeaderValue()
{
    auto* headers = widget<QTableView>("headersTableView");
    const QRect cell
        = headers->visualRect(headers->model()->index(1, HeaderTableModel::ValueColumn));
    std::unique_ptr<QMimeData> mime(fieldMime(DataSource::DynamicVariable, u"offer_code"_s));
    QVERIFY(drop(headers->viewport(), cell.center(), mime.get()));
    QCOMPARE(current().headers.at(1).value, u"{{campaign_id}}{{offer_code}}"_s);
    QVERIFY(current().findMapping(u"offer_code"_s));
    QVERIFY(previewText().contains(u"X-Campaign-Id: cmp_winter_renewal_2026RENEW20\n"_s));

    // Only values take fields.
    const QRect name
        = headers->visualRect(headers->model()->index(1, HeaderTableModel::NameColumn));
    std::unique_ptr<QMimeData> again(fieldMime(DataSource::DynamicVariable, u"offer_code"_s));
    drop(headers->viewport(), name.center(), again.get());
    QCOMPARE(current().headers.at(1).name, u"X-Campaign-Id"_s);
}

void MappingDropTest::dropsOntoAMappingRowToRemapIt()
{
    auto* body = widget<TemplateTextEdit>("bodyEdit");
    appendTo(body, u" {{mood}}"_s); // an unmapped variable (the body is no longer JSON either)
    auto* mappings = widget<QTableView>("mappingTableView");
    widget<QTabWidget>("editorTabWidget")
        ->setCurrentWidget(findWidget<QWidget>(m_window.get(), "mappingTab"));
    QTRY_VERIFY(mappings->isVisible() && mappings->viewport()->height() > 100);
    const QModelIndexList found = mappings->model()->match(
        mappings->model()->index(0, 0), Qt::DisplayRole, u"{{mood}}"_s, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().data(MappingTableModel::UnmappedRole).toBool());
    QCOMPARE(mappings->model()
                 ->index(found.first().row(), MappingTableModel::SourceColumn)
                 .data()
                 .toString(),
        u"Not mapped"_s);

    std::unique_ptr<QMimeData> mime(fieldMime(DataSource::CallLogField, u"sentiment"_s));
    mappings->scrollTo(found.first()); // the new variable is the last row
    QVERIFY(drop(mappings->viewport(), mappings->visualRect(found.first()).center(), mime.get()));
    const VariableMapping* mapping = current().findMapping(u"mood"_s);
    QVERIFY(mapping);
    QCOMPARE(mapping->source, DataSource::CallLogField);
    QCOMPARE(mapping->field, u"sentiment"_s);
    const int row = found.first().row();
    QCOMPARE(mappings->model()->index(row, MappingTableModel::SourceColumn).data().toString(),
        u"Call Log Field"_s);
    QCOMPARE(mappings->model()->index(row, MappingTableModel::SampleColumn).data().toString(),
        u"positive"_s);

    // Dropping another field on the same row remaps it.
    std::unique_ptr<QMimeData> other(fieldMime(DataSource::AgentOutcomeField, u"objection"_s));
    mappings->scrollTo(mappings->model()->index(row, 0));
    QVERIFY(drop(mappings->viewport(),
        mappings->visualRect(mappings->model()->index(row, 0)).center(), other.get()));
    QCOMPARE(current().findMapping(u"mood"_s)->field, u"objection"_s);
    QVERIFY(!previewText().contains(u"{{mood}} is not mapped"_s));
}

void MappingDropTest::reusesTheVariableOfAFieldMappedBefore()
{
    auto* body = widget<TemplateTextEdit>("bodyEdit");
    const int mappings = int(current().mappings.size());
    std::unique_ptr<QMimeData> mime(fieldMime(DataSource::CallLogField, u"duration_seconds"_s));
    QVERIFY(drop(body->viewport(), pointAtOffset(body, 1), mime.get()));
    // The sample maps duration_seconds as {{duration}} already.
    QVERIFY(current().body.startsWith(u"{{{duration}}\n"_s));
    QCOMPARE(current().mappings.size(), mappings);
}

void MappingDropTest::aDropIsOneUndoStep()
{
    const CampaignDocument before = m_window->document();
    auto* body = widget<TemplateTextEdit>("bodyEdit");
    std::unique_ptr<QMimeData> mime(fieldMime(DataSource::Timestamp, u"now"_s));
    QVERIFY(drop(body->viewport(), pointAtOffset(body, 1), mime.get()));
    QVERIFY(current().findMapping(u"now"_s));
    m_window->session()->undoStack()->undo();
    QVERIFY(m_window->document() == before);
    m_window->session()->undoStack()->redo();
    QVERIFY(current().findMapping(u"now"_s));
    QVERIFY(current().body.contains(u"{{now}}"_s));
}

void MappingDropTest::ordinaryTextDropsStillWork()
{
    m_window->selectWebhook(3); // the form body
    auto* body = widget<TemplateTextEdit>("bodyEdit");
    QMimeData text;
    text.setText(u"&source=studio"_s);
    const int end = int(current().body.size());
    QVERIFY(drop(body->viewport(), pointAtOffset(body, end) + QPoint(20, 0), &text));
    QVERIFY(current().body.endsWith(u"priority=normal&source=studio"_s));
    QCOMPARE(current().mappings.size(), 5);
}

void MappingDropTest::insertsAFieldFromTheKeyboard()
{
    auto* url = widget<TemplateTextEdit>("urlEdit");
    url->setFocus();
    QTest::keyClick(url, Qt::Key_End);
    interactWithNextDialog([](QDialog* dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* filter = findWidget<QLineEdit>(dialog, "fieldFilterLineEdit");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"agent_task_st"_s);
        QTest::keyClick(filter, Qt::Key_Return); // inserts the first match
    });
    QTest::keyClick(url, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(
        current().url, u"{{base_url}}/crm/v2/contacts/{{crm_id}}/calls{{agent_task_status}}"_s);
    QCOMPARE(current().findMapping(u"agent_task_status"_s)->source, DataSource::CallLogField);
}

void MappingDropTest::greysFieldsTheEventsCannotProvide()
{
    m_window->selectWebhook(1); // campaign events only
    DataSourceModel* model = m_window->dataSources()->model();
    const QModelIndex callId = model->indexOf(DataSource::CallLogField, u"call_id"_s);
    QVERIFY(!callId.data(DataSourceModel::AvailableRole).toBool());
    QVERIFY(callId.data(Qt::ForegroundRole).isValid());
    QVERIFY(
        callId.data(Qt::ToolTipRole)
            .toString()
            .contains(
                u"Empty on campaign.started, campaign.paused, campaign.completed, campaign.quota_reached."_s));
    QVERIFY(model->indexOf(DataSource::Timestamp, u"now"_s)
                .data(DataSourceModel::AvailableRole)
                .toBool());

    m_window->selectWebhook(0); // call.ended: everything
    QVERIFY(model->indexOf(DataSource::CallLogField, u"recording_url"_s)
                .data(DataSourceModel::AvailableRole)
                .toBool());

    // The filter finds fields by name or description, in any source.
    auto* filter = widget<QLineEdit>("fieldFilterLineEdit");
    typeInto(filter, u"E.164"_s);
    auto* tree = widget<QTreeView>("dataSourceTreeView");
    int shown = 0;
    for (int source = 0; source < tree->model()->rowCount(); ++source)
        shown += tree->model()->rowCount(tree->model()->index(source, 0));
    QCOMPARE(shown, 2); // from_number, to_number
}

void MappingDropTest::previewEncodesEachContext()
{
    const int index = m_window->currentWebhook();
    m_window->session()->edit(u"contexts"_s, [&](CampaignDocument& document) {
        document.dataModel.contactFields[0].sample = u"Zoë \"Z\" & Co/1"_s;
        WebhookConfig& w = document.webhooks[index];
        w.url = u"https://x.example/{{first_name}}?q={{first_name}}"_s;
        w.headers = { { u"X-Name"_s, u"{{first_name}}"_s, true, false } };
        w.body
            = u"{\"s\": \"Hi {{first_name}}\", \"n\": {{duration}}, \"o\": {{follow_up}}, \"b\": {{interested}}}"_s;
    });
    const QString text = previewText();
    QVERIFY(text.contains(
        u"POST https://x.example/Zo%C3%AB%20%22Z%22%20%26%20Co%2F1?q=Zo%C3%AB%20%22Z%22%20%26%20Co%2F1\n"_s));
    QVERIFY(text.contains(u"X-Name: Zoë \"Z\" & Co/1\n"_s));
    QVERIFY(text.contains(u"\"s\": \"Hi Zoë \\\"Z\\\" & Co/1\","_s));
    QVERIFY(text.contains(u"\"n\": 247,"_s));
    QVERIFY(text.contains(u"\"channel\": \"email\","_s)); // an object, indented
    QVERIFY(text.contains(u"\"b\": true\n"_s));

    m_window->session()->editWebhook(index, u"form"_s, [](WebhookConfig& w) {
        w.contentType = BodyContentType::Form;
        w.body = u"name={{first_name}}&n={{duration}}"_s;
    });
    QVERIFY(previewText().contains(u"\nname=Zo%C3%AB+%22Z%22+%26+Co%2F1&n=247"_s));
}

void MappingDropTest::previewFlagsFieldsTheEventCannotProvide()
{
    auto* events = widget<QComboBox>("previewEventComboBox");
    events->setCurrentText(u"campaign.started"_s);
    const QString text = previewText();
    QVERIFY(text.contains(u"This webhook is not subscribed to campaign.started; shown anyway."_s));
    QVERIFY(text.contains(u"▲ URL, line 1, column 30: {{crm_id}} has no value on campaign.started: "
                          "campaign.started is a campaign event and carries no call"_s));
    // {{local_receiver}} is the window's receiver: on 8787 unless another
    // process (a test running beside this one) holds that port.
    QVERIFY(text.contains(
        u"POST "_s + m_window->session()->localReceiverUrl() + u"/crm/v2/contacts//calls"_s));
    // The mapping table shows the same for that event.
    auto* mappings = widget<QTableView>("mappingTableView");
    // Row 0 is {{local_receiver}}, the first variable of the URL.
    QVERIFY(mappings->model()
                ->index(1, MappingTableModel::VariableColumn)
                .data()
                .toString()
                .contains(u"crm_id"_s));
    QCOMPARE(mappings->model()->index(1, MappingTableModel::SampleColumn).data().toString(),
        u"(empty on campaign.started)"_s);

    // An error stops the request and says so.
    appendTo(widget<TemplateTextEdit>("bodyEdit"), u"{"_s);
    QVERIFY(previewText().contains(u"Nothing would be sent until the errors are fixed."_s));
    QVERIFY(previewText().contains(u"The body is not valid JSON"_s));
}

void MappingDropTest::editsSampleDataAndResetsIt()
{
    interactWithNextDialog([](QDialog* dialog) {
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto* table = findWidget<QTableView>(dialog, "sampleValuesTableView");
        const QModelIndexList found = table->model()->match(table->model()->index(0, 1),
            Qt::DisplayRole, u"duration_seconds"_s, 1, Qt::MatchExactly);
        QCOMPARE(found.size(), 1);
        const QModelIndex value
            = table->model()->index(found.first().row(), SampleValueModel::ValueColumn);
        table->setFocus();
        table->setCurrentIndex(value);
        QTest::keyClick(table, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"61"_s);
        commitEditor(editor);
        QCOMPARE(value.data().toString(), u"61"_s);
        dialog->accept();
    });
    QMetaObject::invokeMethod(m_window->findChild<QAction*>(u"sampleDataAction"_s), "trigger");
    QCOMPARE(m_window->document().sampleData.callLog.value(u"duration_seconds"_s), QJsonValue(61));
    QVERIFY(previewText().contains(u"\"duration_seconds\": 61,"_s));

    interactWithNextDialog([](QDialog* dialog) {
        QTest::mouseClick(findWidget<QPushButton>(dialog, "resetSampleDataButton"), Qt::LeftButton);
        dialog->accept();
    });
    QMetaObject::invokeMethod(m_window->findChild<QAction*>(u"sampleDataAction"_s), "trigger");
    QVERIFY(m_window->document().sampleData.callLog.isEmpty());
    QVERIFY(previewText().contains(u"\"duration_seconds\": 247,"_s));
}

// A Retell body pasted as call.ended's sample: its fields drag like any
// other, and its values show in the preview.
void MappingDropTest::usesAnOwnPayloadAsTheSample()
{
    QFile file(TestPaths::dataFile(u"payloads/retell-call-ended.json"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QGuiApplication::clipboard()->setText(QString::fromUtf8(file.readAll()));
    m_window->selectWebhook(0); // CRM sync, on call.ended
    interactWithNextDialog([](QDialog* dialog) {
        findWidget<QTabWidget>(dialog, "sampleDataTabs")
            ->setCurrentWidget(findWidget<QWidget>(dialog, "ownPayloadsTab"));
        interactWithNextDialog(
            [](QDialog* payload) {
                auto* edit = findWidget<QPlainTextEdit>(payload, "samplePayloadEdit");
                auto* status = findWidget<QLabel>(payload, "samplePayloadStatusLabel");
                auto* ok = findWidget<QDialogButtonBox>(payload, "buttonBox")
                               ->button(QDialogButtonBox::Ok);
                // The clipboard's body, its event read from "call_ended".
                QCOMPARE(findWidget<QComboBox>(payload, "sampleEventComboBox")->currentText(),
                    u"call.ended"_s);
                QVERIFY(status->text().contains(u"call.metadata.access_token"_s));
                QVERIFY(ok->isEnabled());
                edit->setFocus();
                QTest::keyClick(edit, Qt::Key_Home, Qt::ControlModifier);
                QTest::keyClicks(edit, u"x"_s);
                QVERIFY(!ok->isEnabled());
                QTRY_VERIFY(status->text().contains(u"line 1, column 1"_s));
                QTest::keyClick(edit, Qt::Key_Backspace);
                QTRY_VERIFY(ok->isEnabled());
                QTest::mouseClick(ok, Qt::LeftButton);
            },
            u"eventSampleDialog"_s);
        QTest::mouseClick(findWidget<QPushButton>(dialog, "pastePayloadButton"), Qt::LeftButton);
        auto* list = findWidget<QListWidget>(dialog, "ownPayloadList");
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(u"call.ended"_s));
        QVERIFY(findWidget<QPlainTextEdit>(dialog, "ownPayloadView")
                    ->toPlainText()
                    .contains(u"\"access_token\": \"<redacted>\""_s));
        dialog->accept();
    });
    QMetaObject::invokeMethod(m_window->findChild<QAction*>(u"sampleDataAction"_s), "trigger");
    QCOMPARE(m_window->document().sampleData.events.size(), 1);

    const QString path = u"call.call_analysis.user_sentiment"_s;
    auto* body = widget<TemplateTextEdit>("bodyEdit");
    const QString before = current().body;
    const int offset = int(before.indexOf(u"{{call_id}}"_s));
    std::unique_ptr<QMimeData> mime(fieldMime(DataSource::EventPayload, path));
    QVERIFY(drop(body->viewport(), pointAtOffset(body, offset), mime.get()));
    const VariableMapping* mapping = current().findMapping(u"user_sentiment"_s);
    QVERIFY(mapping);
    QCOMPARE(mapping->source, DataSource::EventPayload);
    QCOMPARE(mapping->field, path);
    // The field's value, then the sample's own call id over the built-in one.
    QVERIFY(previewText().contains(u"\"PositiveJabr9TXYYJHfvl6Syypi88rdAHYHmcq6\""_s));

    m_window->session()->undoStack()->undo();
    m_window->session()->undoStack()->undo();
    QVERIFY(m_window->document().sampleData.events.isEmpty());
    QVERIFY(!m_window->dataSources()->model()->indexOf(DataSource::EventPayload, path).isValid());
}

void MappingDropTest::modelsPassTheModelTester()
{
    using Tester = QAbstractItemModelTester;
    DataSourceModel palette(m_window->session());
    Tester paletteTester(&palette, Tester::FailureReportingMode::QtTest);
    MappingTableModel mappings(m_window->session());
    Tester mappingTester(&mappings, Tester::FailureReportingMode::QtTest);
    SampleValueModel samples(m_window->document());
    Tester sampleTester(&samples, Tester::FailureReportingMode::QtTest);
    palette.setWebhookIndex(1);
    mappings.setWebhookIndex(0);
    QCOMPARE(palette.rowCount(), 9);
    // 17 mappings, and the built-ins {{event}}, {{event_id}} and {{local_receiver}}
    QCOMPARE(mappings.rowCount(), 20);
    mappings.setPreviewEvent(u"call.started"_s);
    mappings.mapVariable(u"extra"_s, { DataSource::DefaultValue, QString() });
    QCOMPARE(mappings.unusedCount(), 1);
    mappings.removeUnusedMappings();
    QCOMPARE(mappings.unusedCount(), 0);
    m_window->session()->edit(u"data model"_s, [](CampaignDocument& document) {
        document.dataModel.contactFields.append(
            { u"tier"_s, FieldType::String, u"gold"_s, QString() });
    });
    QVERIFY(palette.indexOf(DataSource::ContactField, u"tier"_s).isValid());
    samples.resetCallLog();
    QVERIFY(samples.rowCount() > 30);
}

QTEST_MAIN(MappingDropTest)
#include "MappingDropTest.moc"
