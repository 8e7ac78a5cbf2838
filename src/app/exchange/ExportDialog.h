#pragma once

#include "validation/Problem.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}
class CampaignSession;
class QPushButton;

// Shows what an export of the open campaign holds before it leaves the app:
// the production config (refused while the campaign has errors, unless a
// draft is asked for), curl commands for a webhook and event, or a Postman
// collection. It lists the problems and the secrets whoever runs it must
// provide, and copies or saves (atomically) exactly the text shown.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Production, Curl, Postman, OpenApi };

    ExportDialog(CampaignSession* session, Format format, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // Preselects the webhook and the event of the curl commands.
    void setCurlSelection(const QString& webhook, const QString& event);
    // What Copy and Save hand out; empty while the export is refused.
    QByteArray exportedBytes() const { return m_bytes; }
    // Where Save wrote the export, once it did.
    QString savedPath() const { return m_savedPath; }

private:
    Format format() const;
    // The environment chosen for the export; empty when the campaign has
    // none.
    QString environment() const;
    void populateEvents();
    void refresh();
    void exportProduction();
    void exportCurl();
    void exportPostman();
    void exportOpenApi();
    // The secrets the enabled webhooks name, each once.
    QStringList secretNames() const;
    void showProblems(const QList<Problem>& problems);
    // `names` as `pattern` shows them where they are used: ${%1}, $%1, {{%1}}.
    void showSecrets(const QString& intro, const QString& none, const QStringList& names,
        const QString& pattern);
    void copy();
    void save();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    CampaignSession* m_session;
    QPushButton* m_copyButton;
    QPushButton* m_saveButton;
    QByteArray m_bytes;
    // The Postman environment written beside a collection; the OpenAPI
    // contract in JSON, saved instead of the YAML when the file asks for it.
    QByteArray m_companion;
    QString m_savedPath;
};
