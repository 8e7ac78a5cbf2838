#pragma once

#include <QObject>
#include <QPointer>

class CampaignSession;
class DeliveryController;
class DeliveryTracker;
class HistoryPanel;
class InspectorPanel;
class PanelDock;
class PreviewPanel;
class QAction;
class QComboBox;
class QMainWindow;
class SecretPrompt;
struct DeliveryReplay;
struct Problem;

// The Send menu and what it shows: sending the current webhook's request for
// the event chosen in the toolbar, cancelling, bursts, redelivering a stored
// delivery, and the inspector, which follows the running delivery or the one
// picked in the history. Built when first needed: the inspector is the
// largest panel and sits behind the problems until a delivery starts.
class DeliveryActions : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* send;
        QAction* cancel;
        QAction* burst;
    };

    DeliveryActions(CampaignSession* session, DeliveryController* deliveries, SecretPrompt* secrets,
        PreviewPanel* preview, HistoryPanel* history, PanelDock* inspectorDock,
        const Actions& actions, QMainWindow* window);

    // The toolbar's choice of event, the preview's event too.
    QComboBox* eventComboBox() const { return m_eventComboBox; }
    InspectorPanel* inspector();

    // Sends the current webhook's request for the chosen event, asking for
    // missing secrets first.
    void sendTestEvent();
    void redeliver(const DeliveryReplay& replay);
    // The webhook that Send and Burst act on; -1 for none.
    void setCurrentWebhook(int index);

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void sendBurst();
    void showInspector();
    void showSendOutcome(const QList<Problem>& problems, bool sent);
    void showHistoryEntry(qint64 id);
    void redeliverFromHistory(qint64 id);
    void onDeliveryStarted(DeliveryTracker* tracker);
    void onDeliveryFinished(DeliveryTracker* tracker);
    void updateActions();

    CampaignSession* m_session;
    DeliveryController* m_deliveries;
    SecretPrompt* m_secrets;
    PreviewPanel* m_preview;
    PanelDock* m_inspectorDock;
    Actions m_actions;
    QMainWindow* m_window;
    QComboBox* m_eventComboBox;
    InspectorPanel* m_inspector = nullptr;
    // The delivery reopened from the history that the inspector shows.
    QPointer<DeliveryTracker> m_historyTracker;
    int m_webhookIndex = -1;
};
