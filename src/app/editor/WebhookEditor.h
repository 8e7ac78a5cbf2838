#pragma once

#include "editor/WebhookProblemMarks.h"
#include "mapping/FieldDrag.h"
#include "validation/CampaignChecker.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WebhookEditor;
}
class CampaignSession;
class EventSelectionModel;
class HeaderTableModel;
class MappingTableModel;
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
    // Puts the cursor in the URL field, the first thing a new webhook needs.
    void focusUrl();
    HeaderTableModel* headerModel() const { return m_headerModel; }
    MappingTableModel* mappingModel() const { return m_mappingModel; }
    void setPreviewEvent(const QString& event);

    // Where a field goes: into the URL or the body at a character offset, or
    // at the end of a header's value.
    enum class Target { Url, Body, Header };
    // Puts {{variable}} for `field` into the target and maps the variable
    // (reusing the variable that maps that field already), as one undo step.
    void insertField(const FieldReference& field, Target target, int position);
    // The keyboard way: into the field that has the focus, at its cursor.
    void insertFieldAtFocus(const FieldReference& field);

signals:
    // A curl command was pasted into the URL field (and not inserted).
    void curlPasted(const QString& command);

private:
    const WebhookConfig* webhook() const;
    void connectEditors();
    void connectNameRow();
    void connectRequest();
    void connectHeaders();
    void connectMappings();
    void connectTimeouts();
    void connectBackoff();
    void connectSecurity();
    void connectSuccess();
    void load();
    void updateBodyAvailability(const WebhookConfig& webhook);
    void updateSchedule(const WebhookConfig& webhook);
    void updateSuccessSummary(const WebhookConfig& webhook);
    void showFindings();
    void edit(const QString& text, const std::function<void(WebhookConfig&)>& change,
        const QString& mergeField = {});
    void selectHeaderRow(int row);

    void rememberTarget(QWidget* focused);

    std::unique_ptr<Ui::WebhookEditor> m_ui;
    WebhookProblemMarks m_problemMarks;
    // The template field that had the focus last: where an inserted field
    // goes when the palette or a dialog has the focus.
    QWidget* m_lastTarget = nullptr;
    CampaignSession* m_session;
    HeaderTableModel* m_headerModel;
    EventSelectionModel* m_eventModel;
    MappingTableModel* m_mappingModel;
    int m_index = -1;
    bool m_loading = false;
};
