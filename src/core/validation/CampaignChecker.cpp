#include "CampaignChecker.h"

#include "DocumentValidator.h"
#include "catalog/EventCatalog.h"
#include "templating/RequestRenderer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Rendering also warns about fields an event cannot provide (the validator
// says that once per mapping, for every subscribed event) and finds a URL
// the validator already called invalid.
bool reportedElsewhere(const TemplateProblem& problem, const QString& path,
    const QList<CampaignChecker::Finding>& findings)
{
    // The validator says the same of the mapping (mapping.unavailable).
    if (problem.code == u"template.unavailable"_s || problem.code == u"template.payload-missing"_s)
        return true;
    if (problem.code != u"template.url"_s)
        return false;
    return std::any_of(findings.cbegin(), findings.cend(), [&](const CampaignChecker::Finding& f) {
        return f.problem.isError() && f.problem.path == path;
    });
}
} // namespace

int CampaignChecker::webhookIndexOf(const QString& path)
{
    static const QRegularExpression kWebhook(u"^\\$\\.webhooks\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch match = kWebhook.match(path);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QList<CampaignChecker::Finding> CampaignChecker::check(
    const CampaignDocument& document, const QString& environment)
{
    QList<Finding> findings;
    for (const Problem& problem : DocumentValidator::validate(document))
        findings.append({ problem, webhookIndexOf(problem.path), std::nullopt });

    EventContext::Options options;
    options.eventId = u"evt_check"_s;
    options.environment = environment;
    for (int i = 0; i < document.webhooks.size(); ++i) {
        const WebhookConfig& webhook = document.webhooks.at(i);
        const EventContext context
            = EventContext::build(document, EventCatalog::representative(webhook.events), options);
        const RenderedRequest rendered
            = RequestRenderer::render(RequestTemplate(webhook, context.layout()), context);
        const JsonPath path = JsonPath().key(u"webhooks").index(i);
        for (const TemplateProblem& problem : rendered.problems) {
            const Problem located = problem.toProblem(path);
            if (!reportedElsewhere(problem, located.path, findings))
                findings.append({ located, i, problem });
        }
    }
    return findings;
}
