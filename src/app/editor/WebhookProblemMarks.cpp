#include "editor/WebhookProblemMarks.h"

#include "editor/TemplateHighlighter.h"
#include "editor/TemplateTextEdit.h"
#include "settings/Theme.h"
#include "ui_WebhookEditor.h"

#include <QHash>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Marks a widget as holding an error or a warning (framed) and tells why in
// its tooltip.
void markWidget(QWidget* widget, const QString& severity, const QString& message)
{
    if (widget->property("problem").toString() == severity && widget->toolTip() == message)
        return;
    Theme::markProblem(widget, severity);
    widget->setToolTip(message);
}
} // namespace

struct WebhookProblemMarks::Marks
{
    QHash<QWidget*, std::pair<QString, QStringList>> fields; // severity, messages
    QList<TemplateHighlighter::Mark> url;
    QList<TemplateHighlighter::Mark> body;
    QString urlProblem;
};

WebhookProblemMarks::WebhookProblemMarks(const Ui::WebhookEditor* ui, QWidget* form)
    : m_ui(ui)
    , m_form(form)
{ }

void WebhookProblemMarks::show(const QList<CampaignChecker::Finding>& findings, int webhookIndex)
{
    const QList<QWidget*> markable = m_form->findChildren<QWidget*>();
    const Marks marks = collect(findings, webhookIndex);
    for (QWidget* widget : markable) {
        if (!widget->property("problem").isValid() && !marks.fields.contains(widget))
            continue;
        const auto found = marks.fields.constFind(widget);
        markWidget(widget, found == marks.fields.cend() ? QString() : found->first,
            found == marks.fields.cend() ? QString() : found->second.join(u'\n'));
    }
    m_ui->urlEdit->highlighter()->setMarks(marks.url);
    m_ui->bodyEdit->highlighter()->setMarks(marks.body);
    m_ui->urlProblemLabel->setText(marks.urlProblem);
    m_ui->urlProblemLabel->setVisible(!marks.urlProblem.isEmpty());
}

WebhookProblemMarks::Marks WebhookProblemMarks::collect(
    const QList<CampaignChecker::Finding>& findings, int webhookIndex) const
{
    Marks marks;
    for (const CampaignChecker::Finding& finding : findings) {
        if (finding.webhookIndex != webhookIndex || webhookIndex < 0)
            continue;
        QWidget* widget = widgetFor(finding.problem.path);
        if (!widget)
            continue;
        auto& [severity, messages] = marks.fields[widget];
        if (severity != u"error"_s)
            severity = severityName(finding.problem.severity);
        messages.append(finding.location ? finding.location->message : finding.problem.message);
        if (finding.location && widget == m_ui->urlEdit) {
            marks.url.append({ finding.location->position.offset, finding.location->length,
                finding.problem.severity });
        } else if (finding.location && widget == m_ui->bodyEdit) {
            marks.body.append({ finding.location->position.offset, finding.location->length,
                finding.problem.severity });
        }
        if (widget == m_ui->urlEdit && marks.urlProblem.isEmpty())
            marks.urlProblem = messages.last();
    }
    return marks;
}

QWidget* WebhookProblemMarks::reveal(const CampaignChecker::Finding& finding)
{
    QWidget* widget = widgetFor(finding.problem.path);
    if (!widget)
        return nullptr;
    for (QWidget* page :
        { m_ui->requestTab, m_ui->deliveryTab, m_ui->successTab, m_ui->eventsTab }) {
        if (page->isAncestorOf(widget))
            m_ui->editorTabWidget->setCurrentWidget(page);
    }
    widget->setFocus(Qt::OtherFocusReason);
    if (finding.location) {
        if (auto* text = qobject_cast<TemplateTextEdit*>(widget))
            text->moveCursorTo(finding.location->position.line, finding.location->position.column);
    }
    return widget;
}

QWidget* WebhookProblemMarks::widgetFor(const QString& path) const
{
    // Paths start with the webhook: $.webhooks[2].request.url.
    return widgetForPath(path.mid(path.indexOf(u']') + 1));
}

QWidget* WebhookProblemMarks::widgetForPath(const QString& relativePath) const
{
    struct Target
    {
        const char* prefix;
        QWidget* widget;
    };
    const Ui::WebhookEditor* ui = m_ui;
    const Target targets[] = {
        { ".name", ui->nameLineEdit },
        { ".events", ui->eventsTreeView },
        { ".mappings", ui->mappingTableView },
        { ".request.method", ui->methodComboBox },
        { ".request.url", ui->urlEdit },
        { ".request.headers", ui->headersTableView },
        { ".request.body", ui->bodyEdit },
        { ".request.contentType", ui->contentTypeComboBox },
        { ".delivery.timeoutSeconds", ui->timeoutSpinBox },
        { ".delivery.retryLimit", ui->retryLimitSpinBox },
        { ".delivery.totalTimeoutSeconds", ui->totalTimeoutSpinBox },
        { ".delivery.backoff.initialDelaySeconds", ui->initialDelaySpinBox },
        { ".delivery.backoff.multiplier", ui->multiplierSpinBox },
        { ".delivery.backoff.maxDelaySeconds", ui->maxDelaySpinBox },
        { ".delivery.backoff.jitter", ui->jitterSpinBox },
        { ".delivery.allowInsecureTls", ui->insecureTlsCheckBox },
        { ".success.expectedStatus", ui->statusSpinBox },
        { ".success.responseKey", ui->responseKeyLineEdit },
        { ".signing.secret", ui->signingSecretLineEdit },
        { ".signing", ui->signingComboBox },
    };
    for (const Target& target : targets) {
        if (relativePath.startsWith(QLatin1StringView(target.prefix)))
            return target.widget;
    }
    return nullptr;
}
