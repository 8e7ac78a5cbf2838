#include "SummaryHtml.h"

#include "catalog/DataSourceCatalog.h"
#include "catalog/EventCatalog.h"
#include "delivery/DeliverySchedule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString code(const QString& text)
{
    return u"<code>"_s + esc(text) + u"</code>"_s;
}

QString jsonText(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}
} // namespace

SummaryHtml::SummaryHtml(const QPalette& palette)
    : m_palette(palette)
{ }

QString SummaryHtml::page(const QString& body) const
{
    const QString mid = m_palette.color(QPalette::PlaceholderText).name();
    const QString base = m_palette.color(QPalette::AlternateBase).name();
    return u"<html><head><style>"
           "h1 { font-size: x-large; margin-bottom: 2px; }"
           "h2 { font-size: medium; margin-top: 18px; margin-bottom: 4px; }"
           ".muted { color: "_s
        + mid
        + u"; }"
          "pre { background-color: "_s
        + base
        + u"; padding: 6px; }"
          "td { padding: 2px 10px 2px 0; vertical-align: top; }"
          "th { text-align: left; padding: 2px 10px 2px 0; }"
          "</style></head><body>"_s
        + body + u"</body></html>"_s;
}

QString SummaryHtml::muted(const QString& html) const
{
    return u"<span class=\"muted\">"_s + html + u"</span>"_s;
}

QString SummaryHtml::section(const QString& title) const
{
    return u"<h2>"_s + esc(title) + u"</h2>"_s;
}

QString SummaryHtml::keyValueTable(const QList<std::pair<QString, QString>>& rows) const
{
    QString html = u"<table cellspacing=\"0\">"_s;
    for (const auto& [key, value] : rows)
        html += u"<tr><td>"_s + muted(esc(key)) + u"</td><td>"_s + value + u"</td></tr>"_s;
    return html + u"</table>"_s;
}

QString SummaryHtml::welcomePage() const
{
    return page(u"<h1>"_s + tr("Webhook Studio") + u"</h1><p>"_s
        + tr("Design, test and export the webhooks of AI voice-calling campaigns.") + u"</p><p>"_s
        + tr("Open a campaign file (<b>File &gt; Open</b>, Ctrl+O) or the bundled sample "
             "(<b>File &gt; Open Sample Campaign</b>).")
        + u"</p>"_s);
}

QString SummaryHtml::webhookPage(const WebhookConfig& webhook, const QList<Problem>& problems) const
{
    QString html = u"<h1>"_s + esc(webhook.name) + u"</h1><p>"_s
        + muted(webhook.enabled ? tr("Enabled") : tr("Disabled: this webhook is never sent."))
        + u"</p>"_s;
    html += problemsHtml(problems);
    html += eventsHtml(webhook);
    html += requestHtml(webhook);
    html += deliveryHtml(webhook);
    html += successHtml(webhook.success);
    html += mappingsHtml(webhook);
    return page(html);
}

QString SummaryHtml::problemsHtml(const QList<Problem>& problems) const
{
    if (problems.isEmpty())
        return {};
    QString html = section(tr("Problems")) + u"<table cellspacing=\"0\">"_s;
    for (const Problem& problem : problems) {
        const QString label = problem.isError() ? tr("Error") : tr("Warning");
        html += u"<tr><td><b>"_s + esc(label) + u"</b></td><td>"_s + esc(problem.message)
            + u"<br>"_s + muted(code(problem.path)) + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

QString SummaryHtml::eventsHtml(const WebhookConfig& webhook) const
{
    QString html = section(tr("Events"));
    if (webhook.events.isEmpty())
        return html + u"<p>"_s + muted(tr("No event selected.")) + u"</p>"_s;
    QList<std::pair<QString, QString>> rows;
    for (const QString& name : webhook.events) {
        const EventInfo* event = EventCatalog::find(name);
        rows.append({ name, event ? esc(event->description) : muted(tr("Unknown event")) });
    }
    return html + keyValueTable(rows);
}

QString SummaryHtml::requestHtml(const WebhookConfig& webhook) const
{
    QString html = section(tr("Request"));
    html += u"<p><b>"_s + esc(httpMethodName(webhook.method)) + u"</b> "_s + code(webhook.url)
        + u"</p>"_s;
    if (!webhook.headers.isEmpty()) {
        QList<std::pair<QString, QString>> rows;
        for (const HeaderEntry& header : webhook.headers) {
            QString value = header.secret
                ? muted(tr("secret, stored as %1").arg(code(header.value)))
                : code(header.value);
            if (!header.enabled)
                value += u" "_s + muted(tr("(disabled)"));
            rows.append({ header.name, value });
        }
        html += keyValueTable(rows);
    }
    if (webhook.body.isEmpty()) {
        html += u"<p>"_s
            + muted(httpMethodExpectsBody(webhook.method)
                    ? tr("No body template: the standard event envelope is sent.")
                    : tr("No body."))
            + u"</p>"_s;
    } else {
        html += u"<p>"_s + muted(tr("Body (%1):").arg(bodyContentTypeMimeType(webhook.contentType)))
            + u"</p><pre>"_s + esc(webhook.body) + u"</pre>"_s;
    }
    return html;
}

QString SummaryHtml::deliveryHtml(const WebhookConfig& webhook) const
{
    const DeliveryPolicy& delivery = webhook.delivery;
    const QString backoff
        = tr("starts at %1, ×%2 per retry, at most %3, jitter up to %4%")
              .arg(DeliverySchedule::formatSeconds(delivery.backoff.initialDelaySeconds),
                  QString::number(delivery.backoff.multiplier),
                  DeliverySchedule::formatSeconds(delivery.backoff.maxDelaySeconds),
                  QString::number(delivery.backoff.jitter * 100));
    QString signing = tr("None");
    if (webhook.signing.isEnabled())
        signing = tr("Standard Webhooks, secret %1").arg(code(webhook.signing.secret));
    QString html = section(tr("Delivery"));
    html += u"<p>"_s + esc(DeliverySchedule(delivery).describe()) + u"</p>"_s;
    html += keyValueTable({
        { tr("Timeout per attempt"),
            esc(DeliverySchedule::formatSeconds(delivery.timeoutSeconds)) },
        { tr("Retry limit"), QString::number(delivery.retryLimit) },
        { tr("Total timeout"), esc(DeliverySchedule::formatSeconds(delivery.totalTimeoutSeconds)) },
        { tr("Backoff"), esc(backoff) },
        { tr("TLS"),
            delivery.allowInsecureTls ? tr("<b>Certificate errors ignored</b>")
                                      : tr("Certificates verified") },
        { tr("Signing"), signing },
    });
    return html;
}

QString SummaryHtml::successHtml(const SuccessCondition& success) const
{
    QString status = success.acceptsAny2xx() ? tr("any 2xx status")
                                             : tr("status %1").arg(*success.expectedStatus);
    QString text = success.responseKey.isEmpty()
        ? tr("Delivered on %1.").arg(status)
        : tr("Delivered on %1 when the JSON response holds %2 at %3.")
              .arg(status, code(success.expectedValue ? u"true"_s : u"false"_s),
                  code(success.responseKey));
    return section(tr("Success")) + u"<p>"_s + text + u"</p>"_s;
}

QString SummaryHtml::mappingsHtml(const WebhookConfig& webhook) const
{
    QString html = section(tr("Variable mapping"));
    if (webhook.mappings.isEmpty())
        return html + u"<p>"_s + muted(tr("No variables are mapped.")) + u"</p>"_s;
    html += u"<table cellspacing=\"0\"><tr><th>"_s + tr("Variable") + u"</th><th>"_s + tr("Source")
        + u"</th><th>"_s + tr("Field or value") + u"</th></tr>"_s;
    for (const VariableMapping& mapping : webhook.mappings) {
        const bool literal = mapping.source == DataSource::DefaultValue;
        html += u"<tr><td>"_s + code(u"{{"_s + mapping.variable + u"}}"_s) + u"</td><td>"_s
            + esc(DataSourceCatalog::source(mapping.source).title) + u"</td><td>"_s
            + (literal ? u"“"_s + esc(mapping.value) + u"”"_s : code(mapping.field))
            + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}

QString SummaryHtml::campaignPage(const CampaignDocument& document) const
{
    QString html = u"<h1>"_s + esc(document.name) + u"</h1>"_s;
    if (!document.description.isEmpty())
        html += u"<p>"_s + esc(document.description) + u"</p>"_s;
    html += fieldsHtml(tr("Contact fields"), document.dataModel.contactFields);
    html += fieldsHtml(tr("Agent outcome fields"), document.dataModel.agentOutcomeFields);
    html += fieldsHtml(tr("Dynamic variables"), document.dataModel.dynamicVariables);
    html += fieldsHtml(tr("Post-call outcomes"), document.dataModel.postCallOutcomes);

    html += section(tr("Call log fields"));
    html += u"<table cellspacing=\"0\"><tr><th>"_s + tr("Field") + u"</th><th>"_s + tr("Type")
        + u"</th><th>"_s + tr("Sample") + u"</th></tr>"_s;
    for (const CatalogField& field : DataSourceCatalog::callLogFields()) {
        const QJsonValue sample = document.sampleData.callLog.contains(field.name)
            ? document.sampleData.callLog.value(field.name)
            : field.sample;
        QString shown = jsonText(sample);
        if (shown.size() > 80)
            shown = shown.left(79) + u'…';
        html += u"<tr><td>"_s + code(field.name) + u"</td><td>"_s + esc(fieldTypeName(field.type))
            + u"</td><td>"_s + esc(shown) + u"</td></tr>"_s;
    }
    return page(html + u"</table>"_s);
}

QString SummaryHtml::fieldsHtml(const QString& title, const QList<FieldDefinition>& fields) const
{
    QString html = section(title);
    if (fields.isEmpty())
        return html + u"<p>"_s + muted(tr("None declared.")) + u"</p>"_s;
    html += u"<table cellspacing=\"0\"><tr><th>"_s + tr("Field") + u"</th><th>"_s + tr("Type")
        + u"</th><th>"_s + tr("Sample") + u"</th><th>"_s + tr("Description") + u"</th></tr>"_s;
    for (const FieldDefinition& field : fields) {
        html += u"<tr><td>"_s + code(field.name) + u"</td><td>"_s + esc(fieldTypeName(field.type))
            + u"</td><td>"_s + esc(jsonText(field.sample)) + u"</td><td>"_s
            + muted(esc(field.description)) + u"</td></tr>"_s;
    }
    return html + u"</table>"_s;
}
