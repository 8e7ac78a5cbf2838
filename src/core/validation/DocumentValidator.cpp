#include "DocumentValidator.h"

#include "catalog/DataSourceCatalog.h"
#include "catalog/EventCatalog.h"
#include "io/EventPayload.h"
#include "model/HttpSyntax.h"
#include "model/Limits.h"
#include "model/ResponseKeyPath.h"
#include "model/SecretReference.h"
#include "templating/VariableName.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
const JsonPath kWebhooks = JsonPath().key(u"webhooks");

QString seconds(double value)
{
    return QString::number(value, 'g', 6) + u" s"_s;
}

bool isIdentifier(const QString& name)
{
    static const QRegularExpression kIdentifier(u"^[A-Za-z_][A-Za-z0-9_]*$"_s);
    return kIdentifier.match(name).hasMatch();
}

// Headers whose value is a credential; a literal there should be a secret.
bool looksLikeCredentialHeader(const QString& name)
{
    static const QRegularExpression kCredential(
        u"^(authorization|proxy-authorization|cookie|x-api-key|api-key|x-auth-token|"
        "x-access-token)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return kCredential.match(name).hasMatch();
}

// Placeholders stand for text that is only known when rendering; for the
// static URL check they are replaced by a harmless word.
QString withoutPlaceholders(const QString& text)
{
    static const QRegularExpression kPlaceholder(u"\\{\\{[^}]*\\}\\}"_s);
    return QString(text).replace(kPlaceholder, u"x"_s);
}
} // namespace

QList<Problem> DocumentValidator::validate(const CampaignDocument& document)
{
    DocumentValidator validator(document);
    validator.checkCampaign();
    validator.checkWebhookNames();
    for (qsizetype i = 0; i < document.webhooks.size(); ++i)
        validator.checkWebhook(document.webhooks.at(i), kWebhooks.index(i));
    return validator.m_problems;
}

DocumentValidator::DocumentValidator(const CampaignDocument& document)
    : m_document(document)
{ }

void DocumentValidator::error(const JsonPath& path, const QString& code, const QString& message)
{
    m_problems.append(Problem::error(path.toString(), code, message));
}

void DocumentValidator::warning(const JsonPath& path, const QString& code, const QString& message)
{
    m_problems.append(Problem::warning(path.toString(), code, message));
}

void DocumentValidator::checkCampaign()
{
    const JsonPath campaign = JsonPath().key(u"campaign");
    if (m_document.name.trimmed().isEmpty())
        warning(campaign.key(u"name"), u"campaign.name-empty"_s, tr("The campaign has no name."));
    if (m_document.webhooks.size() > Limits::kMaxWebhooks) {
        error(kWebhooks, u"webhooks.too-many"_s,
            tr("The campaign has %1 webhooks; at most %2 are supported.")
                .arg(m_document.webhooks.size())
                .arg(Limits::kMaxWebhooks));
    }
    checkFieldList(DataSource::ContactField, u"contactFields");
    checkFieldList(DataSource::AgentOutcomeField, u"agentOutcomeFields");
    checkFieldList(DataSource::DynamicVariable, u"dynamicVariables");
    checkFieldList(DataSource::PostCallOutcome, u"postCallOutcomes");
    checkSampleData();
    checkEventSamples();
    checkEnvironments();
}

void DocumentValidator::checkEnvironments()
{
    const JsonPath listPath = JsonPath().key(u"environments");
    const QList<Environment>& environments = m_document.environments;
    QSet<QString> seenEnvironments;
    for (qsizetype e = 0; e < environments.size(); ++e) {
        const Environment& environment = environments.at(e);
        const JsonPath path = listPath.index(e);
        if (environment.name.trimmed().isEmpty()) {
            error(
                path.key(u"name"), u"environment.name-empty"_s, tr("The environment has no name."));
        } else if (seenEnvironments.contains(environment.name)) {
            error(path.key(u"name"), u"environment.duplicate"_s,
                tr("There are two environments named \"%1\".").arg(environment.name));
        }
        seenEnvironments.insert(environment.name);
        checkEnvironmentVariables(environment, path.key(u"variables"));
    }
    // A variable only some environments define works in those and fails
    // in the others: say so before a send in the other one does.
    const QStringList all = m_document.environmentVariableNames();
    for (qsizetype e = 0; e < environments.size(); ++e) {
        const Environment& environment = environments.at(e);
        for (const QString& name : all) {
            if (environment.find(name))
                continue;
            const auto definer = std::find_if(environments.cbegin(), environments.cend(),
                [&name](const Environment& other) { return other.find(name) != nullptr; });
            warning(listPath.index(e).key(u"variables"), u"environment.variable-missing"_s,
                tr("The environment \"%1\" lacks \"%2\", which \"%3\" defines; a webhook "
                   "that uses it fails there.")
                    .arg(environment.name, name, definer->name));
        }
    }
}

QString DocumentValidator::invalidVariableName(const QString& name)
{
    return tr("\"%1\" is not a valid variable name: start with a letter or underscore, then "
              "letters, digits, underscores or dots.")
        .arg(name);
}

void DocumentValidator::checkEnvironmentVariables(
    const Environment& environment, const JsonPath& listPath)
{
    QSet<QString> seen;
    for (qsizetype v = 0; v < environment.variables.size(); ++v) {
        const EnvironmentVariable& variable = environment.variables.at(v);
        const JsonPath path = listPath.index(v);
        if (!VariableName::isValid(variable.name)) {
            error(path.key(u"name"), u"environment.variable-invalid"_s,
                invalidVariableName(variable.name));
        } else if (VariableName::isBuiltIn(variable.name)) {
            error(path.key(u"name"), u"environment.variable-builtin"_s,
                tr("\"%1\" is a built-in variable; an environment cannot define it.")
                    .arg(variable.name));
        } else if (seen.contains(variable.name)) {
            error(path.key(u"name"), u"environment.variable-duplicate"_s,
                tr("\"%1\" is defined twice in the environment \"%2\".")
                    .arg(variable.name, environment.name));
        }
        seen.insert(variable.name);
        if (variable.secret && !variable.value.isEmpty()
            && !SecretReference::isReference(variable.value)) {
            warning(path.key(u"value"), u"environment.secret-plain"_s,
                tr("The secret \"%1\" of \"%2\" is held in plain text until the campaign is "
                   "saved; then it goes to the keychain and the file keeps a ${NAME} reference.")
                    .arg(variable.name, environment.name));
        }
    }
}

void DocumentValidator::checkFieldList(DataSource source, QStringView key)
{
    const JsonPath listPath = JsonPath().key(u"campaign").key(u"dataModel").key(key);
    const QList<FieldDefinition>& fields = m_document.dataModel.fields(source);
    QSet<QString> seen;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const FieldDefinition& field = fields.at(i);
        const JsonPath path = listPath.index(i);
        if (field.name.isEmpty()) {
            error(path.key(u"name"), u"field.name-empty"_s, tr("The field has no name."));
        } else if (!isIdentifier(field.name)) {
            error(path.key(u"name"), u"field.name-invalid"_s,
                tr("\"%1\" is not a valid field name: use letters, digits and underscores, "
                   "starting with a letter or underscore.")
                    .arg(field.name));
        } else if (seen.contains(field.name)) {
            error(path.key(u"name"), u"field.duplicate"_s,
                tr("The field \"%1\" is declared twice.").arg(field.name));
        }
        seen.insert(field.name);
        if (!fieldTypeAccepts(field.type, field.sample)) {
            warning(path.key(u"sample"), u"field.sample-type"_s,
                tr("The sample value of \"%1\" is not a %2.")
                    .arg(field.name, fieldTypeName(field.type)));
        }
    }
}

void DocumentValidator::checkSampleData()
{
    const JsonPath callLog = JsonPath().key(u"sampleData").key(u"callLog");
    const QJsonObject& values = m_document.sampleData.callLog;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const CatalogField* field
            = DataSourceCatalog::findFixedField(DataSource::CallLogField, it.key());
        if (!field) {
            warning(callLog.key(it.key()), u"sample.unknown-field"_s,
                tr("\"%1\" is not a call-log field; its sample value is never used.")
                    .arg(it.key()));
        } else if (!fieldTypeAccepts(field->type, it.value())) {
            warning(callLog.key(it.key()), u"sample.type"_s,
                tr("The sample value of \"%1\" is not a %2.")
                    .arg(it.key(), fieldTypeName(field->type)));
        }
    }
}

void DocumentValidator::checkEventSamples()
{
    const JsonPath list = JsonPath().key(u"sampleData").key(u"events");
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_document.sampleData.events.size(); ++i) {
        const EventSample& sample = m_document.sampleData.events.at(i);
        const JsonPath path = list.index(i);
        if (!EventCatalog::find(sample.event)) {
            error(path.key(u"event"), u"sample.event-unknown"_s,
                tr("\"%1\" is not an event; run \"webhook-studio-cli events\" for the list.")
                    .arg(sample.event));
        } else if (seen.contains(sample.event)) {
            error(path.key(u"event"), u"sample.event-duplicate"_s,
                tr("%1 already has an own sample; an event has at most one.").arg(sample.event));
        }
        seen.insert(sample.event);
        const QString tooMany = EventPayload::fieldCountError(sample.fields.size());
        if (!tooMany.isEmpty())
            error(path.key(u"payload"), u"sample.too-many-fields"_s, tooMany);
    }
}

void DocumentValidator::checkWebhookNames()
{
    static const QRegularExpression kIdPattern(u"^[A-Za-z0-9][A-Za-z0-9_.-]*$"_s);
    QSet<QString> names;
    QSet<QString> ids;
    for (qsizetype i = 0; i < m_document.webhooks.size(); ++i) {
        const WebhookConfig& webhook = m_document.webhooks.at(i);
        const JsonPath path = kWebhooks.index(i);
        const QString name = webhook.name.trimmed();
        if (name.isEmpty()) {
            error(path.key(u"name"), u"webhook.name-empty"_s, tr("The webhook has no name."));
        } else if (names.contains(name)) {
            error(path.key(u"name"), u"webhook.name-duplicate"_s,
                tr("Another webhook is already named \"%1\"; names must be unique.").arg(name));
        }
        names.insert(name);
        if (webhook.id.isEmpty())
            continue;
        if (!kIdPattern.match(webhook.id).hasMatch()) {
            error(path.key(u"id"), u"webhook.id-invalid"_s,
                tr("\"%1\" is not a valid id: use letters, digits, '.', '_' and '-'.")
                    .arg(webhook.id));
        } else if (ids.contains(webhook.id)) {
            error(path.key(u"id"), u"webhook.id-duplicate"_s,
                tr("Another webhook already has the id \"%1\".").arg(webhook.id));
        }
        ids.insert(webhook.id);
    }
}

void DocumentValidator::checkWebhook(const WebhookConfig& webhook, const JsonPath& path)
{
    checkEvents(webhook, path);
    checkUrl(webhook, path);
    checkHeaders(webhook, path);
    checkBody(webhook, path);
    checkDelivery(webhook.delivery, path.key(u"delivery"));
    checkSuccess(webhook.success, path.key(u"success"));
    checkMappings(webhook, path);
    checkSigning(webhook.signing, path.key(u"signing"));
}

void DocumentValidator::checkEvents(const WebhookConfig& webhook, const JsonPath& path)
{
    if (webhook.events.isEmpty()) {
        warning(path.key(u"events"), u"events.none"_s,
            tr("No event is selected, so this webhook never fires."));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < webhook.events.size(); ++i) {
        const QString& event = webhook.events.at(i);
        if (!EventCatalog::find(event)) {
            error(path.key(u"events").index(i), u"events.unknown"_s,
                tr("\"%1\" is not an event; known events are: %2.")
                    .arg(event, EventCatalog::names().join(u", "_s)));
        } else if (seen.contains(event)) {
            warning(path.key(u"events").index(i), u"events.duplicate"_s,
                tr("The event \"%1\" is listed twice.").arg(event));
        }
        seen.insert(event);
    }
}

void DocumentValidator::checkUrl(const WebhookConfig& webhook, const JsonPath& path)
{
    const JsonPath urlPath = path.key(u"request").key(u"url");
    const QString url = webhook.url.trimmed();
    if (url.isEmpty()) {
        error(urlPath, u"url.empty"_s, tr("The URL is empty."));
        return;
    }
    for (QChar character : withoutPlaceholders(webhook.url)) {
        if (character.isSpace() || character.category() == QChar::Other_Control) {
            error(urlPath, u"url.whitespace"_s,
                tr("The URL contains white space or a control character; encode it (a space "
                   "is %20)."));
            return;
        }
    }
    // A URL that starts with a placeholder (such as {{local_receiver}}) gets
    // its scheme and host only when rendered; it is checked then.
    if (url.startsWith(u"{{"_s))
        return;
    const QUrl parsed(withoutPlaceholders(url), QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        error(urlPath, u"url.scheme"_s,
            scheme.isEmpty()
                ? tr("The URL must start with http:// or https://.")
                : tr("The URL scheme \"%1\" is not supported; use http:// or https://.")
                      .arg(parsed.scheme()));
        return;
    }
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        error(urlPath, u"url.host"_s,
            parsed.isValid() ? tr("The URL has no host.")
                             : tr("The URL is malformed: %1.").arg(parsed.errorString()));
    }
}

void DocumentValidator::checkHeaders(const WebhookConfig& webhook, const JsonPath& path)
{
    const JsonPath headersPath = path.key(u"request").key(u"headers");
    QSet<QString> seen;
    for (qsizetype i = 0; i < webhook.headers.size(); ++i) {
        const HeaderEntry& header = webhook.headers.at(i);
        const JsonPath headerPath = headersPath.index(i);
        if (header.name.isEmpty()) {
            error(headerPath.key(u"name"), u"header.name-empty"_s, tr("The header has no name."));
        } else if (!HttpSyntax::isToken(header.name)) {
            error(headerPath.key(u"name"), u"header.name-invalid"_s,
                tr("\"%1\" is not a valid header name: use letters, digits and "
                   "!#$%&'*+-.^_`|~ only, without spaces or colons.")
                    .arg(header.name));
        } else if (header.enabled && seen.contains(header.name.toLower())) {
            warning(headerPath.key(u"name"), u"header.duplicate"_s,
                tr("The header \"%1\" is sent more than once.").arg(header.name));
        }
        if (header.enabled)
            seen.insert(header.name.toLower());

        const qsizetype bad = HttpSyntax::forbiddenHeaderValueCharacter(header.value);
        if (bad >= 0) {
            error(headerPath.key(u"value"), u"header.value-forbidden"_s,
                tr("The value of \"%1\" contains %2 at position %3; header values must stay on "
                   "one line.")
                    .arg(header.name, HttpSyntax::describeCharacter(header.value.at(bad)))
                    .arg(bad + 1));
        }
        const bool holdsReference = !SecretReference::namesIn(header.value).isEmpty();
        if (header.secret && !header.value.isEmpty() && !holdsReference) {
            warning(headerPath.key(u"value"), u"header.secret-plain"_s,
                tr("The secret value of \"%1\" is held in plain text; it is saved as a "
                   "${NAME} reference, never as the value itself.")
                    .arg(header.name));
        } else if (!header.secret && looksLikeCredentialHeader(header.name) && !holdsReference
            && !header.value.contains(u"{{"_s)) {
            warning(headerPath.key(u"secret"), u"header.credential-not-secret"_s,
                tr("\"%1\" looks like a credential; mark it secret so it stays out of saved "
                   "files and exports.")
                    .arg(header.name));
        }
    }
}

void DocumentValidator::checkBody(const WebhookConfig& webhook, const JsonPath& path)
{
    if (!httpMethodExpectsBody(webhook.method) && !webhook.body.trimmed().isEmpty()) {
        warning(path.key(u"request").key(u"body"), u"body.unexpected"_s,
            tr("A %1 request normally has no body; many servers and proxies drop it.")
                .arg(httpMethodName(webhook.method)));
    }
}

void DocumentValidator::checkDelivery(const DeliveryPolicy& delivery, const JsonPath& path)
{
    const bool timeoutValid = delivery.timeoutSeconds >= Limits::kMinTimeoutSeconds
        && delivery.timeoutSeconds <= Limits::kMaxTimeoutSeconds;
    if (!timeoutValid) {
        error(path.key(u"timeoutSeconds"), u"delivery.timeout-range"_s,
            tr("The timeout must be between %1 and %2; it is %3.")
                .arg(seconds(Limits::kMinTimeoutSeconds), seconds(Limits::kMaxTimeoutSeconds),
                    seconds(delivery.timeoutSeconds)));
    }
    const bool totalValid = delivery.totalTimeoutSeconds >= Limits::kMinTimeoutSeconds
        && delivery.totalTimeoutSeconds <= Limits::kMaxTotalTimeoutSeconds;
    if (!totalValid) {
        error(path.key(u"totalTimeoutSeconds"), u"delivery.total-range"_s,
            tr("The total timeout must be between %1 and %2; it is %3.")
                .arg(seconds(Limits::kMinTimeoutSeconds), seconds(Limits::kMaxTotalTimeoutSeconds),
                    seconds(delivery.totalTimeoutSeconds)));
    }
    if (timeoutValid && totalValid && delivery.totalTimeoutSeconds < delivery.timeoutSeconds) {
        error(path.key(u"totalTimeoutSeconds"), u"delivery.total-below-timeout"_s,
            tr("The total timeout (%1) is shorter than one attempt's timeout (%2); an attempt "
               "could never use its full time.")
                .arg(seconds(delivery.totalTimeoutSeconds), seconds(delivery.timeoutSeconds)));
    }
    const bool retriesValid = delivery.retryLimit >= Limits::kMinRetryLimit
        && delivery.retryLimit <= Limits::kMaxRetryLimit;
    if (!retriesValid) {
        error(path.key(u"retryLimit"), u"delivery.retry-range"_s,
            tr("The retry limit must be between %1 and %2; it is %3.")
                .arg(Limits::kMinRetryLimit)
                .arg(Limits::kMaxRetryLimit)
                .arg(delivery.retryLimit));
    }
    checkBackoff(delivery.backoff, path.key(u"backoff"));

    const double firstRetryAt = delivery.timeoutSeconds
        + delivery.backoff.nominalDelaySeconds(1) * (1.0 - delivery.backoff.jitter);
    if (timeoutValid && totalValid && retriesValid && delivery.retryLimit > 0
        && firstRetryAt >= delivery.totalTimeoutSeconds) {
        warning(path.key(u"retryLimit"), u"delivery.no-room-for-retries"_s,
            tr("A first attempt that times out leaves no time for a retry within the total "
               "timeout of %1; raise the total timeout or lower the attempt timeout.")
                .arg(seconds(delivery.totalTimeoutSeconds)));
    }
    if (delivery.allowInsecureTls) {
        warning(path.key(u"allowInsecureTls"), u"delivery.insecure-tls"_s,
            tr("TLS certificate errors are ignored for this webhook; anyone on the network "
               "path can read and change its requests."));
    }
}

void DocumentValidator::checkBackoff(const BackoffPolicy& backoff, const JsonPath& path)
{
    if (backoff.initialDelaySeconds < 0
        || backoff.initialDelaySeconds > Limits::kMaxBackoffDelaySeconds) {
        error(path.key(u"initialDelaySeconds"), u"backoff.initial-range"_s,
            tr("The first retry delay must be between 0 s and %1.")
                .arg(seconds(Limits::kMaxBackoffDelaySeconds)));
    }
    if (backoff.multiplier < Limits::kMinBackoffMultiplier
        || backoff.multiplier > Limits::kMaxBackoffMultiplier) {
        error(path.key(u"multiplier"), u"backoff.multiplier-range"_s,
            tr("The backoff multiplier must be between %1 and %2; it is %3.")
                .arg(Limits::kMinBackoffMultiplier)
                .arg(Limits::kMaxBackoffMultiplier)
                .arg(backoff.multiplier));
    }
    if (backoff.maxDelaySeconds < 0 || backoff.maxDelaySeconds > Limits::kMaxBackoffDelaySeconds) {
        error(path.key(u"maxDelaySeconds"), u"backoff.max-range"_s,
            tr("The longest retry delay must be between 0 s and %1.")
                .arg(seconds(Limits::kMaxBackoffDelaySeconds)));
    } else if (backoff.maxDelaySeconds < backoff.initialDelaySeconds) {
        warning(path.key(u"maxDelaySeconds"), u"backoff.max-below-initial"_s,
            tr("The longest retry delay (%1) is shorter than the first one (%2), so every wait "
               "is %1.")
                .arg(seconds(backoff.maxDelaySeconds), seconds(backoff.initialDelaySeconds)));
    }
    if (backoff.jitter < 0 || backoff.jitter > 1) {
        error(path.key(u"jitter"), u"backoff.jitter-range"_s,
            tr("The jitter is a fraction between 0 and 1; it is %1.").arg(backoff.jitter));
    }
}

void DocumentValidator::checkSuccess(const SuccessCondition& success, const JsonPath& path)
{
    if (success.expectedStatus
        && (*success.expectedStatus < Limits::kMinStatusCode
            || *success.expectedStatus > Limits::kMaxStatusCode)) {
        error(path.key(u"expectedStatus"), u"success.status-range"_s,
            tr("%1 is not an HTTP status code; use a code from 100 to 599, or \"2xx\".")
                .arg(*success.expectedStatus));
    }
    if (!success.responseKey.isEmpty()) {
        const ResponseKeyPath key(success.responseKey);
        if (!key.isValid())
            error(path.key(u"responseKey"), u"success.key-invalid"_s, key.error());
    }
}

void DocumentValidator::checkMappings(const WebhookConfig& webhook, const JsonPath& path)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < webhook.mappings.size(); ++i) {
        const VariableMapping& mapping = webhook.mappings.at(i);
        const JsonPath mappingPath = path.key(u"mappings").index(i);
        if (!VariableName::isValid(mapping.variable)) {
            error(mappingPath.key(u"variable"), u"mapping.variable-invalid"_s,
                invalidVariableName(mapping.variable));
        } else if (VariableName::isBuiltIn(mapping.variable)) {
            error(mappingPath.key(u"variable"), u"mapping.variable-builtin"_s,
                tr("\"%1\" is a built-in variable and cannot be mapped.").arg(mapping.variable));
        } else if (seen.contains(mapping.variable)) {
            error(mappingPath.key(u"variable"), u"mapping.duplicate"_s,
                tr("The variable \"%1\" is mapped twice.").arg(mapping.variable));
        }
        seen.insert(mapping.variable);

        if (mapping.source == DataSource::DefaultValue)
            continue;
        const QString sourceTitle = DataSourceCatalog::source(mapping.source).title;
        if (mapping.field.isEmpty()) {
            error(mappingPath.key(u"field"), u"mapping.field-empty"_s,
                tr("Choose a %1 for \"%2\".").arg(sourceTitle, mapping.variable));
        } else if (!DataSourceCatalog::fieldExists(mapping.source, mapping.field, m_document)) {
            error(mappingPath.key(u"field"), u"mapping.field-unknown"_s,
                dataSourceIsDeclared(mapping.source)
                    ? tr("\"%1\" maps to the %2 \"%3\", which the campaign does not declare.")
                          .arg(mapping.variable, sourceTitle, mapping.field)
                    : tr("\"%1\" maps to the %2 \"%3\", which does not exist.")
                          .arg(mapping.variable, sourceTitle, mapping.field));
        } else {
            checkMappingAvailability(webhook, mapping, mappingPath);
        }
    }
}

void DocumentValidator::checkMappingAvailability(
    const WebhookConfig& webhook, const VariableMapping& mapping, const JsonPath& path)
{
    const FieldRequirement requirement
        = DataSourceCatalog::requirement(mapping.source, mapping.field);
    QStringList missingOn;
    QString firstReason;
    const QStringList ownSamples = mapping.source == DataSource::EventPayload
        ? m_document.sampleData.eventsWith(mapping.field)
        : QStringList();
    for (const QString& eventName : webhook.events) {
        const EventInfo* event = EventCatalog::find(eventName);
        if (!event)
            continue;
        FieldAvailability availability = fieldAvailability(requirement, *event, mapping.field);
        if (mapping.source == DataSource::EventPayload && !ownSamples.contains(eventName))
            availability = { false, tr("only another event's own sample has it.") };
        if (!availability.available) {
            missingOn.append(eventName);
            if (firstReason.isEmpty())
                firstReason = availability.reason;
        }
    }
    if (missingOn.isEmpty())
        return;
    warning(path.key(u"field"), u"mapping.unavailable"_s,
        tr("\"%1\" is empty on %2: %3")
            .arg(mapping.variable, missingOn.join(u", "_s), firstReason));
}

void DocumentValidator::checkSigning(const SigningConfig& signing, const JsonPath& path)
{
    if (!signing.isEnabled())
        return;
    if (signing.secret.isEmpty()) {
        error(path.key(u"secret"), u"signing.secret-missing"_s,
            tr("Signing needs a secret: a ${NAME} reference to a whsec_ key."));
    } else if (!SecretReference::isReference(signing.secret)) {
        warning(path.key(u"secret"), u"signing.secret-plain"_s,
            tr("The signing secret is held in plain text; it is saved as a ${NAME} reference, "
               "never as the value itself."));
    }
}
