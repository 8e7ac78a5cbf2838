// Renders the documentation's screenshots from the real main window with the
// sample campaign, in the light and the dark theme.
#include "MainWindow.h"
#include "ToolEnvironment.h"
#include "campaign/CampaignDialog.h"
#include "campaign/EventSampleDialog.h"
#include "campaign/SampleDataDialog.h"
#include "delivery/BurstDialog.h"
#include "delivery/DeliveryController.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/InspectorPanel.h"
#include "delivery/TimelineWidget.h"
#include "document/CampaignSession.h"
#include "editor/PreviewPanel.h"
#include "editor/WebhookEditor.h"
#include "exchange/CurlImportDialog.h"
#include "exchange/ExportDialog.h"
#include "help/HelpDialog.h"
#include "help/ShortcutsDialog.h"
#include "mapping/DataSourceModel.h"
#include "mapping/DataSourcePanel.h"
#include "secrets/SecretsDialog.h"
#include "settings/PreferencesDialog.h"
#include "settings/Theme.h"
#include "storage/Preferences.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {
void save(QWidget* widget, const QString& path)
{
    QCoreApplication::processEvents();
    QTest::qWait(50);
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream(stdout) << path << Qt::endl;
}

// The chat notifier gets the contact's company dropped into its body, and
// the mapping table shows it beside an unmapped variable.
void shootMapping(MainWindow& window, const QString& path)
{
    window.selectWebhook(2);
    const WebhookConfig& chat = window.document().webhooks.at(2);
    window.session()->editWebhook(2, u"mood"_s, [](WebhookConfig& webhook) {
        webhook.body.replace(
            u"Call {{call_id}} is live."_s, u"Call {{call_id}} is live; mood: {{mood}}."_s);
    });
    window.editor()->insertField({ DataSource::ContactField, u"company"_s },
        WebhookEditor::Target::Body, int(chat.body.indexOf(u" ({{to_number}})"_s)));
    auto* tree = window.findChild<QTreeView*>(u"dataSourceTreeView"_s);
    const QModelIndex company
        = window.dataSources()->model()->indexOf(DataSource::ContactField, u"company"_s);
    tree->setCurrentIndex(tree->model()->index(company.row(), 0, tree->model()->index(1, 0)));
    window.findChild<QTabWidget*>(u"editorTabWidget"_s)
        ->setCurrentWidget(window.findChild<QWidget*>(u"mappingTab"_s));
    window.session()->checkNow();
    window.preview()->refreshNow();
    save(&window, path);
}

// CRM sync against the app's own receiver, which answers 503 first: the
// inspector shows the retried delivery and its timeline.
void shootDelivery(MainWindow& window, const QString& directory, const QString& theme)
{
    QString error;
    window.deliveries()->receiver()->setScript(*ResponseScript::parse(uR"({"steps": [
            {"status": 503, "body": {"error": "maintenance", "retry_after_seconds": 1}},
            {"status": 200, "body": {"ok": true, "contact": {"id": "0035e00000XyZ12AAB",
             "calls_logged": 12, "last_outcome": "renewal_agreed"},
             "received_at": "2026-11-27T14:06:25Z"}}]})"_s,
        &error));
    window.session()->secrets().insert(u"CRM_API_TOKEN"_s, u"Bearer sk_test_51HVdQ2"_s);
    window.selectWebhook(0);
    window.preview()->setEvent(u"call.ended"_s);
    window.sendTestEvent();
    DeliveryTracker* tracker = window.inspector()->tracker();
    if (!tracker || !QTest::qWaitFor([tracker] { return !tracker->isRunning(); }, 20000))
        qFatal("the delivery did not finish");
    window.findChild<QTabWidget*>(u"detailTabWidget"_s)
        ->setCurrentWidget(window.findChild<QWidget*>(u"attemptResponseTab"_s));
    window.findChild<QTabWidget*>(u"editorTabWidget"_s)
        ->setCurrentWidget(window.findChild<QWidget*>(u"requestTab"_s));
    save(&window, directory + u"/inspector-"_s + theme + u".png"_s);
    auto* timeline = window.findChild<TimelineWidget*>(u"timelineWidget"_s);
    save(timeline, directory + u"/timeline-"_s + theme + u".png"_s);
    timeline->setFitToAttempts(true);
    save(timeline, directory + u"/timeline-fit-"_s + theme + u".png"_s);
    timeline->setFitToAttempts(false);

    // The first attempt's time, phase by phase: a new connection, so every
    // phase is there.
    auto* details = window.findChild<QTabWidget*>(u"detailTabWidget"_s);
    window.inspector()->selectAttempt(1);
    details->setCurrentWidget(window.findChild<QWidget*>(u"attemptTimingTab"_s));
    save(details, directory + u"/attempt-timing-"_s + theme + u".png"_s);
    details->setCurrentWidget(window.findChild<QWidget*>(u"attemptResponseTab"_s));
    window.inspector()->selectAttempt(2);

    // The receiver dock with the two requests it got, and the history.
    for (const QString& dock : { u"receiver"_s, u"history"_s }) {
        window.findChild<QDockWidget*>(dock + u"Dock"_s)->raise();
        save(&window, directory + u"/"_s + dock + u"-"_s + theme + u".png"_s);
    }
    window.findChild<QDockWidget*>(u"previewDock"_s)->raise();
}

// The sample switched to Staging in the toolbar (the preview follows), and
// the environments in the campaign dialog.
void shootEnvironments(MainWindow& window, const QString& directory, const QString& theme)
{
    window.selectWebhook(0);
    window.session()->setActiveEnvironment(u"Staging"_s);
    window.preview()->refreshNow();
    save(&window, directory + u"/environment-switch-"_s + theme + u".png"_s);
    CampaignDialog dialog(window.document(), &window);
    dialog.showEnvironment(u"Staging"_s);
    dialog.resize(900, 520);
    dialog.show();
    save(&dialog, directory + u"/environments-"_s + theme + u".png"_s);
    dialog.hide();
    window.session()->setActiveEnvironment(u"Local"_s);
}

// The production export of the sample, its OpenAPI contract, and a curl
// command being imported.
void shootExchangeDialogs(MainWindow& window, const QString& directory, const QString& theme)
{
    ExportDialog exportDialog(window.session(), ExportDialog::Format::Production, &window);
    exportDialog.resize(820, 640);
    exportDialog.show();
    save(&exportDialog, directory + u"/export-"_s + theme + u".png"_s);
    exportDialog.hide();

    ExportDialog contractDialog(window.session(), ExportDialog::Format::OpenApi, &window);
    contractDialog.resize(820, 640);
    contractDialog.show();
    save(&contractDialog, directory + u"/export-openapi-"_s + theme + u".png"_s);

    CurlImportDialog importDialog(&window);
    importDialog.setCommand(u"curl -X POST https://crm.example.com/v2/calls \\\n"
                            "  -H 'Content-Type: application/json' \\\n"
                            "  -u sync-bot:s3cr3t:with:colons \\\n"
                            "  --data-raw '{\"call_id\": \"c_123\", \"outcome\": \"renewed\"}' \\\n"
                            "  --max-time 8 --retry 3"_s);
    importDialog.resize(720, 420);
    importDialog.show();
    save(&importDialog, directory + u"/curl-import-"_s + theme + u".png"_s);
}

// Every other dialog, as it opens on the sample.
void shootDialogs(MainWindow& window, const QString& directory, const QString& theme)
{
    const auto shoot = [&](QDialog& dialog, const QString& name, const QSize& size) {
        if (size.isValid())
            dialog.resize(size);
        dialog.show();
        save(&dialog, directory + u'/' + name + u'-' + theme + u".png"_s);
        dialog.hide();
    };
    CampaignDialog campaign(window.document(), &window);
    campaign.findChild<QTabWidget*>()->setCurrentIndex(1); // the contact fields
    shoot(campaign, u"campaign"_s, QSize(900, 620));
    SampleDataDialog sample(window.document(), u"call.ended"_s, QString(), &window);
    shoot(sample, u"sample-data"_s, QSize(820, 600));
    SecretsDialog secrets(SecretsDialog::Purpose::Send, u"Helpdesk follow-up ticket"_s,
        { u"HELPDESK_TOKEN"_s, u"HELPDESK_SIGNING_SECRET"_s }, QString(), &window);
    shoot(secrets, u"secrets"_s, QSize());
    BurstDialog burst(window.deliveries(), 0, u"CRM sync"_s, u"call.ended"_s, &window);
    shoot(burst, u"burst"_s, QSize());
    PreferencesDialog preferences(&window);
    shoot(preferences, u"preferences"_s, QSize());
    HelpDialog help(&window);
    shoot(help, u"help"_s, QSize(900, 640));
    ShortcutsDialog shortcuts(window.menuBar(), &window);
    shoot(shortcuts, u"shortcuts"_s, QSize(560, 640));
}

// A Retell call_ended body as the sample of call.ended: the dialog that
// takes it, the palette and preview using one of its fields, the list.
void shootOwnPayload(MainWindow& window, const QString& directory, const QString& theme)
{
    const QString body = uR"({
  "event": "call_ended",
  "call": {
    "call_id": "Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6",
    "agent_id": "oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD",
    "call_status": "ended",
    "direction": "outbound",
    "from_number": "+14157774444",
    "to_number": "+12137774445",
    "start_timestamp": 1764770531000,
    "end_timestamp": 1764770778000,
    "disconnection_reason": "user_hangup",
    "metadata": { "crm_account": "ACC-99120", "access_token": "sk_live_8fe2a0c1d9" },
    "call_analysis": {
      "call_summary": "The customer agreed to renew the Premium plan.",
      "user_sentiment": "Positive",
      "call_successful": true,
      "custom_analysis_data": { "renewal_agreed": true, "preferred_contact": "email" }
    }
  }
})"_s;
    EventSampleDialog dialog(u"call.ended"_s, u"retell-call-ended.json"_s, body,
        EventSampleDialog::EventChoice::FromBody, &window);
    dialog.resize(720, 620);
    dialog.show();
    save(&dialog, directory + u"/own-payload-dialog-"_s + theme + u".png"_s);
    dialog.hide();

    const QString sentiment = u"call.call_analysis.user_sentiment"_s;
    window.session()->edit(u"Own sample"_s, [&](CampaignDocument& document) {
        document.sampleData.setEvent(*dialog.sample());
        WebhookConfig& crm = document.webhooks[0];
        crm.body.replace(u"\"external_id\": \"{{call_id}}\",\n"_s,
            u"\"external_id\": \"{{call_id}}\",\n  \"sentiment\": \"{{user_sentiment}}\",\n"_s);
        crm.mappings.append(
            { u"user_sentiment"_s, DataSource::EventPayload, sentiment, QString() });
    });
    window.selectWebhook(0);
    auto* tree = window.findChild<QTreeView*>(u"dataSourceTreeView"_s);
    const QModelIndex field
        = window.dataSources()->model()->indexOf(DataSource::EventPayload, sentiment);
    const QModelIndex source = tree->model()->index(field.parent().row(), 0);
    tree->collapseAll();
    tree->expand(source);
    tree->setCurrentIndex(tree->model()->index(field.row(), 0, source));
    window.session()->checkNow();
    window.preview()->refreshNow();
    save(&window, directory + u"/own-payload-"_s + theme + u".png"_s);

    SampleDataDialog samples(window.document(), u"call.ended"_s, QString(), &window);
    samples.findChild<QTabWidget*>()->setCurrentIndex(1);
    samples.resize(820, 600);
    samples.show();
    save(&samples, directory + u"/sample-own-payloads-"_s + theme + u".png"_s);
}

void shootWindow(const QString& directory, const QString& theme)
{
    MainWindow window;
    ToolEnvironment::showSample(window, QSize(1440, 880));
    auto* tabs = window.findChild<QTabWidget*>(u"editorTabWidget"_s);
    const QStringList pages { u"request"_s, u"delivery"_s, u"success"_s, u"events"_s };
    for (const QString& page : pages) {
        tabs->setCurrentWidget(window.findChild<QWidget*>(page + u"Tab"_s));
        const QString suffix = page == u"request"_s ? QString() : u"-"_s + page;
        save(&window, directory + u"/main-window-"_s + theme + suffix + u".png"_s);
    }
    shootMapping(window, directory + u"/mapping-"_s + theme + u".png"_s);
    window.session()->undoStack()->undo();
    window.session()->undoStack()->undo();
    tabs->setCurrentWidget(window.findChild<QWidget*>(u"requestTab"_s));
    shootEnvironments(window, directory, theme);
    shootDelivery(window, directory, theme);
    shootExchangeDialogs(window, directory, theme);
    shootDialogs(window, directory, theme);
    shootOwnPayload(window, directory, theme);
    window.session()->undoStack()->setClean();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const ToolEnvironment environment;
    Preferences::setReceiverPort(Preferences::kDefaultReceiverPort);
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(directory);

    Theme::apply(Theme::Mode::Light);
    shootWindow(directory, u"light"_s);
    Theme::apply(Theme::Mode::Dark);
    shootWindow(directory, u"dark"_s);
    return 0;
}
