#pragma once

#include "delivery/DeliveryActions.h"
#include "document/CampaignSession.h"
#include "document/DocumentController.h"
#include "webhooks/WebhookListController.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class CampaignController;
class DataSourcePanel;
class DeliveryController;
class ExchangeController;
class HistoryPanel;
class InspectorPanel;
class PanelDock;
class PreviewPanel;
class ProblemsController;
class ReceiverPanel;
class SecretPrompt;
class WebhookEditor;
struct DeliveryReplay;

// The application window. It builds the window from MainWindow.ui and its
// panels, and wires the parts that each own one concern: the open file
// (DocumentController), the webhook list (WebhookListController), problems
// (ProblemsController), the Campaign menu (CampaignController), sending and
// the inspector (DeliveryActions), export and import (ExchangeController).
// The parts share the CampaignSession and talk through signals; what this
// class keeps is only what belongs to the window itself: its layout, the
// shortcuts, the title, undo, and its saved state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    CampaignSession* session() const { return m_session; }
    DocumentController* documents() const { return m_documents; }
    WebhookEditor* editor() const { return m_editor; }
    PreviewPanel* preview() const { return m_preview; }
    DataSourcePanel* dataSources() const { return m_dataSources; }
    DeliveryController* deliveries() const { return m_deliveries; }
    // Built when first shown or needed (see DeliveryActions).
    InspectorPanel* inspector() { return m_deliveryActions->inspector(); }
    HistoryPanel* historyPanel() const { return m_historyPanel; }
    ReceiverPanel* receiverPanel() const { return m_receiverPanel; }

    // The file operations, as File menu items do them (DocumentController).
    bool openFile(const QString& filePath) { return m_documents->openFile(filePath); }
    bool openSample() { return m_documents->openSample(); }
    void openAtStart(const QStringList& files) { m_documents->openAtStart(files); }
    void newCampaign() { m_documents->newCampaign(); }
    bool save() { return m_documents->save(); }

    // Sends the selected webhook's request for the event chosen in the
    // toolbar (and the preview), asking for missing secrets first.
    void sendTestEvent() { m_deliveryActions->sendTestEvent(); }
    void redeliver(const DeliveryReplay& replay) { m_deliveryActions->redeliver(replay); }
    const CampaignDocument& document() const { return m_session->document(); }
    QString filePath() const { return m_session->filePath(); }
    int currentWebhook() const { return m_webhooks->currentWebhook(); }
    void selectWebhook(int index) { m_webhooks->selectWebhook(index); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setupShortcutsAndIcons();
    void setupUndo();
    void setupHelpAndSettings();
    void setupMappingPanels();
    void setupDelivery();
    PanelDock* addPanelDock(QWidget* panel, const QString& title, const QString& objectName,
        Qt::DockWidgetArea area, const QKeySequence& toggleShortcut);
    void showStatus(const QString& message, int timeoutMs);
    // Shows the webhook at `index` (-1: none) in the editor and the panels.
    void showWebhook(int index);
    void chooseFieldToInsert();
    void editPreferences();
    void updateTitle();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    CampaignSession* m_session;
    WebhookEditor* m_editor = nullptr;
    DataSourcePanel* m_dataSources = nullptr;
    PreviewPanel* m_preview = nullptr;
    DeliveryController* m_deliveries = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
    ReceiverPanel* m_receiverPanel = nullptr;
    PanelDock* m_inspectorDock = nullptr;
    SecretPrompt* m_secrets = nullptr;
    DocumentController* m_documents = nullptr;
    WebhookListController* m_webhooks = nullptr;
    ProblemsController* m_problems = nullptr;
    CampaignController* m_campaign = nullptr;
    DeliveryActions* m_deliveryActions = nullptr;
    ExchangeController* m_exchange = nullptr;
    bool m_dockSized = false;
};
