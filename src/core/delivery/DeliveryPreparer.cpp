#include "DeliveryPreparer.h"

#include "StandardWebhooks.h"
#include "model/SecretReference.h"
#include "templating/RequestRenderer.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// A ${NAME} reference's value, a plain value as it is, or nothing when the
// reference has no value.
std::optional<QString> resolve(const QString& value, const SecretResolver& secrets)
{
    if (!SecretReference::isReference(value))
        return value;
    return secrets.value(SecretReference::name(value));
}
} // namespace

DeliveryPreparer::Result DeliveryPreparer::prepare(const RequestTemplate& compiled,
    const EventContext& context, const SecretResolver& secrets, const JsonPath& webhookPath,
    const Options& options)
{
    const WebhookConfig& webhook = compiled.webhook();
    Result result;
    result.rendered = RequestRenderer::render(compiled, context);
    for (const TemplateProblem& problem : result.rendered.problems)
        result.problems.append(problem.toProblem(webhookPath));

    DeliveryPlan plan;
    plan.webhookId = webhook.id;
    plan.webhookName = webhook.name;
    plan.event = context.event().name;
    plan.eventId = context.eventId();
    plan.messageId = context.eventId();
    plan.policy = webhook.delivery;
    plan.success = webhook.success;
    plan.bodyCapBytes = options.bodyCapBytes;
    plan.request.method = result.rendered.method;
    plan.request.url = result.rendered.url;
    plan.request.body = result.rendered.body;

    if (!options.urlOverride.isEmpty()) {
        const QUrl url(options.urlOverride, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
            || url.host().isEmpty()) {
            result.problems.append(Problem::error(u"--url"_s, u"send.url"_s,
                tr("\"%1\" is not an http:// or https:// URL with a host.")
                    .arg(options.urlOverride)));
        }
        plan.request.url = QString::fromUtf8(url.toEncoded());
    }

    const JsonPath headersPath = webhookPath.key(u"request").key(u"headers");
    for (const RenderedRequest::Header& header : result.rendered.headers) {
        SentRequest::Header sent { header.name, header.value, header.secret };
        if (header.secret) {
            if (const std::optional<QString> value = resolve(header.value, secrets)) {
                sent.value = *value;
            } else {
                const QString name = SecretReference::name(header.value);
                result.problems.append(Problem::warning(headersPath.toString(), u"send.secret"_s,
                    tr("The secret %1 of the \"%2\" header has no value (%3); the reference is "
                       "sent as it is.")
                        .arg(header.value, header.name, secrets.hint(name))));
            }
        }
        plan.request.headers.append(sent);
    }

    if (webhook.signing.isEnabled()) {
        const JsonPath secretPath = webhookPath.key(u"signing").key(u"secret");
        const std::optional<QString> secret = resolve(webhook.signing.secret, secrets);
        QString error;
        if (!secret) {
            const QString name = SecretReference::name(webhook.signing.secret);
            result.problems.append(Problem::error(secretPath.toString(), u"send.signing-secret"_s,
                tr("The signing secret %1 has no value: %2.")
                    .arg(webhook.signing.secret, secrets.hint(name))));
        } else if (const std::optional<QByteArray> key
            = StandardWebhooks::decodeSecret(*secret, &error)) {
            plan.signingKey = key;
        } else {
            result.problems.append(Problem::error(secretPath.toString(), u"send.signing-secret"_s,
                tr("The signing secret is not usable: %1").arg(error)));
        }
    }

    if (!containsErrors(result.problems))
        result.plan = plan;
    return result;
}
