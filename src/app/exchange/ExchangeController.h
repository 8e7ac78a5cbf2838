#pragma once

#include "exchange/ExportDialog.h"

#include <QObject>

class CampaignSession;
class DocumentController;
class PreviewPanel;
class QAction;
class QWidget;
class SecretPrompt;
class WebhookListController;

// What enters and leaves the app from File › Export and File › Import:
// production configs, cURL commands and Postman collections out; cURL
// commands (also pasted into the URL field) and production configs in.
class ExchangeController : public QObject
{
    Q_OBJECT

public:
    struct Actions
    {
        QAction* exportProduction;
        QAction* exportCurl;
        QAction* exportPostman;
        QAction* exportOpenApi;
        QAction* importCurl;
        QAction* importProduction;
    };

    // `webhooks` gives the current webhook and takes imported ones;
    // `documents` guards the open campaign before a config replaces it.
    ExchangeController(CampaignSession* session, WebhookListController* webhooks,
        DocumentController* documents, SecretPrompt* secrets, PreviewPanel* preview,
        const Actions& actions, QWidget* window);

    // A curl command pasted into the URL field: the current webhook takes its
    // request, or the import dialog shows why it cannot.
    void applyPastedCurl(const QString& command);

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void exportAs(ExportDialog::Format format);
    void showExport(ExportDialog::Format format);
    void importCurl(const QString& command = {});
    void importProductionConfig();

    CampaignSession* m_session;
    WebhookListController* m_webhooks;
    DocumentController* m_documents;
    SecretPrompt* m_secrets;
    PreviewPanel* m_preview;
    QWidget* m_window;
};
