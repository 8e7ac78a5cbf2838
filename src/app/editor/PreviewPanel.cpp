#include "editor/PreviewPanel.h"

#include "catalog/EventCatalog.h"
#include "document/CampaignSession.h"
#include "settings/Theme.h"
#include "templating/JsonTemplateFormatter.h"
#include "templating/RequestRenderer.h"
#include "ui_PreviewPanel.h"

#include <QFontDatabase>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace {
constexpr int kRefreshDelayMs = 120;
// The preview shows this much of a body; the rest is summarised.
constexpr qsizetype kShownBodyCharacters = 200000;
} // namespace

PreviewPanel::PreviewPanel(CampaignSession* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PreviewPanel>())
    , m_session(session)
    , m_eventId(EventContext::newEventId())
{
    m_ui->setupUi(this);
    for (const EventInfo& event : EventCatalog::events())
        m_ui->previewEventComboBox->addItem(event.name);
    m_ui->previewEventComboBox->setCurrentText(u"call.ended"_s);
    m_ui->previewBrowser->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PreviewPanel::refreshNow);
    connect(session, &CampaignSession::changed, this, &PreviewPanel::scheduleRefresh);
    connect(session, &CampaignSession::wasReset, this, &PreviewPanel::scheduleRefresh);
    connect(
        session, &CampaignSession::localReceiverUrlChanged, this, &PreviewPanel::scheduleRefresh);
    connect(
        session, &CampaignSession::activeEnvironmentChanged, this, &PreviewPanel::scheduleRefresh);
    connect(m_ui->previewEventComboBox, &QComboBox::currentTextChanged, this,
        [this](const QString& event) {
            refreshNow();
            emit eventChanged(event);
        });
}

PreviewPanel::~PreviewPanel() = default;

QString PreviewPanel::eventName() const
{
    return m_ui->previewEventComboBox->currentText();
}

QAbstractItemModel* PreviewPanel::eventModel() const
{
    return m_ui->previewEventComboBox->model();
}

void PreviewPanel::setEvent(const QString& event)
{
    m_ui->previewEventComboBox->setCurrentText(event);
}

QString PreviewPanel::text() const
{
    return m_ui->previewBrowser->toPlainText();
}

void PreviewPanel::setWebhookIndex(int index)
{
    m_webhook = index;
    const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
    // Show an event the webhook is subscribed to.
    if (index >= 0 && index < webhooks.size()) {
        const QStringList events = webhooks.at(index).events;
        if (!events.isEmpty() && !events.contains(eventName())
            && EventCatalog::find(events.first()))
            setEvent(events.first());
    }
    refreshNow();
}

void PreviewPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void PreviewPanel::refreshNow()
{
    m_refreshTimer.stop();
    const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
    const EventInfo* info = EventCatalog::find(eventName());
    if (m_webhook < 0 || m_webhook >= webhooks.size() || !info) {
        m_ui->previewBrowser->setHtml(
            u"<p>"_s + tr("Select a webhook to see its request.") + u"</p>"_s);
        return;
    }
    EventContext::Options options = m_session->contextOptions();
    options.eventId = m_eventId;
    const EventContext context = EventContext::build(m_session->document(), *info, options);
    const RenderedRequest request = RequestRenderer::render(
        RequestTemplate(webhooks.at(m_webhook), context.layout()), context);
    // Keep the reader's place while the preview follows the typing.
    const int scroll = m_ui->previewBrowser->verticalScrollBar()->value();
    m_ui->previewBrowser->setHtml(html(request));
    m_ui->previewBrowser->verticalScrollBar()->setValue(scroll);
}

QString PreviewPanel::html(const RenderedRequest& request) const
{
    const bool dark = Theme::isDark();
    const QString errorColor = dark ? u"#ff8a80"_s : u"#c62828"_s;
    const QString warningColor = dark ? u"#ffd180"_s : u"#a15c00"_s;
    const QString mutedColor = dark ? u"#9aa0a6"_s : u"#5f6368"_s;
    QString out;
    if (!m_session->document().webhooks.at(m_webhook).events.contains(eventName())) {
        out += u"<p style=\"color:"_s + mutedColor + u"\">"_s
            + tr("This webhook is not subscribed to %1; shown anyway.")
                  .arg(eventName())
                  .toHtmlEscaped()
            + u"</p>"_s;
    }
    for (const TemplateProblem& problem : request.problems) {
        const QString where = problem.part == TemplateProblem::Part::Url ? tr("URL")
            : problem.part == TemplateProblem::Part::Body
            ? tr("body")
            : tr("header %1").arg(problem.headerIndex + 1);
        out += u"<p style=\"margin:0; color:"_s + (problem.isError() ? errorColor : warningColor)
            + u"\">"_s + (problem.isError() ? u"● "_s : u"▲ "_s)
            + tr("%1, line %2, column %3: %4")
                  .arg(where)
                  .arg(problem.position.line)
                  .arg(problem.position.column)
                  .arg(problem.message)
                  .toHtmlEscaped()
            + u"</p>"_s;
    }
    if (!request.isSendable()) {
        out += u"<p style=\"color:"_s + errorColor + u"\"><b>"_s
            + tr("Nothing would be sent until the errors are fixed.").toHtmlEscaped()
            + u"</b></p>"_s;
    }
    QString head = httpMethodName(request.method) + u' ' + request.url + u'\n';
    for (const RenderedRequest::Header& header : request.headers)
        head += header.name + u": "_s + header.value + u'\n';
    QString body = QString::fromUtf8(request.body);
    if (request.contentType == u"application/json"_s)
        body = JsonTemplateFormatter::indentJson(body);
    if (body.size() > kShownBodyCharacters) {
        body = body.left(kShownBodyCharacters) + u"\n… "_s
            + tr("(%1 more characters)").arg(body.size() - kShownBodyCharacters);
    }
    out += u"<pre>"_s + head.toHtmlEscaped() + u"\n"_s + body.toHtmlEscaped() + u"</pre>"_s;
    return out;
}
