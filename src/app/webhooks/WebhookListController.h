#pragma once

#include <QObject>

class CampaignSession;
class QAbstractButton;
class QAction;
class QListView;
class WebhookListModel;
struct WebhookConfig;

// The list of the campaign's webhooks and what the Webhook menu does to it:
// add, duplicate, rename, enable or disable, move and delete, each one undo
// step. It owns which webhook is current and announces it, so the editor,
// the palette, the preview and the actions follow one selection.
class WebhookListController : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* add;
        QAction* duplicate;
        QAction* rename;
        QAction* toggle;
        QAction* moveUp;
        QAction* moveDown;
        QAction* remove;
        // The big button on the page shown when the campaign has none.
        QAbstractButton* addFirst;
    };

    // `model` is made before the window's other views, so that it follows a
    // change of the document first.
    WebhookListController(CampaignSession* session, WebhookListModel* model, QListView* view,
        const Actions& actions, QObject* parent);

    // The selected webhook's index in the document, -1 when there is none.
    int currentWebhook() const;
    // Selects the webhook at `index` (bounded to the list) and announces it,
    // even when it already was the current one.
    void selectWebhook(int index);
    // Inserts `webhook` after the current one (or at the end) under a name
    // and id no other webhook has, and selects it.
    void insertWebhook(WebhookConfig webhook, const QString& undoText);

signals:
    // The webhook to show; -1 when the campaign has none.
    void currentWebhookChanged(int index);
    // The user added a new, empty webhook: its URL is the field to fill.
    void webhookAdded();
    void statusMessage(const QString& message, int timeoutMs);

private:
    void addWebhook();
    void duplicateWebhook();
    void deleteWebhook();
    void moveWebhook(int offset);
    void renameWebhook();
    void toggleWebhook();
    void announceCurrent();
    void onDocumentChanged(int focusWebhook);
    void updateActions();

    CampaignSession* m_session;
    QListView* m_view;
    WebhookListModel* m_model;
    Actions m_actions;
    // The index last announced, which the editor and the panels show.
    int m_shown = -1;
};
