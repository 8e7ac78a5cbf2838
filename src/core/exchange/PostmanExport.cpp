#include "PostmanExport.h"

#include "catalog/EventCatalog.h"
#include "io/SecretExtractor.h"
#include "model/SecretReference.h"
#include "templating/EventContext.h"
#include "templating/RequestRenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// ${NAME} → {{NAME}}, and each NAME noted as a collection variable.
QString withVariables(QString text, QStringList* variables)
{
    const QRegularExpression& reference = SecretReference::embeddedPattern();
    for (const QRegularExpressionMatch& match : reference.globalMatch(text)) {
        if (!variables->contains(match.captured(1)))
            variables->append(match.captured(1));
    }
    return text.replace(reference, u"{{\\1}}"_s);
}

// Standard Webhooks signing in Postman's sandbox (CryptoJS), as the engine
// signs: HMAC-SHA256 over "id.timestamp.body" with the secret's key bytes.
QJsonArray signingScript(const QString& secretVariable)
{
    QJsonArray lines;
    for (const QString& line :
        {
            u"// Signs the request as Webhook Studio does (Standard Webhooks)."_s,
            u"const secret = pm.variables.get('%1') || '';"_s.arg(secretVariable),
            u"const id = 'msg_' + pm.variables.replaceIn('{{$guid}}').replace(/-/g, '');"_s,
            u"const timestamp = Math.floor(Date.now() / 1000).toString();"_s,
            u"const body = pm.request.body ? pm.request.body.toString() : '';"_s,
            u"const key = CryptoJS.enc.Base64.parse(secret.replace(/^whsec_/, ''));"_s,
            u"const signature = CryptoJS.HmacSHA256(id + '.' + timestamp + '.' + body, key)"_s
            u".toString(CryptoJS.enc.Base64);"_s,
            u"pm.request.headers.upsert({ key: 'webhook-id', value: id });"_s,
            u"pm.request.headers.upsert({ key: 'webhook-timestamp', value: timestamp });"_s,
            u"pm.request.headers.upsert({ key: 'webhook-signature', value: 'v1,' + signature });"_s,
        }) {
        lines.append(line);
    }
    return lines;
}

QJsonObject requestItem(const WebhookConfig& webhook, const QString& event,
    const RenderedRequest& rendered, const QString& localReceiverUrl, QStringList* variables)
{
    QJsonArray headers;
    for (const RenderedRequest::Header& header : rendered.headers) {
        headers.append(QJsonObject { { u"key"_s, header.name },
            { u"value"_s, withVariables(header.value, variables) }, { u"type"_s, u"text"_s } });
    }
    QString url = rendered.url;
    if (url.startsWith(localReceiverUrl))
        url = u"{{local_receiver}}"_s + url.mid(localReceiverUrl.size());
    QJsonObject request {
        { u"method"_s, httpMethodName(rendered.method) },
        { u"header"_s, headers },
        { u"url"_s, url },
        { u"description"_s,
            PostmanExport::tr("%1 for %2, rendered with the sample data.")
                .arg(webhook.name, event) },
    };
    if (!rendered.body.isEmpty()) {
        request.insert(u"body"_s,
            QJsonObject {
                { u"mode"_s, u"raw"_s }, { u"raw"_s, QString::fromUtf8(rendered.body) } });
    }
    QJsonObject item { { u"name"_s, event }, { u"request"_s, request } };
    if (webhook.signing.isEnabled()) {
        const QString name = SecretReference::name(webhook.signing.secret);
        if (!name.isEmpty() && !variables->contains(name))
            variables->append(name);
        item.insert(u"event"_s,
            QJsonArray { QJsonObject { { u"listen"_s, u"prerequest"_s },
                { u"script"_s,
                    QJsonObject { { u"type"_s, u"text/javascript"_s },
                        { u"exec"_s, signingScript(name) } } } } });
    }
    return item;
}

// Postman's environment format: what its Import reads.
QByteArray environmentFile(
    const QString& name, const QString& localReceiverUrl, const QStringList& secrets)
{
    QJsonArray values { QJsonObject { { u"key"_s, u"local_receiver"_s },
        { u"value"_s, localReceiverUrl }, { u"type"_s, u"default"_s }, { u"enabled"_s, true } } };
    for (const QString& secret : secrets) {
        values.append(QJsonObject { { u"key"_s, secret }, { u"value"_s, QString() },
            { u"type"_s, u"secret"_s }, { u"enabled"_s, true } });
    }
    const QJsonObject file { { u"name"_s, name }, { u"values"_s, values },
        { u"_postman_variable_scope"_s, u"environment"_s } };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}
} // namespace

QString PostmanExport::environmentPath(const QString& collectionPath)
{
    QString base = collectionPath;
    for (const QString& suffix : { u".postman_collection.json"_s, u".json"_s }) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
            break;
        }
    }
    return base + u".postman_environment.json"_s;
}

PostmanExport::Result PostmanExport::write(
    const CampaignDocument& original, const QString& localReceiverUrl, const QString& environment)
{
    // Typed-in secret values become collection variables, never text.
    CampaignDocument document = original;
    SecretExtractor::extract(document);
    Result result;
    QStringList variables;
    QJsonArray folders;
    EventContext::Options options;
    options.localReceiverUrl = localReceiverUrl;
    options.environment = environment;
    for (qsizetype w = 0; w < document.webhooks.size(); ++w) {
        const WebhookConfig& webhook = document.webhooks.at(w);
        const RequestTemplate compiled(webhook);
        const JsonPath path = JsonPath().key(u"webhooks").index(w);
        QJsonArray items;
        for (const QString& event : webhook.events) {
            const EventInfo* info = EventCatalog::find(event);
            if (!info)
                continue;
            const RenderedRequest rendered
                = RequestRenderer::render(compiled, EventContext::build(document, *info, options));
            if (!rendered.isSendable()) {
                result.problems.append(Problem::warning(path.toString(), u"postman.skipped"_s,
                    tr("%1 for %2 cannot be rendered and was left out.").arg(webhook.name, event)));
                continue;
            }
            items.append(requestItem(webhook, event, rendered, localReceiverUrl, &variables));
            ++result.requestCount;
        }
        QJsonObject folder { { u"name"_s, webhook.name }, { u"item"_s, items } };
        if (!webhook.enabled)
            folder.insert(u"description"_s, tr("Disabled in the campaign."));
        folders.append(folder);
    }

    QJsonArray variableList { QJsonObject {
        { u"key"_s, u"local_receiver"_s }, { u"value"_s, localReceiverUrl } } };
    variables.sort();
    for (const QString& name : variables) {
        variableList.append(QJsonObject { { u"key"_s, name }, { u"value"_s, QString() },
            { u"description"_s, tr("A secret: set it in your environment, not here.") } });
    }
    const QJsonObject collection {
        { u"info"_s,
            QJsonObject { { u"name"_s, document.name }, { u"description"_s, document.description },
                { u"schema"_s, QString::fromLatin1(kSchemaUrl) } } },
        { u"item"_s, folders },
        { u"variable"_s, variableList },
    };
    result.json = QJsonDocument(collection).toJson(QJsonDocument::Indented);
    result.variables = variables;
    const Environment* used = document.chosenEnvironment(environment);
    result.environmentName = used ? tr("%1 · %2").arg(document.name, used->name) : document.name;
    result.environmentJson = environmentFile(result.environmentName, localReceiverUrl, variables);
    return result;
}
