#include "CurlExport.h"

#include "CurlCommand.h"
#include "catalog/EventCatalog.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/MemorySecretStore.h"
#include "io/SecretExtractor.h"
#include "model/SecretReference.h"

using namespace Qt::StringLiterals;

namespace {
void collectVariables(const DeliveryReplay& replay, QStringList* variables)
{
    for (const SentRequest::Header& header : replay.request.headers) {
        if (!header.secret)
            continue;
        // A whole reference, or one inside text ("Bearer ${TOKEN}").
        for (const QString& name : SecretReference::namesIn(header.value)) {
            if (!variables->contains(name))
                variables->append(name);
        }
    }
}
} // namespace

bool CurlExport::Result::complete() const
{
    return std::none_of(problems.cbegin(), problems.cend(),
        [](const Problem& problem) { return problem.isError(); });
}

CurlExport::Result CurlExport::write(const CampaignDocument& document,
    const SecretResolver& secrets, const EventContext::Options& options, const Selection& selection)
{
    // Typed-in secret values become references here too, so they can sign
    // but never appear in the script.
    CampaignDocument safe = document;
    MemorySecretStore typed;
    typed.setFallback(&secrets);
    for (const SecretExtractor::Secret& secret : SecretExtractor::extract(safe))
        typed.insert(secret.name, secret.value);

    Result result;
    QStringList commands;
    int requests = 0;
    for (qsizetype w = 0; w < safe.webhooks.size(); ++w) {
        const WebhookConfig& webhook = safe.webhooks.at(w);
        if (!selection.webhook.isEmpty() && webhook.name != selection.webhook)
            continue;
        const QStringList events
            = selection.event.isEmpty() ? webhook.events : QStringList { selection.event };
        for (const QString& event : events) {
            const EventInfo* info = EventCatalog::find(event);
            if (!info)
                continue;
            ++requests;
            const EventContext context = EventContext::build(safe, *info, options);
            const DeliveryPreparer::Result prepared
                = DeliveryPreparer::prepare(RequestTemplate(webhook, context.layout()), context,
                    typed, JsonPath().key(u"webhooks").index(w), {});
            // A secret without a value stays a reference: the shell fills it in.
            for (const Problem& problem : prepared.problems) {
                if (problem.code != u"send.secret"_s)
                    result.problems.append(problem);
            }
            if (!prepared.plan)
                continue;
            collectVariables(prepared.replay, &result.variables);
            commands.append(u"# "_s + webhook.name + u" — "_s + event + u'\n'
                + CurlCommand::fromPlan(*prepared.plan, prepared.replay) + u'\n');
        }
    }
    result.commandCount = int(commands.size());
    result.script = commands.join(u'\n');
    result.variables.sort();
    if (requests == 0) {
        result.problems.append(Problem::error(QString(), u"curl.nothing"_s,
            tr("No webhook fires on the chosen event, so there is no command to export.")));
    }
    return result;
}
