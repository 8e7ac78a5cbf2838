#pragma once

#include "model/WebhookConfig.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class CurlImportDialog;
}

// Takes a pasted curl command and shows, as it is typed, what the import
// makes of it: the request it will send, and every option it ignores or
// cannot import. OK is offered only when there is a webhook to add.
class CurlImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CurlImportDialog(QWidget* parent = nullptr);
    ~CurlImportDialog() override;

    void setCommand(const QString& command);
    // The imported webhook (no id, no events yet), when the command is one.
    const std::optional<WebhookConfig>& webhook() const { return m_webhook; }

private:
    void import();

    std::unique_ptr<Ui::CurlImportDialog> m_ui;
    std::optional<WebhookConfig> m_webhook;
};
