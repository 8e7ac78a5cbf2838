#include "TestPaths.h"
#include "campaign/FieldListModel.h"
#include "document/CampaignSession.h"
#include "editor/EventSelectionModel.h"
#include "editor/HeaderTableModel.h"
#include "io/DocumentReader.h"
#include "mapping/DataSourceModel.h"
#include "problems/ProblemListModel.h"
#include "webhooks/WebhookListModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Tester = QAbstractItemModelTester;

// Every model of the editor, checked by QAbstractItemModelTester while the
// document under it changes (edits, undo, redo, a new document).
class EditorModelsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void webhookListModel();
    void headerTableModel();
    void eventSelectionModel();
    void fieldListModel();
    void problemListModel();
    void dataSourceModel();

private:
    void churn();

    std::unique_ptr<CampaignSession> m_session;
    CampaignDocument m_sample;
};

void EditorModelsTest::init()
{
    const LoadResult loaded = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(loaded.document);
    m_sample = *loaded.document;
    m_session = std::make_unique<CampaignSession>();
    m_session->reset(m_sample, QString());
}

// Changes of every kind, so the testers see every signal the models emit.
void EditorModelsTest::churn()
{
    m_session->editWebhook(0, u"rename"_s, [](WebhookConfig& w) { w.name = u"Renamed"_s; });
    m_session->editWebhook(0, u"header"_s, [](WebhookConfig& w) {
        w.headers.append({ u"X-New"_s, u"1"_s, true, false });
    });
    m_session->editWebhook(
        0, u"events"_s, [](WebhookConfig& w) { w.events.append(u"call.started"_s); });
    m_session->edit(u"add"_s, [](CampaignDocument& d) { d.webhooks.append(d.webhooks.first()); });
    m_session->edit(u"remove"_s, [](CampaignDocument& d) { d.webhooks.removeFirst(); });
    m_session->edit(u"move"_s, [](CampaignDocument& d) { d.webhooks.move(0, 2); });
    while (m_session->undoStack()->canUndo())
        m_session->undoStack()->undo();
    while (m_session->undoStack()->canRedo())
        m_session->undoStack()->redo();
    m_session->checkNow();
    m_session->reset(CampaignDocument(), QString());
    m_session->reset(m_sample, QString());
}

void EditorModelsTest::webhookListModel()
{
    WebhookListModel model(m_session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data().toString(), u"CRM sync"_s);
    QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(first.data(Qt::ToolTipRole)
                .toString()
                .contains(u"POST {{base_url}}/crm/v2/contacts/{{crm_id}}/calls"_s));
    QVERIFY(model.setData(first, u"CRM"_s));
    QCOMPARE(m_session->document().webhooks.first().name, u"CRM"_s);
    QVERIFY(!model.setData(first, u"   "_s)); // an empty name is refused
    QVERIFY(model.setData(first, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_session->document().webhooks.first().enabled);
    QVERIFY(first.data(Qt::FontRole).value<QFont>().italic());
    churn();
    QCOMPARE(model.rowCount(), 4);
}

void EditorModelsTest::headerTableModel()
{
    HeaderTableModel model(m_session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setWebhookIndex(0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4);
    const QModelIndex secret = model.index(0, HeaderTableModel::ValueColumn);
    QCOMPARE(secret.data().toString(), u"••••••••"_s);
    QCOMPARE(secret.data(Qt::EditRole).toString(), u"${CRM_API_TOKEN}"_s);
    m_session->secrets().insert(u"CRM_API_TOKEN"_s, u"Bearer live"_s);
    model.setSecretsRevealed(true);
    QCOMPARE(secret.data().toString(), u"Bearer live"_s);

    model.addHeader(u"X-Trace"_s, u"{{event_id}}"_s);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.setData(
        model.index(3, HeaderTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!m_session->document().webhooks.first().headers.at(3).enabled);
    model.moveHeader(3, -3);
    QCOMPARE(m_session->document().webhooks.first().headers.first().name, u"X-Trace"_s);
    model.removeHeader(0);
    QCOMPARE(model.rowCount(), 3);
    churn();
    model.setWebhookIndex(1);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(HeaderTableModel::commonHeaderNames().contains(u"Authorization"_s));
}

void EditorModelsTest::eventSelectionModel()
{
    EventSelectionModel model(m_session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setWebhookIndex(1); // the status ping: all four campaign events
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex campaign = model.index(2, 0);
    QCOMPARE(campaign.data().toString(), u"Campaign events"_s);
    QCOMPARE(model.rowCount(campaign), 4);
    QCOMPARE(campaign.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const QModelIndex call = model.index(0, 0);
    QCOMPARE(call.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(model.index(1, EventSelectionModel::DescriptionColumn, call).data().toString(),
        u"Triggered when a call completes."_s);

    QVERIFY(
        model.setData(model.indexOfEvent(u"campaign.paused"_s), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(campaign.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
    QVERIFY(model.setData(call, Qt::Checked, Qt::CheckStateRole));
    // Kept in catalog order, whatever the order of the clicks.
    QCOMPARE(m_session->document().webhooks.at(1).events,
        QStringList(
            { u"call.started"_s, u"call.ended"_s, u"call.failed"_s, u"call.voicemail_detected"_s,
                u"campaign.started"_s, u"campaign.completed"_s, u"campaign.quota_reached"_s }));
    churn();
    model.setWebhookIndex(-1);
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsUserCheckable));
}

void EditorModelsTest::fieldListModel()
{
    FieldListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setFields(m_sample.dataModel.dynamicVariables);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, FieldListModel::SampleColumn).data().toString(), u"149"_s);
    const int row = model.addField();
    QCOMPARE(model.index(row, FieldListModel::NameColumn).data().toString(), u"new_field"_s);
    QCOMPARE(model.index(model.addField(), 0).data().toString(), u"new_field_2"_s);
    QVERIFY(model.setData(model.index(row, FieldListModel::TypeColumn), u"number"_s));
    QVERIFY(model.setData(model.index(row, FieldListModel::SampleColumn), u"12.5"_s));
    QCOMPARE(model.fields().at(row).sample, QJsonValue(12.5));
    QVERIFY(!model.setData(model.index(row, FieldListModel::TypeColumn), u"float"_s));
    QVERIFY(model.setData(model.index(row, FieldListModel::TypeColumn), u"object"_s));
    QVERIFY(model.setData(model.index(row, FieldListModel::SampleColumn), u"{\"a\": [1]}"_s));
    QVERIFY(model.fields().at(row).sample.isObject());
    model.removeField(row);
    QCOMPARE(model.rowCount(), 4);
    model.setFields({});
    QCOMPARE(model.rowCount(), 0);

    QCOMPARE(FieldListModel::sampleFromText(u"true"_s, FieldType::Boolean), QJsonValue(true));
    QCOMPARE(FieldListModel::sampleFromText(u"nope"_s, FieldType::Number), QJsonValue(u"nope"_s));
    QCOMPARE(
        FieldListModel::sampleFromText(QString(), FieldType::String), QJsonValue(QJsonValue::Null));
}

void EditorModelsTest::problemListModel()
{
    ProblemListModel model(m_session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    m_session->editWebhook(0, u"break"_s, [](WebhookConfig& w) {
        w.url = u"ftp://x"_s;
        w.delivery.allowInsecureTls = true;
    });
    m_session->checkNow();
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    const QModelIndex error = model.index(0, ProblemListModel::MessageColumn);
    QVERIFY(error.data().toString().contains(u"\"ftp\" is not supported"_s));
    QCOMPARE(model.index(0, ProblemListModel::LocationColumn).data().toString(),
        u"CRM sync › Request › URL"_s);
    QCOMPARE(error.data(ProblemListModel::WebhookRole).toInt(), 0);
    QVERIFY(!error.data(Qt::DecorationRole).isNull());
    QCOMPARE(ProblemListModel::describeLocation(
                 u"$.campaign.dataModel.contactFields[2].name"_s, m_sample),
        u"Campaign › Data model"_s);
    QCOMPARE(
        ProblemListModel::describeLocation(u"$.webhooks[0].request.headers[1].value"_s, m_sample),
        u"CRM sync › Request › Header 2"_s);
    churn();
}

// The field palette names exactly the rows whose greying changed, and
// nothing when an edit does not touch it: every dataChanged() makes the tree
// measure its name column again, and typing in the editor edits the document.
void EditorModelsTest::dataSourceModel()
{
    DataSourceModel model(m_session.get());
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setWebhookIndex(0); // call.ended: every field has a value
    const auto tooltips = [&model] {
        QHash<QPersistentModelIndex, QString> result;
        for (int source = 0; source < model.rowCount(); ++source) {
            const QModelIndex parent = model.index(source, 0);
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex field = model.index(row, 0, parent);
                result.insert(field, field.data(Qt::ToolTipRole).toString());
            }
        }
        return result;
    };
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    m_session->editWebhook(0, u"rename"_s, [](WebhookConfig& w) { w.name = u"Renamed"_s; });
    QCOMPARE(changed.count(), 0);

    const QHash<QPersistentModelIndex, QString> before = tooltips();
    m_session->editWebhook(
        0, u"events"_s, [](WebhookConfig& w) { w.events.append(u"campaign.started"_s); });
    QCOMPARE(reset.count(), 0);
    const QHash<QPersistentModelIndex, QString> after = tooltips();
    QSet<QPersistentModelIndex> differing;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            differing.insert(it.key());
    }
    QSet<QPersistentModelIndex> named;
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.parent(), bottomRight.parent());
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            named.insert(model.index(row, 0, topLeft.parent()));
    }
    QVERIFY(differing.contains(model.indexOf(DataSource::CallLogField, u"call_id"_s)));
    QVERIFY(differing.size() < after.size());
    QCOMPARE(named, differing);
    churn();
}

QTEST_MAIN(EditorModelsTest)
#include "EditorModelsTest.moc"
