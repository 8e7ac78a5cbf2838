#pragma once

#include "validation/CampaignChecker.h"

#include <QList>

class QWidget;
namespace Ui {
class WebhookEditor;
}

// Shows on the webhook form what the checker found: each field with a problem
// is framed and says why in its tooltip, problem ranges in the URL and the
// body are underlined, and the URL's first problem is written out under it.
// Kept apart from WebhookEditor, which turns typing into undo steps: the marks
// follow the checker instead, and are redrawn whole when the findings change.
class WebhookProblemMarks
{
public:
    // `form` is the widget `ui` was set up on.
    WebhookProblemMarks(const Ui::WebhookEditor* ui, QWidget* form);

    // Marks the fields that `findings` of webhook `webhookIndex` are about,
    // and clears the marks of fields that no longer have a finding.
    void show(const QList<CampaignChecker::Finding>& findings, int webhookIndex);
    // Brings the field `finding` is about into view: its tab, the focus, and
    // for template problems the cursor at the line and column. Returns that
    // field, or nullptr when the form has none for it.
    QWidget* reveal(const CampaignChecker::Finding& finding);

private:
    struct Marks;

    Marks collect(const QList<CampaignChecker::Finding>& findings, int webhookIndex) const;
    QWidget* widgetFor(const QString& path) const;
    QWidget* widgetForPath(const QString& relativePath) const;

    const Ui::WebhookEditor* m_ui;
    QWidget* m_form;
};
