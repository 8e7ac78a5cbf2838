#include "OpenApiExport.h"

#include "PayloadSchema.h"
#include "catalog/EventCatalog.h"
#include "catalog/SampleCall.h"
#include "io/JsonWriter.h"
#include "io/SecretExtractor.h"
#include "io/YamlWriter.h"
#include "model/CampaignDocument.h"
#include "model/SecretReference.h"
#include "templating/EventContext.h"
#include "templating/RequestRenderer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// A stable event id for an entry's example, shaped like the ids sent
// ("evt_" and 24 base-32 characters), so the same campaign exports the same
// bytes.
QString exampleEventId(const QString& entry)
{
    static const char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    const QByteArray digest = QCryptographicHash::hash(entry.toUtf8(), QCryptographicHash::Sha1);
    QString id = u"evt_"_s;
    for (int i = 0; i < 24; ++i)
        id += QChar::fromLatin1(kAlphabet[quint8(digest.at(i % digest.size())) % 32]);
    return id;
}

QJsonObject stringSchema()
{
    return { { u"type"_s, u"string"_s } };
}

QJsonObject headerParameter(const QString& name, const QString& description,
    const QJsonValue& example = QJsonValue::Undefined)
{
    QJsonObject parameter { { u"name"_s, name }, { u"in"_s, u"header"_s }, { u"required"_s, true },
        { u"schema"_s, stringSchema() } };
    if (!description.isEmpty())
        parameter.insert(u"description"_s, description);
    if (!example.isUndefined())
        parameter.insert(u"example"_s, example);
    return parameter;
}

// OpenAPI ignores header parameters of these names: they are described by the
// request body's media type and by security schemes instead.
bool isReservedHeader(const QString& name)
{
    return name.compare(u"Content-Type"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"Accept"_s, Qt::CaseInsensitive) == 0
        || name.compare(u"Authorization"_s, Qt::CaseInsensitive) == 0;
}

QJsonArray signingParameters()
{
    return {
        headerParameter(u"webhook-id"_s,
            OpenApiExport::tr("Standard Webhooks: the message id (msg_…), the same on every "
                              "retry of a delivery; use it to drop duplicates.")),
        headerParameter(u"webhook-timestamp"_s,
            OpenApiExport::tr("Standard Webhooks: when the message was signed, in seconds "
                              "since 1970 (UTC); reject it when it is more than five minutes "
                              "away from your clock.")),
        headerParameter(u"webhook-signature"_s,
            OpenApiExport::tr("Standard Webhooks: space-separated \"v1,<base64>\" signatures. "
                              "Verify: base64-decode the secret after its whsec_ prefix, "
                              "compute HMAC-SHA256 over \"{webhook-id}.{webhook-timestamp}."
                              "{raw body}\" with it, base64-encode the result and compare it "
                              "in constant time with each v1 signature.")),
    };
}

// The security scheme an Authorization header stands for, by its form.
QPair<QString, QJsonObject> authorizationScheme(const QString& value)
{
    if (value.startsWith(u"Bearer "_s, Qt::CaseInsensitive)) {
        return { u"bearerAuth"_s,
            QJsonObject { { u"type"_s, u"http"_s }, { u"scheme"_s, u"bearer"_s } } };
    }
    if (value.startsWith(u"Basic "_s, Qt::CaseInsensitive)) {
        return { u"basicAuth"_s,
            QJsonObject { { u"type"_s, u"http"_s }, { u"scheme"_s, u"basic"_s } } };
    }
    return { u"authorizationHeader"_s,
        QJsonObject { { u"type"_s, u"apiKey"_s }, { u"in"_s, u"header"_s },
            { u"name"_s, u"Authorization"_s } } };
}

// {"ok": true} for the success condition's response key "ok" (a dot path).
QJsonObject responseKeySchema(const QString& path, bool expected)
{
    QJsonObject schema { { u"type"_s, u"boolean"_s }, { u"const"_s, expected } };
    const QStringList keys = path.split(u'.');
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        schema = QJsonObject { { u"type"_s, u"object"_s },
            { u"properties"_s, QJsonObject { { *it, schema } } },
            { u"required"_s, QJsonArray { *it } } };
    }
    return schema;
}

QJsonObject responses(const WebhookConfig& webhook)
{
    const SuccessCondition& success = webhook.success;
    const QString status
        = success.expectedStatus ? QString::number(*success.expectedStatus) : u"2XX"_s;
    QJsonObject delivered { { u"description"_s,
        success.responseKey.isEmpty()
            ? OpenApiExport::tr("Delivered: the attempt succeeded.")
            : OpenApiExport::tr("Delivered when the JSON body's %1 is %2.")
                  .arg(success.responseKey, success.expectedValue ? u"true"_s : u"false"_s) } };
    if (!success.responseKey.isEmpty()) {
        delivered.insert(u"content"_s,
            QJsonObject { { u"application/json"_s,
                QJsonObject { { u"schema"_s,
                    responseKeySchema(success.responseKey, success.expectedValue) } } } });
    }
    const DeliveryPolicy& policy = webhook.delivery;
    const QJsonObject other { { u"description"_s,
        OpenApiExport::tr("Anything else — another status, no answer within %1 s, a refused "
                          "connection — fails the attempt. It is tried again up to %2 times "
                          "(first after %3 s, then %4× longer each time, within %5 s in all), "
                          "with the same event.")
            .arg(policy.timeoutSeconds)
            .arg(policy.retryLimit)
            .arg(policy.backoff.initialDelaySeconds)
            .arg(policy.backoff.multiplier)
            .arg(policy.totalTimeoutSeconds) } };
    return { { status, delivered }, { u"default"_s, other } };
}

class Writer
{
public:
    Writer(const CampaignDocument& document, const OpenApiExport::Options& options)
        : m_document(document)
    {
        m_context.localReceiverUrl = options.localReceiverUrl;
        m_context.environment = options.environment;
    }

    OpenApiExport::Result run()
    {
        for (qsizetype w = 0; w < m_document.webhooks.size(); ++w) {
            const WebhookConfig& webhook = m_document.webhooks.at(w);
            if (!webhook.enabled)
                continue;
            const RequestTemplate compiled(webhook, FieldLayout(m_document));
            for (const QString& event : webhook.events) {
                if (const EventInfo* info = EventCatalog::find(event))
                    add(compiled, *info, w);
            }
        }
        QJsonObject components;
        if (!m_schemes.isEmpty())
            components.insert(u"securitySchemes"_s, m_schemes);
        m_result.document = QJsonObject {
            { u"openapi"_s, u"3.1.0"_s },
            { u"jsonSchemaDialect"_s, QString::fromLatin1(PayloadSchema::kDialect) },
            { u"info"_s,
                QJsonObject { { u"title"_s, m_document.name }, { u"version"_s, u"1"_s },
                    { u"description"_s,
                        OpenApiExport::tr("The webhooks of the campaign %1: one entry per "
                                          "webhook and event it fires on, as Webhook Studio "
                                          "sends it.")
                            .arg(m_document.name) } } },
            { u"webhooks"_s, m_webhooks },
        };
        if (!components.isEmpty())
            m_result.document.insert(u"components"_s, components);
        return m_result;
    }

private:
    void add(const RequestTemplate& compiled, const EventInfo& event, qsizetype webhookIndex)
    {
        const WebhookConfig& webhook = compiled.webhook();
        const QString name = uniqueName(webhookKey(webhook) + u'.' + event.name);
        // Examples made at a fixed time, with a fixed id: deterministic.
        EventContext::Options context = m_context;
        context.eventId = exampleEventId(name);
        context.timestamp = SampleCall::endedAt();
        const RenderedRequest rendered
            = RequestRenderer::render(compiled, EventContext::build(m_document, event, context));
        if (!rendered.isSendable()) {
            m_result.problems.append(Problem::warning(
                JsonPath().key(u"webhooks").index(webhookIndex).toString(), u"openapi.skipped"_s,
                OpenApiExport::tr("%1 for %2 cannot be rendered and was left out.")
                    .arg(webhook.name, event.name)));
            return;
        }
        OpenApiExport::Entry entry;
        entry.name = name;
        entry.webhook = webhook.name;
        entry.event = event.name;
        entry.schema = PayloadSchema::infer(compiled, m_document, event, rendered);
        m_result.entries.append(entry);

        const QUrl url(rendered.url, QUrl::StrictMode);
        QUrl server = url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        QJsonObject operation {
            { u"operationId"_s, entry.name },
            { u"summary"_s, u"%1: %2"_s.arg(webhook.name, event.name) },
            { u"description"_s,
                OpenApiExport::tr("%1: %2\n\n%3 sends it to %4 (URL template: %5).")
                    .arg(event.title, event.description, webhook.name,
                        server.toString(QUrl::FullyEncoded), webhook.url) },
            { u"tags"_s, QJsonArray { webhook.name } },
            { u"parameters"_s, parameters(webhook, rendered, url) },
            { u"responses"_s, responses(webhook) },
        };
        const QString authorization = HttpHeaders::value(rendered.headers, u"Authorization");
        if (!authorization.isEmpty()) {
            const auto [scheme, definition] = authorizationScheme(authorization);
            m_schemes.insert(scheme, definition);
            operation.insert(
                u"security"_s, QJsonArray { QJsonObject { { scheme, QJsonArray() } } });
        }
        if (!entry.schema.isEmpty())
            operation.insert(u"requestBody"_s, requestBody(rendered, entry.schema));
        m_webhooks.insert(entry.name,
            QJsonObject {
                { httpMethodName(rendered.method).toLower(), operation },
                { u"servers"_s,
                    QJsonArray {
                        QJsonObject { { u"url"_s, server.toString(QUrl::FullyEncoded) } } } },
            });
    }

    QJsonArray parameters(
        const WebhookConfig& webhook, const RenderedRequest& rendered, const QUrl& url) const
    {
        QJsonArray result;
        for (const auto& [name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            QJsonObject parameter { { u"name"_s, name }, { u"in"_s, u"query"_s },
                { u"required"_s, true }, { u"schema"_s, stringSchema() } };
            if (SecretReference::embeddedPattern().match(value).hasMatch())
                parameter.insert(u"description"_s, OpenApiExport::tr("A secret."));
            else
                parameter.insert(u"example"_s, value);
            result.append(parameter);
        }
        for (const RequestHeader& header : rendered.headers) {
            if (isReservedHeader(header.name))
                continue;
            if (header.secret
                || SecretReference::embeddedPattern().match(header.value).hasMatch()) {
                result.append(headerParameter(header.name,
                    OpenApiExport::tr("A secret the sender keeps (%1); its value is not part "
                                      "of this document.")
                        .arg(header.value)));
                continue;
            }
            result.append(headerParameter(header.name, QString(), header.value));
        }
        if (webhook.signing.isEnabled()) {
            for (const QJsonValue& parameter : signingParameters())
                result.append(parameter);
        }
        return result;
    }

    static QJsonObject requestBody(const RenderedRequest& rendered, const QJsonObject& schema)
    {
        return { { u"required"_s, true },
            { u"content"_s,
                QJsonObject { { mediaType(rendered),
                    QJsonObject { { u"schema"_s, schema },
                        { u"examples"_s,
                            QJsonObject { { u"sample"_s,
                                QJsonObject {
                                    { u"summary"_s,
                                        OpenApiExport::tr("Rendered with the sample data.") },
                                    { u"value"_s, example(rendered, schema) } } } } } } } } } };
    }

    static QString mediaType(const RenderedRequest& rendered)
    {
        const QString type = rendered.contentType.section(u';', 0, 0).trimmed();
        return type.isEmpty() ? u"application/octet-stream"_s : type;
    }

    // The rendered body as its schema describes it: JSON as JSON, a form as
    // an object of its fields, text as a string.
    static QJsonValue example(const RenderedRequest& rendered, const QJsonObject& schema)
    {
        const QJsonDocument json = QJsonDocument::fromJson(rendered.body);
        if (json.isObject())
            return json.object();
        if (json.isArray())
            return json.array();
        if (schema.value(u"type"_s) != u"object"_s)
            return QString::fromUtf8(rendered.body);
        QJsonObject fields;
        const QUrlQuery query(QString::fromUtf8(rendered.body));
        for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (!fields.contains(name))
                fields.insert(name, value);
        }
        return fields;
    }

    // The webhook's id: it stays when the webhook is renamed.
    QString webhookKey(const WebhookConfig& webhook) const
    {
        return webhook.id.isEmpty() ? m_document.uniqueWebhookId(webhook.name) : webhook.id;
    }

    QString uniqueName(const QString& name)
    {
        QString unique = name;
        for (int n = 2; m_names.contains(unique); ++n)
            unique = name + u'-' + QString::number(n);
        m_names.insert(unique);
        return unique;
    }

    const CampaignDocument& m_document;
    EventContext::Options m_context;
    OpenApiExport::Result m_result;
    QJsonObject m_webhooks;
    QJsonObject m_schemes;
    QSet<QString> m_names;
};
} // namespace

OpenApiExport::Result OpenApiExport::write(const CampaignDocument& original, const Options& options)
{
    // Typed-in secret values become ${NAME} references, never text.
    CampaignDocument document = original;
    SecretExtractor::extract(document);
    return Writer(document, options).run();
}

QJsonObject OpenApiExport::standaloneSchema(const Entry& entry)
{
    QJsonObject schema = entry.schema;
    schema.insert(u"$schema"_s, QString::fromLatin1(PayloadSchema::kDialect));
    schema.insert(u"$id"_s, QString(entry.name + u".schema.json"_s));
    schema.insert(u"title"_s, tr("%1: the body for %2").arg(entry.webhook, entry.event));
    return schema;
}

QByteArray OpenApiExport::Result::toJson() const
{
    JsonWriter writer;
    writer.value(document);
    return writer.toJson();
}

QByteArray OpenApiExport::Result::toYaml() const
{
    return YamlWriter::write(document);
}
