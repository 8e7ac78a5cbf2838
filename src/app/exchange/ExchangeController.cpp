#include "exchange/ExchangeController.h"

#include "document/CampaignSession.h"
#include "document/DocumentController.h"
#include "document/FileDialogs.h"
#include "editor/PreviewPanel.h"
#include "exchange/CurlImportDialog.h"
#include "exchange/CurlImporter.h"
#include "exchange/ProductionExport.h"
#include "secrets/SecretPrompt.h"
#include "webhooks/WebhookListController.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

ExchangeController::ExchangeController(CampaignSession* session, WebhookListController* webhooks,
    DocumentController* documents, SecretPrompt* secrets, PreviewPanel* preview,
    const Actions& actions, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_webhooks(webhooks)
    , m_documents(documents)
    , m_secrets(secrets)
    , m_preview(preview)
    , m_window(window)
{
    const std::pair<QAction*, ExportDialog::Format> exports[] = {
        { actions.exportProduction, ExportDialog::Format::Production },
        { actions.exportCurl, ExportDialog::Format::Curl },
        { actions.exportPostman, ExportDialog::Format::Postman },
        { actions.exportOpenApi, ExportDialog::Format::OpenApi },
    };
    for (const auto& [action, format] : exports)
        connect(action, &QAction::triggered, this, [this, format = format] { exportAs(format); });
    connect(actions.importCurl, &QAction::triggered, this, [this] { importCurl(); });
    connect(actions.importProduction, &QAction::triggered, this,
        &ExchangeController::importProductionConfig);
}

void ExchangeController::exportAs(ExportDialog::Format format)
{
    const int index = m_webhooks->currentWebhook();
    if (format == ExportDialog::Format::Curl && index >= 0) {
        m_secrets->withSecrets(
            index, SecretsDialog::Purpose::Export, [this, format] { showExport(format); });
        return;
    }
    showExport(format);
}

void ExchangeController::showExport(ExportDialog::Format format)
{
    ExportDialog dialog(m_session, format, m_window);
    dialog.setObjectName(u"exportDialog"_s);
    if (const int index = m_webhooks->currentWebhook(); index >= 0) {
        dialog.setCurlSelection(
            m_session->document().webhooks.at(index).name, m_preview->eventName());
    }
    if (dialog.exec() == QDialog::Accepted) {
        emit statusMessage(
            tr("Exported to %1.").arg(QFileInfo(dialog.savedPath()).fileName()), 6000);
    }
}

void ExchangeController::importCurl(const QString& command)
{
    CurlImportDialog dialog(m_window);
    dialog.setObjectName(u"curlImportDialog"_s);
    dialog.setCommand(command);
    if (dialog.exec() == QDialog::Accepted && dialog.webhook())
        m_webhooks->insertWebhook(*dialog.webhook(), tr("Import cURL Command"));
}

void ExchangeController::applyPastedCurl(const QString& command)
{
    const int index = m_webhooks->currentWebhook();
    const CurlImporter::Result result = CurlImporter::import(command);
    if (index < 0 || !result.webhook) {
        // The dialog shows why, and lets the command be mended.
        importCurl(command);
        return;
    }
    m_session->editWebhook(index, tr("Paste cURL Command"),
        [&](WebhookConfig& webhook) { CurlImporter::applyRequest(*result.webhook, &webhook); });
    QStringList notes;
    for (const Problem& problem : result.problems)
        notes.append(problem.message);
    emit statusMessage(notes.isEmpty()
            ? tr("The curl command's request is now this webhook's.")
            : tr("The curl command's request is now this webhook's. %1").arg(notes.join(u' ')),
        15000);
}

void ExchangeController::importProductionConfig()
{
    if (!m_documents->maybeSave())
        return;
    const QString filePath = FileDialogs::openFileName(m_window, tr("Import Production Config"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Production configs (*.production.json);;JSON files (*.json);;All files (*)"));
    if (filePath.isEmpty())
        return;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_documents->showLoadError(filePath,
            { Problem::error(QString(), u"file.read"_s,
                tr("Cannot read the file: %1.").arg(file.errorString())) });
        return;
    }
    const LoadResult loaded = ProductionExport::read(file.readAll());
    if (!loaded.document) {
        m_documents->showLoadError(filePath, loaded.problems);
        return;
    }
    // A new, unsaved campaign: the export itself is not a campaign file.
    m_session->reset(*loaded.document, QString());
    emit statusMessage(tr("Imported %1. Production configs carry no sample data; save it as a "
                          "campaign to keep it.")
                           .arg(QFileInfo(filePath).fileName()),
        10000);
}
