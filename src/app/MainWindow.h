#pragma once

#include "ExportDialog.h"
#include "SecretsDialog.h"
#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class CampaignSession;
class DataSourcePanel;
class DeliveryController;
class DeliveryTracker;
class HistoryPanel;
class InspectorPanel;
class QComboBox;
class ReceiverPanel;
struct DeliveryReplay;
class PreviewPanel;
class ProblemListModel;
class QDockWidget;
class QLabel;
class QMimeData;
class WebhookEditor;
class WebhookListModel;

// The application window: the campaign's webhooks on the left, the editor of
// the selected one in the middle, its problems below. Files are opened and
// saved here; every edit is an undo step of the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads `filePath` and shows it (after asking about unsaved changes). On
    // failure the open campaign stays as it was, a message lists the
    // problems, and false is returned.
    bool openFile(const QString& filePath);
    bool openSample();
    // What to show at start: work an earlier session left unsaved, if the user
    // takes it back; else the first of `files` (the command line), else the
    // sample on the very first start, else the most recent file that exists.
    void openAtStart(const QStringList& files);
    void newCampaign();
    bool save();
    bool saveAs();

    static QString sampleFilePath();

    CampaignSession* session() const { return m_session; }
    WebhookEditor* editor() const { return m_editor; }
    PreviewPanel* preview() const { return m_preview; }
    DataSourcePanel* dataSources() const { return m_dataSources; }
    DeliveryController* deliveries() const { return m_deliveries; }
    // Built when first shown or needed: the inspector is the largest panel
    // and sits behind the problems until a delivery starts.
    InspectorPanel* inspector();
    HistoryPanel* historyPanel() const { return m_historyPanel; }
    ReceiverPanel* receiverPanel() const { return m_receiverPanel; }

    // Sends the selected webhook's request for the event chosen in the
    // toolbar (and the preview), asking for missing secrets first.
    void sendTestEvent();
    void redeliver(const DeliveryReplay& replay);
    const CampaignDocument& document() const;
    QString filePath() const;
    int currentWebhook() const;
    void selectWebhook(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setupActions();
    void setupWebhookList();
    void setupProblems();
    bool maybeSave();
    bool load(const QString& sourcePath, const QString& filePath);
    // Offers back the work an earlier session left unsaved; true when it
    // was taken.
    bool offerRecovery();
    bool saveTo(const QString& filePath);
    void showLoadError(const QString& filePath, const QList<Problem>& problems);
    void chooseFileToOpen();
    void populateRecentFilesMenu();
    void showAbout();
    void editPreferences();

    void addWebhook();
    void duplicateWebhook();
    void deleteWebhook();
    void moveWebhook(int offset);
    void renameWebhook();
    void toggleWebhook();
    void editCampaign(DataSource source = DataSource::DefaultValue);
    void editSampleData();
    void chooseFieldToInsert();
    void setupMappingPanels();
    void setupDelivery();
    // A dock holding `panel` in a scroll area; a null panel is put in later.
    QDockWidget* addPanelDock(QWidget* panel, const QString& title, const QString& objectName,
        Qt::DockWidgetArea area, const QKeySequence& toggleShortcut);
    // Runs `proceed` once the session has a value for every secret of the
    // webhook that `purpose` needs: from the keychain, or asked for. A
    // cancelled send does not run it; a cancelled export still does.
    void withSecrets(
        int webhookIndex, SecretsDialog::Purpose purpose, const std::function<void()>& proceed);
    void setupSecretStorageNotice();
    void setupExchange();
    void exportAs(ExportDialog::Format format);
    void showExport(ExportDialog::Format format);
    void importCurl(const QString& command = {});
    void applyPastedCurl(const QString& command);
    void importProductionConfig();
    void insertWebhook(WebhookConfig webhook, const QString& undoText);
    void showInspector();
    void showSendOutcome(const QList<Problem>& problems, bool sent);
    void showHistoryEntry(qint64 id);
    void redeliverFromHistory(qint64 id);
    void sendBurst();
    void onDeliveryFinished(DeliveryTracker* tracker);
    void updateSendActions();

    void onDocumentChanged(int focusWebhook);
    void onCurrentWebhookChanged();
    void activateProblem(const QModelIndex& index);
    void showNextProblem();
    void updateTitle();
    void updateActions();
    void updateProblemStatus();
    void restoreWindowState();
    static QStringList droppedCampaignFiles(const QMimeData* mime);

    std::unique_ptr<Ui::MainWindow> m_ui;
    CampaignSession* m_session;
    WebhookListModel* m_webhookModel;
    ProblemListModel* m_problemModel;
    WebhookEditor* m_editor;
    DataSourcePanel* m_dataSources;
    PreviewPanel* m_preview;
    QLabel* m_problemStatus;
    DeliveryController* m_deliveries = nullptr;
    InspectorPanel* m_inspector = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
    ReceiverPanel* m_receiverPanel = nullptr;
    QComboBox* m_sendEventComboBox = nullptr;
    QDockWidget* m_inspectorDock = nullptr;
    // The delivery reopened from the history that the inspector shows.
    QPointer<DeliveryTracker> m_historyTracker;
    bool m_dockSized = false;
};
