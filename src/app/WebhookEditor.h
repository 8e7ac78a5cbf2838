#pragma once

#include "validation/CampaignChecker.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WebhookEditor;
}
class CampaignSession;
class EventSelectionModel;
class HeaderTableModel;
struct WebhookConfig;

// Edits one webhook of the session: request, delivery, success and events.
// Every change the user makes is an undo step in the session; every change of
// the document (undo, redo, another view) is shown here without disturbing
// the field being typed in.
class WebhookEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WebhookEditor(CampaignSession* session, QWidget* parent = nullptr);
    ~WebhookEditor() override;

    void setWebhookIndex(int index);
    int webhookIndex() const { return m_index; }
    // Shows the field a problem is about: its tab, the focus, and for
    // template problems the cursor at the line and column.
    void showProblem(const CampaignChecker::Finding& finding);
    void formatBody();
    HeaderTableModel* headerModel() const { return m_headerModel; }

private:
    const WebhookConfig* webhook() const;
    void connectEditors();
    void load();
    void updateBodyAvailability(const WebhookConfig& webhook);
    void updateSchedule(const WebhookConfig& webhook);
    void updateSuccessSummary(const WebhookConfig& webhook);
    void showFindings();
    void edit(const QString& text, const std::function<void(WebhookConfig&)>& change,
        const QString& mergeField = {});
    QWidget* widgetForPath(const QString& relativePath) const;
    void selectHeaderRow(int row);

    std::unique_ptr<Ui::WebhookEditor> m_ui;
    CampaignSession* m_session;
    HeaderTableModel* m_headerModel;
    EventSelectionModel* m_eventModel;
    int m_index = -1;
    bool m_loading = false;
};
