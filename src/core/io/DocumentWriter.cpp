#include "DocumentWriter.h"

#include "AtomicFile.h"
#include "JsonWriter.h"
#include "SecretExtractor.h"
#include "io/EventPayload.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QByteArray DocumentWriter::toJson(const CampaignDocument& document)
{
    CampaignDocument safe = document;
    SecretExtractor::extract(safe);

    JsonWriter out;
    out.beginObject();
    out.member(u"format", CampaignDocument::formatName());
    out.member(u"version", CampaignDocument::kFormatVersion);
    writeCampaign(out, safe);
    out.key(u"webhooks");
    out.beginArray();
    for (const WebhookConfig& webhook : safe.webhooks)
        writeWebhook(out, webhook);
    out.endArray();
    if (!safe.environments.isEmpty())
        writeEnvironments(out, safe.environments);
    if (!safe.sampleData.isEmpty())
        writeSampleData(out, safe.sampleData);
    out.endObject();
    return out.toJson();
}

void DocumentWriter::writeSampleData(JsonWriter& out, const SampleData& sampleData)
{
    out.key(u"sampleData");
    out.beginObject();
    if (!sampleData.callLog.isEmpty())
        out.member(u"callLog", sampleData.callLog);
    if (!sampleData.events.isEmpty()) {
        out.key(u"events");
        out.beginArray();
        for (const EventSample& sample : sampleData.events) {
            out.beginObject();
            out.member(u"event", sample.event);
            if (!sample.origin.isEmpty())
                out.member(u"origin", sample.origin);
            out.member(u"payload", EventPayload::redacted(sample.payload));
            out.endObject();
        }
        out.endArray();
    }
    out.endObject();
}

QString DocumentWriter::writeFile(const CampaignDocument& document, const QString& filePath)
{
    return AtomicFile::write(filePath, toJson(document));
}

QByteArray DocumentWriter::webhookToJson(const WebhookConfig& webhook)
{
    JsonWriter out(-1);
    writeWebhook(out, webhook);
    return out.toJson();
}

void DocumentWriter::writeCampaign(JsonWriter& out, const CampaignDocument& document)
{
    const CampaignDataModel& model = document.dataModel;
    out.key(u"campaign");
    out.beginObject();
    out.member(u"name", document.name);
    if (!document.description.isEmpty())
        out.member(u"description", document.description);
    out.key(u"dataModel");
    out.beginObject();
    writeFields(out, u"contactFields", model.contactFields);
    writeFields(out, u"agentOutcomeFields", model.agentOutcomeFields);
    writeFields(out, u"dynamicVariables", model.dynamicVariables);
    writeFields(out, u"postCallOutcomes", model.postCallOutcomes);
    out.endObject();
    out.endObject();
}

void DocumentWriter::writeEnvironments(JsonWriter& out, const QList<Environment>& environments)
{
    out.key(u"environments");
    out.beginArray();
    for (const Environment& environment : environments) {
        out.beginObject();
        out.member(u"name", environment.name);
        out.key(u"variables");
        out.beginArray();
        for (const EnvironmentVariable& variable : environment.variables) {
            out.beginObject();
            out.member(u"name", variable.name);
            out.member(u"value", variable.value);
            if (variable.secret)
                out.member(u"secret", true);
            if (!variable.description.isEmpty())
                out.member(u"description", variable.description);
            out.endObject();
        }
        out.endArray();
        writeTls(out, environment.tls);
        out.endObject();
    }
    out.endArray();
}

void DocumentWriter::writeTls(JsonWriter& out, const TlsFiles& tls)
{
    if (tls == TlsFiles())
        return;
    out.key(u"tls");
    out.beginObject();
    const std::pair<QStringView, const QString&> members[]
        = { { u"caBundle", tls.caBundle }, { u"certificate", tls.certificate }, { u"key", tls.key },
              { u"passphrase", tls.passphrase } };
    for (const auto& [key, value] : members) {
        if (!value.isEmpty())
            out.member(key, value);
    }
    out.endObject();
}

void DocumentWriter::writeFields(
    JsonWriter& out, QStringView key, const QList<FieldDefinition>& fields)
{
    out.key(key);
    out.beginArray();
    for (const FieldDefinition& field : fields) {
        out.beginObject();
        out.member(u"name", field.name);
        out.member(u"type", fieldTypeName(field.type));
        if (!field.sample.isUndefined())
            out.member(u"sample", field.sample);
        if (!field.description.isEmpty())
            out.member(u"description", field.description);
        out.endObject();
    }
    out.endArray();
}

void DocumentWriter::writeWebhook(JsonWriter& out, const WebhookConfig& webhook)
{
    out.beginObject();
    if (!webhook.id.isEmpty())
        out.member(u"id", webhook.id);
    out.member(u"name", webhook.name);
    out.member(u"enabled", webhook.enabled);
    out.member(u"events", QJsonArray::fromStringList(webhook.events));
    writeRequest(out, webhook);
    writeDelivery(out, webhook.delivery);
    writeSuccess(out, webhook.success);
    writeMappings(out, webhook.mappings);
    out.key(u"signing");
    out.beginObject();
    out.member(u"scheme", signingSchemeName(webhook.signing.scheme));
    if (!webhook.signing.secret.isEmpty())
        out.member(u"secret", webhook.signing.secret);
    out.endObject();
    out.endObject();
}

void DocumentWriter::writeRequest(JsonWriter& out, const WebhookConfig& webhook)
{
    out.key(u"request");
    out.beginObject();
    out.member(u"method", httpMethodName(webhook.method));
    out.member(u"url", webhook.url);
    out.key(u"headers");
    out.beginArray();
    for (const HeaderEntry& header : webhook.headers) {
        out.beginObject();
        out.member(u"name", header.name);
        out.member(u"value", header.value);
        out.member(u"enabled", header.enabled);
        out.member(u"secret", header.secret);
        out.endObject();
    }
    out.endArray();
    out.member(u"contentType", bodyContentTypeName(webhook.contentType));
    out.member(u"body", webhook.body);
    out.endObject();
}

void DocumentWriter::writeDelivery(JsonWriter& out, const DeliveryPolicy& delivery)
{
    out.key(u"delivery");
    out.beginObject();
    out.member(u"timeoutSeconds", delivery.timeoutSeconds);
    out.member(u"retryLimit", delivery.retryLimit);
    out.member(u"totalTimeoutSeconds", delivery.totalTimeoutSeconds);
    out.key(u"backoff");
    out.beginObject();
    out.member(u"initialDelaySeconds", delivery.backoff.initialDelaySeconds);
    out.member(u"multiplier", delivery.backoff.multiplier);
    out.member(u"maxDelaySeconds", delivery.backoff.maxDelaySeconds);
    out.member(u"jitter", delivery.backoff.jitter);
    out.endObject();
    out.member(u"allowInsecureTls", delivery.allowInsecureTls);
    out.endObject();
}

void DocumentWriter::writeSuccess(JsonWriter& out, const SuccessCondition& success)
{
    out.key(u"success");
    out.beginObject();
    if (success.expectedStatus)
        out.member(u"expectedStatus", *success.expectedStatus);
    else
        out.member(u"expectedStatus", u"2xx"_s);
    if (!success.responseKey.isEmpty()) {
        out.member(u"responseKey", success.responseKey);
        out.member(u"expectedValue", success.expectedValue);
    }
    out.endObject();
}

void DocumentWriter::writeMappings(JsonWriter& out, const QList<VariableMapping>& mappings)
{
    out.key(u"mappings");
    out.beginArray();
    for (const VariableMapping& mapping : mappings) {
        out.beginObject();
        out.member(u"variable", mapping.variable);
        out.member(u"source", dataSourceName(mapping.source));
        if (mapping.source == DataSource::DefaultValue)
            out.member(u"value", mapping.value);
        else
            out.member(u"field", mapping.field);
        out.endObject();
    }
    out.endArray();
}
