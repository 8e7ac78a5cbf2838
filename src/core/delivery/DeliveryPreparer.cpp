#include "DeliveryPreparer.h"

#include "StandardWebhooks.h"
#include "model/HttpSyntax.h"
#include "model/SecretReference.h"
#include "templating/RequestRenderer.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// `value` with its ${NAME} references filled in (a whole reference, or ones
// inside text such as "Bearer ${TOKEN}"), or nothing when one has no value.
std::optional<QString> resolve(const QString& value, const SecretResolver& secrets)
{
    return SecretReference::expand(
        value, [&secrets](const QString& name) { return secrets.value(name); });
}

QString firstMissing(const QString& value, const SecretResolver& secrets)
{
    for (const QString& name : SecretReference::namesIn(value)) {
        if (!secrets.value(name))
            return name;
    }
    return {};
}
} // namespace

DeliveryPreparer::Result DeliveryPreparer::prepare(const RequestTemplate& compiled,
    const EventContext& context, const SecretResolver& secrets, const JsonPath& webhookPath,
    const Options& options)
{
    Result result;
    result.rendered = RequestRenderer::render(compiled, context);
    for (const TemplateProblem& problem : result.rendered.problems)
        result.problems.append(problem.toProblem(webhookPath));

    DeliveryReplay replay;
    replay.event = context.event().name;
    replay.eventId = context.eventId();
    replay.messageId = context.eventId();
    replay.environment = context.environmentName();
    replay.webhook = compiled.webhook();
    replay.request.method = result.rendered.method;
    replay.request.url = result.rendered.url;
    replay.request.headers = result.rendered.headers;
    replay.request.body = result.rendered.body;

    if (!options.urlOverride.isEmpty()) {
        const QUrl url(options.urlOverride, QUrl::StrictMode);
        if (!HttpSyntax::isHttpUrl(url)) {
            result.problems.append(Problem::error(u"--url"_s, u"send.url"_s,
                tr("\"%1\" is not an http:// or https:// URL with a host.")
                    .arg(options.urlOverride)));
        }
        replay.request.url = QString::fromUtf8(url.toEncoded());
    }

    fill(replay, secrets, webhookPath, options.bodyCapBytes, result);
    result.replay = replay.redacted();
    return result;
}

QStringList DeliveryPreparer::missingSecrets(
    const RequestTemplate& compiled, const EventContext& context, const SecretResolver& secrets)
{
    QStringList missing = compiled.webhook().secretNames();
    // Secret environment variables stand inside header values.
    for (const SentRequest::Header& header : RequestRenderer::render(compiled, context).headers) {
        if (!header.secret)
            continue;
        for (const QString& name : SecretReference::namesIn(header.value)) {
            if (!missing.contains(name))
                missing.append(name);
        }
    }
    missing.removeIf([&secrets](const QString& name) { return secrets.value(name).has_value(); });
    return missing;
}

DeliveryPreparer::Result DeliveryPreparer::replan(
    const DeliveryReplay& replay, const SecretResolver& secrets, qint64 bodyCapBytes)
{
    Result result;
    result.replay = replay;
    fill(replay, secrets, JsonPath(), bodyCapBytes, result);
    return result;
}

void DeliveryPreparer::fill(const DeliveryReplay& replay, const SecretResolver& secrets,
    const JsonPath& webhookPath, qint64 bodyCapBytes, Result& result)
{
    const WebhookConfig& webhook = replay.webhook;
    DeliveryPlan plan;
    plan.webhookId = webhook.id;
    plan.webhookName = webhook.name;
    plan.environment = replay.environment;
    plan.event = replay.event;
    plan.eventId = replay.eventId;
    plan.messageId = replay.messageId;
    plan.policy = webhook.delivery;
    plan.success = webhook.success;
    plan.bodyCapBytes = bodyCapBytes;
    plan.request = replay.request;

    const QString headersPath = webhookPath.key(u"request").key(u"headers").toString();
    for (SentRequest::Header& header : plan.request.headers) {
        if (!header.secret)
            continue;
        if (header.value == SentRequest::mask()) {
            // A value typed into the document is never stored; only
            // references can be filled in again.
            result.problems.append(Problem::error(headersPath, u"send.secret-not-kept"_s,
                tr("The value of the secret \"%1\" header was not kept; store it as a ${NAME} "
                   "reference to send this request again.")
                    .arg(header.name)));
        } else if (const std::optional<QString> value = resolve(header.value, secrets)) {
            header.value = *value;
        } else {
            const QString name = firstMissing(header.value, secrets);
            result.problems.append(Problem::warning(headersPath, u"send.secret"_s,
                tr("The secret %1 of the \"%2\" header has no value (%3); the reference is "
                   "sent as it is.")
                    .arg(SecretReference::make(name), header.name, secrets.hint(name))));
        }
    }

    if (webhook.signing.isEnabled()) {
        const JsonPath secretPath = webhookPath.key(u"signing").key(u"secret");
        const std::optional<QString> secret = webhook.signing.secret == SentRequest::mask()
            ? std::nullopt
            : resolve(webhook.signing.secret, secrets);
        QString error;
        if (!secret) {
            const QString name = SecretReference::name(webhook.signing.secret);
            result.problems.append(Problem::error(secretPath.toString(), u"send.signing-secret"_s,
                name.isEmpty() ? tr("The signing secret was not kept; store it as a ${NAME} "
                                    "reference to send this request again.")
                               : tr("The signing secret %1 has no value: %2.")
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
}
