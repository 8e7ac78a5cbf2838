#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "document/CampaignSession.h"
#include "document/FileDialogs.h"
#include "editor/PreviewPanel.h"
#include "editor/TemplateTextEdit.h"
#include "exchange/PostmanExport.h"
#include "exchange/ProductionExport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList listTexts(const QListWidget* list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}
} // namespace

// File > Export and File > Import, and a curl command pasted into the URL
// field, driven through the menus and dialogs as a person uses them.
class ExportImportDialogsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusesAProductionExportWithErrorsUnlessADraft();
    void savesTheProductionExportAndListsItsSecrets();
    void exportsTheChosenWebhookAndEventAsCurl();
    void exportsAPostmanCollection();
    void exportsAnOpenApiContract();
    void importsACurlCommandAsANewWebhook();
    void saysWhyACurlCommandCannotBeImported();
    void pastingACurlCommandIntoTheUrlReplacesTheRequest();
    void importsAProductionExportBack();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        return findWidget<T>(m_window.get(), name);
    }
    // Opens an export dialog from the File > Export menu and runs `check`.
    void exportWith(QAction* action, const std::function<void(QDialog*)>& check);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void ExportImportDialogsTest::initTestCase()
{
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void ExportImportDialogsTest::init()
{
    m_window = openSampleWindow();
}

void ExportImportDialogsTest::cleanup()
{
    m_window->session()->undoStack()->setClean();
    m_window.reset();
}

void ExportImportDialogsTest::exportWith(
    QAction* action, const std::function<void(QDialog*)>& check)
{
    bool shown = false;
    interactWithNextDialog(
        [&](QDialog* dialog) {
            shown = true;
            check(dialog);
        },
        u"exportDialog"_s);
    action->trigger();
    QTRY_VERIFY(shown);
}

void ExportImportDialogsTest::refusesAProductionExportWithErrorsUnlessADraft()
{
    // An empty URL is an error.
    auto* url = widget<TemplateTextEdit>("urlEdit");
    url->setFocus();
    QTest::keyClick(url, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(url, Qt::Key_Backspace);
    QVERIFY(m_window->document().webhooks.first().url.isEmpty());

    const QString path = m_dir.filePath(u"draft.production.json"_s);
    exportWith(m_window->findChild<QAction*>(u"exportProductionAction"_s), [&](QDialog* dialog) {
        auto* status = findWidget<QLabel>(dialog, "exportStatusLabel");
        QVERIFY2(status->text().startsWith(u"Not exported: the campaign has 1 error."_s),
            qPrintable(status->text()));
        QVERIFY(listTexts(findWidget<QListWidget>(dialog, "exportProblemsList"))
                    .join(u'\n')
                    .contains(u"$.webhooks[0].request.url"_s));
        auto* save = findWidget<QPushButton>(dialog, "saveExportButton");
        QVERIFY(!save->isEnabled());
        QVERIFY(findWidget<QPlainTextEdit>(dialog, "exportPreviewEdit")->toPlainText().isEmpty());

        auto* draft = findWidget<QCheckBox>(dialog, "draftCheckBox");
        QVERIFY(draft->isVisible());
        QTest::mouseClick(draft, Qt::LeftButton, {}, QPoint(5, draft->height() / 2));
        QVERIFY(draft->isChecked());
        QVERIFY(status->text().startsWith(u"A draft with 1 error"_s));
        QVERIFY(save->isEnabled());
        QVERIFY(findWidget<QPlainTextEdit>(dialog, "exportPreviewEdit")
                    ->toPlainText()
                    .contains(u"\"draft\": true"_s));
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    const QJsonObject saved = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(saved.value(u"draft"_s).toBool(), true);
    QVERIFY(widget<QStatusBar>("statusBar")->currentMessage().contains(u"draft.production.json"_s));
}

void ExportImportDialogsTest::savesTheProductionExportAndListsItsSecrets()
{
    const QString path = m_dir.filePath(u"sample.production.json"_s);
    exportWith(m_window->findChild<QAction*>(u"exportProductionAction"_s), [&](QDialog* dialog) {
        QVERIFY(findWidget<QLabel>(dialog, "exportStatusLabel")
                    ->text()
                    .startsWith(u"Ready: 4 webhooks, checked against production.schema.json."_s));
        QVERIFY(!findWidget<QCheckBox>(dialog, "draftCheckBox")->isVisible());
        QCOMPARE(listTexts(findWidget<QListWidget>(dialog, "exportSecretsList")),
            QStringList({ u"${CRM_API_TOKEN}"_s, u"${HELPDESK_SIGNING_SECRET}"_s,
                u"${HELPDESK_TOKEN}"_s, u"${OPS_API_KEY}"_s }));
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(findWidget<QPushButton>(dialog, "saveExportButton"), Qt::LeftButton);
    });
    // Exactly what the core export gives: the dialog adds nothing.
    QCOMPARE(readAll(path), ProductionExport::write(m_window->document()).json);
}

void ExportImportDialogsTest::exportsTheChosenWebhookAndEventAsCurl()
{
    clickWebhook(m_window.get(), 3);
    widget<QComboBox>("sendEventComboBox")->setCurrentText(u"call.failed"_s);
    // The webhook signs: its secret is asked for first (only that one).
    interactWithNextDialog(
        [](QDialog* dialog) {
            QCOMPARE(dialog->windowTitle(), u"Signing Secret for the Export"_s);
            QCOMPARE(dialog->findChildren<QLineEdit*>().size(), 1);
            typeInto(findWidget<QLineEdit>(dialog, "secretEdit_HELPDESK_SIGNING_SECRET"),
                u"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s);
            dialog->accept();
        },
        u"secretsDialog"_s);
    exportWith(m_window->findChild<QAction*>(u"exportCurlAction"_s), [](QDialog* dialog) {
        QCOMPARE(findWidget<QComboBox>(dialog, "exportWebhookComboBox")->currentText(),
            u"Helpdesk follow-up ticket"_s);
        QCOMPARE(
            findWidget<QComboBox>(dialog, "exportEventComboBox")->currentText(), u"call.failed"_s);
        auto* preview = findWidget<QPlainTextEdit>(dialog, "exportPreviewEdit");
        QVERIFY(preview->toPlainText().startsWith(
            u"# Helpdesk follow-up ticket — call.failed\ncurl "_s));
        QCOMPARE(preview->toPlainText().count(u"\ncurl "_s), 1);
        QVERIFY(preview->toPlainText().contains(u"\"${HELPDESK_TOKEN}\""_s));
        QVERIFY(preview->toPlainText().contains(u"-H 'webhook-signature: v1,"_s));
        QVERIFY(!preview->toPlainText().contains(u"MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"_s));
        QVERIFY(findWidget<QLabel>(dialog, "exportStatusLabel")
                    ->text()
                    .startsWith(u"1 curl command "_s));
        QCOMPARE(listTexts(findWidget<QListWidget>(dialog, "exportSecretsList")),
            QStringList { u"$HELPDESK_TOKEN"_s });

        // Every webhook, every event: one command each.
        findWidget<QComboBox>(dialog, "exportWebhookComboBox")->setCurrentIndex(0);
        findWidget<QComboBox>(dialog, "exportEventComboBox")->setCurrentIndex(0);
        int requests = 0;
        for (const WebhookConfig& webhook :
            qobject_cast<MainWindow*>(dialog->parent())->document().webhooks)
            requests += int(webhook.events.size());
        QCOMPARE(preview->toPlainText().count(u"\ncurl "_s), requests);

        QTest::mouseClick(findWidget<QPushButton>(dialog, "copyExportButton"), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), preview->toPlainText());
    });
}

void ExportImportDialogsTest::exportsAPostmanCollection()
{
    const QString path = m_dir.filePath(u"sample.postman_collection.json"_s);
    exportWith(m_window->findChild<QAction*>(u"exportPostmanAction"_s), [&](QDialog* dialog) {
        QVERIFY(!findWidget<QComboBox>(dialog, "exportWebhookComboBox")->isVisible());
        QVERIFY(findWidget<QListWidget>(dialog, "exportSecretsList")->count() == 4);
        // Staging's values, picked with the keyboard.
        auto* environment = findWidget<QComboBox>(dialog, "exportEnvironmentComboBox");
        QCOMPARE(environment->currentText(), u"Local"_s);
        environment->setFocus();
        QTest::keyClick(environment, Qt::Key_Down);
        QCOMPARE(environment->currentText(), u"Staging"_s);
        QVERIFY(findWidget<QPlainTextEdit>(dialog, "exportPreviewEdit")
                    ->toPlainText()
                    .contains(u"https://hooks.staging.brightline.example/crm/v2/contacts/"_s));
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(findWidget<QPushButton>(dialog, "saveExportButton"), Qt::LeftButton);
    });
    const QJsonObject collection = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(collection.value(u"info"_s).toObject().value(u"schema"_s).toString(),
        QString::fromLatin1(PostmanExport::kSchemaUrl));
    // The environment file beside it names the secrets to set.
    const QJsonObject environment
        = QJsonDocument::fromJson(readAll(m_dir.filePath(u"sample.postman_environment.json"_s)))
              .object();
    QCOMPARE(environment.value(u"name"_s).toString(), u"Winter Renewal Outreach · Staging"_s);
    QCOMPARE(environment.value(u"values"_s).toArray().size(), 5);
}

void ExportImportDialogsTest::exportsAnOpenApiContract()
{
    const QString path = m_dir.filePath(u"sample.openapi.json"_s);
    exportWith(m_window->findChild<QAction*>(u"exportOpenApiAction"_s), [&](QDialog* dialog) {
        // YAML to read; the secrets the contract names, never their values.
        const QString preview
            = findWidget<QPlainTextEdit>(dialog, "exportPreviewEdit")->toPlainText();
        QVERIFY(preview.startsWith(u"components:\n"_s));
        QVERIFY(preview.contains(u"\nopenapi: \"3.1.0\"\n"_s));
        QCOMPARE(findWidget<QListWidget>(dialog, "exportSecretsList")->count(), 4);
        // Saved as .json: the same contract in JSON.
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(findWidget<QPushButton>(dialog, "saveExportButton"), Qt::LeftButton);
    });
    const QJsonObject contract = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(contract.value(u"openapi"_s).toString(), u"3.1.0"_s);
    QVERIFY(contract.value(u"webhooks"_s).toObject().contains(u"crm-sync.call.ended"_s));
}

void ExportImportDialogsTest::importsACurlCommandAsANewWebhook()
{
    const qsizetype before = m_window->document().webhooks.size();
    bool added = false;
    interactWithNextDialog([&](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), u"curlImportDialog"_s);
        auto* ok = findWidget<QDialogButtonBox>(dialog, "curlImportButtonBox")
                       ->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        typeInto(findWidget<QPlainTextEdit>(dialog, "curlCommandEdit"),
            uR"(curl -X PUT https://api.example.com/v1/leads -H 'X-Team: sales' --data-raw '{"a":1}' --frobnicate)"_s);
        QCOMPARE(findWidget<QLabel>(dialog, "curlImportStatusLabel")->text(),
            u"Sends PUT https://api.example.com/v1/leads with 1 header and a body of 7 characters."_s);
        QVERIFY(listTexts(findWidget<QListWidget>(dialog, "curlImportProblemsList"))
                    .join(u'\n')
                    .contains(u"--frobnicate"_s));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        added = true;
    });
    m_window->findChild<QAction*>(u"importCurlAction"_s)->trigger();
    QVERIFY(added);
    QCOMPARE(m_window->document().webhooks.size(), before + 1);
    const WebhookConfig& imported = m_window->document().webhooks.at(m_window->currentWebhook());
    QCOMPARE(imported.method, HttpMethod::Put);
    QCOMPARE(imported.url, u"https://api.example.com/v1/leads"_s);
    QCOMPARE(imported.events, QStringList { u"call.ended"_s });
    // One undo step takes it away again.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document().webhooks.size(), before);
}

void ExportImportDialogsTest::saysWhyACurlCommandCannotBeImported()
{
    interactWithNextDialog([](QDialog* dialog) {
        typeInto(findWidget<QPlainTextEdit>(dialog, "curlCommandEdit"),
            u"curl -F upload=@report.pdf https://files.example.com/in"_s);
        QCOMPARE(findWidget<QLabel>(dialog, "curlImportStatusLabel")->text(),
            u"This command cannot be imported:"_s);
        QVERIFY(listTexts(findWidget<QListWidget>(dialog, "curlImportProblemsList"))
                    .first()
                    .startsWith(u"-F: error: "_s));
        QVERIFY(!findWidget<QDialogButtonBox>(dialog, "curlImportButtonBox")
                     ->button(QDialogButtonBox::Ok)
                     ->isEnabled());
    });
    const qsizetype before = m_window->document().webhooks.size();
    m_window->findChild<QAction*>(u"importCurlAction"_s)->trigger();
    QCOMPARE(m_window->document().webhooks.size(), before);
}

void ExportImportDialogsTest::pastingACurlCommandIntoTheUrlReplacesTheRequest()
{
    clickWebhook(m_window.get(), 1);
    const WebhookConfig before = m_window->document().webhooks.at(1);
    QApplication::clipboard()->setText(
        u"$ curl 'https://hooks.example.com/ping' \\\n  -H 'Accept: text/plain' -u ops:s3:cr3t --max-time 7"_s);
    auto* url = widget<TemplateTextEdit>("urlEdit");
    url->setFocus();
    QTest::keyClick(url, Qt::Key_V, Qt::ControlModifier);

    const WebhookConfig& after = m_window->document().webhooks.at(1);
    QCOMPARE(url->text(), u"https://hooks.example.com/ping"_s);
    QCOMPARE(after.url, u"https://hooks.example.com/ping"_s);
    QCOMPARE(after.method, HttpMethod::Get);
    QCOMPARE(after.headers.size(), 2);
    QCOMPARE(after.headers.at(1).name, u"Authorization"_s);
    QVERIFY(after.headers.at(1).secret);
    QCOMPARE(after.delivery.timeoutSeconds, 7.0);
    // What the request is not about stays.
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.events, before.events);
    QCOMPARE(after.delivery.retryLimit, before.delivery.retryLimit);
    QCOMPARE(after.success, before.success);

    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document().webhooks.at(1), before);
}

void ExportImportDialogsTest::importsAProductionExportBack()
{
    const QByteArray exported = ProductionExport::write(m_window->document()).json;
    const QString path = m_dir.filePath(u"round-trip.production.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exported);
    file.close();

    m_window->newCampaign();
    QVERIFY(m_window->document().webhooks.isEmpty());
    FileDialogs::setNextFileName(path);
    m_window->findChild<QAction*>(u"importProductionAction"_s)->trigger();
    QCOMPARE(m_window->document().webhooks.size(), 4);
    QVERIFY(m_window->filePath().isEmpty());
    // Exported again, it is the same file, except that the environment's
    // values are part of the webhooks now.
    QCOMPARE(ProductionExport::write(m_window->document()).json,
        QByteArray(exported).replace("  \"environment\": \"Local\",\n", ""));
}

QTEST_MAIN(ExportImportDialogsTest)
#include "ExportImportDialogsTest.moc"
