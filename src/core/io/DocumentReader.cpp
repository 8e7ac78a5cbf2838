#include "DocumentReader.h"

#include "io/EventPayload.h"
#include "model/Limits.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString describeParseError(const QByteArray& data, const QJsonParseError& error)
{
    const auto [line, column] = JsonObjectReader::parseErrorPosition(data, error.offset);
    return DocumentReader::tr("The file is not valid JSON: %1 at line %2, column %3.")
        .arg(error.errorString())
        .arg(line)
        .arg(column);
}

QString formatSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}
} // namespace

template<typename ReadItem>
void DocumentReader::forEachObject(
    JsonObjectReader& reader, QStringView key, Presence presence, ReadItem readItem)
{
    const std::optional<QJsonArray> array = reader.array(key, presence);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        const JsonPath itemPath = reader.path(key).index(i);
        if (item.isObject())
            readItem(item.toObject(), itemPath);
        else
            JsonObjectReader::reportTypeMismatch(&m_problems, itemPath, tr("an object"), item);
    }
}

LoadResult DocumentReader::readFile(const QString& filePath)
{
    const QFileInfo info(filePath);
    if (info.isDir()) {
        return { std::nullopt,
            { Problem::error(u"$"_s, u"file.directory"_s,
                tr("\"%1\" is a folder, not a campaign file.").arg(filePath)) } };
    }
    if (info.exists() && info.size() > Limits::kMaxDocumentBytes) {
        return { std::nullopt,
            { Problem::error(u"$"_s, u"file.too-large"_s,
                tr("The file is %1; campaign files over %2 are refused.")
                    .arg(formatSize(info.size()), formatSize(Limits::kMaxDocumentBytes))) } };
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return { std::nullopt,
            { Problem::error(u"$"_s, u"file.unreadable"_s,
                tr("Cannot open the file: %1.").arg(file.errorString())) } };
    }
    // Read one byte past the limit so a file that grew since the check is
    // still refused without reading all of it.
    const QByteArray data = file.read(Limits::kMaxDocumentBytes + 1);
    if (data.size() > Limits::kMaxDocumentBytes) {
        return { std::nullopt,
            { Problem::error(u"$"_s, u"file.too-large"_s,
                tr("The file is larger than %1; campaign files that large are refused.")
                    .arg(formatSize(Limits::kMaxDocumentBytes))) } };
    }
    return readBytes(data);
}

LoadResult DocumentReader::readBytes(const QByteArray& data)
{
    DocumentReader reader;
    return reader.read(data);
}

std::optional<WebhookConfig> DocumentReader::readWebhookObject(
    const QJsonObject& object, QList<Problem>* problems)
{
    DocumentReader reader;
    const WebhookConfig webhook = reader.readWebhook(object, JsonPath());
    problems->append(reader.m_problems);
    if (containsErrors(reader.m_problems))
        return std::nullopt;
    return webhook;
}

LoadResult DocumentReader::read(const QByteArray& rawData)
{
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // a UTF-8 byte order mark, as some Windows editors write

    if (data.trimmed().isEmpty()) {
        return { std::nullopt,
            { Problem::error(u"$"_s, u"json.empty"_s, tr("The file is empty.")) } };
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return { std::nullopt,
            { Problem::error(u"$"_s, u"json.syntax"_s, describeParseError(data, parseError)) } };
    }
    if (!json.isObject()) {
        return { std::nullopt,
            { Problem::error(u"$"_s, u"json.root"_s,
                tr("The file must hold a JSON object; it holds %1.")
                    .arg(JsonObjectReader::describeType(
                        json.isArray() ? QJsonValue(json.array()) : QJsonValue()))) } };
    }

    JsonObjectReader root(json.object(), JsonPath(), &m_problems);
    const std::optional<int> version = readHeader(root);
    if (!version)
        return { std::nullopt, m_problems };

    CampaignDocument document;
    readCampaign(root, document);
    forEachObject(root, u"webhooks", Presence::Required,
        [&](const QJsonObject& object, const JsonPath& path) {
            document.webhooks.append(readWebhook(object, path));
        });
    document.sampleData = readSampleData(root);
    // Version 1 had no environments: such a file opens as it always did.
    if (*version >= 2) {
        forEachObject(root, u"environments", Presence::Optional,
            [&](const QJsonObject& object, const JsonPath& path) {
                document.environments.append(readEnvironment(object, path));
            });
        root.warnAboutUnknownKeys(
            { u"format", u"version", u"campaign", u"webhooks", u"sampleData", u"environments" });
    } else {
        root.warnAboutUnknownKeys(
            { u"format", u"version", u"campaign", u"webhooks", u"sampleData" });
    }

    if (containsErrors(m_problems))
        return { std::nullopt, m_problems };
    return { document, m_problems };
}

std::optional<int> DocumentReader::readHeader(JsonObjectReader& root)
{
    const QString format = root.string(u"format", Presence::Required);
    if (root.value(u"format").isString() && format != CampaignDocument::formatName()) {
        m_problems.append(Problem::error(root.path(u"format").toString(), u"format.unknown"_s,
            tr("This is not a Webhook Studio campaign: format is \"%1\", expected \"%2\".")
                .arg(format, CampaignDocument::formatName())));
    }
    const int version = root.integer(u"version", 0);
    if (!root.has(u"version")) {
        m_problems.append(Problem::error(root.path(u"version").toString(), u"json.missing"_s,
            tr("Required field is missing (expected the format version, %1).")
                .arg(CampaignDocument::kFormatVersion)));
    } else if (version > CampaignDocument::kFormatVersion) {
        m_problems.append(Problem::error(root.path(u"version").toString(), u"version.newer"_s,
            tr("This file was made by a newer Webhook Studio (format version %1; this version "
               "reads up to %2). Update Webhook Studio to open it.")
                .arg(version)
                .arg(CampaignDocument::kFormatVersion)));
    } else if (version < 1 && root.value(u"version").isDouble()) {
        m_problems.append(Problem::error(root.path(u"version").toString(), u"version.invalid"_s,
            tr("Format version %1 does not exist; versions start at 1.").arg(version)));
    }
    // Nothing else can be trusted when the header is wrong.
    if (containsErrors(m_problems))
        return std::nullopt;
    return version;
}

void DocumentReader::readCampaign(JsonObjectReader& root, CampaignDocument& document)
{
    const std::optional<QJsonObject> campaign = root.object(u"campaign", Presence::Required);
    if (!campaign)
        return;
    JsonObjectReader reader(*campaign, root.path(u"campaign"), &m_problems);
    document.name = reader.string(u"name", Presence::Required);
    document.description = reader.string(u"description", Presence::Optional);
    if (const std::optional<QJsonObject> dataModel
        = reader.object(u"dataModel", Presence::Optional))
        document.dataModel = readDataModel(*dataModel, reader.path(u"dataModel"));
    reader.warnAboutUnknownKeys({ u"name", u"description", u"dataModel" });
}

CampaignDataModel DocumentReader::readDataModel(const QJsonObject& object, const JsonPath& path)
{
    JsonObjectReader reader(object, path, &m_problems);
    CampaignDataModel model;
    model.contactFields = readFieldList(reader, u"contactFields");
    model.agentOutcomeFields = readFieldList(reader, u"agentOutcomeFields");
    model.dynamicVariables = readFieldList(reader, u"dynamicVariables");
    model.postCallOutcomes = readFieldList(reader, u"postCallOutcomes");
    reader.warnAboutUnknownKeys(
        { u"contactFields", u"agentOutcomeFields", u"dynamicVariables", u"postCallOutcomes" });
    return model;
}

QList<FieldDefinition> DocumentReader::readFieldList(JsonObjectReader& reader, QStringView key)
{
    QList<FieldDefinition> fields;
    forEachObject(
        reader, key, Presence::Optional, [&](const QJsonObject& object, const JsonPath& path) {
            fields.append(readField(object, path));
        });
    return fields;
}

FieldDefinition DocumentReader::readField(const QJsonObject& object, const JsonPath& path)
{
    JsonObjectReader reader(object, path, &m_problems);
    FieldDefinition field;
    field.name = reader.string(u"name", Presence::Required);
    field.type = reader.enumeration(
        u"type", Presence::Required, FieldType::String, fieldTypeFromName, fieldTypeNames());
    field.description = reader.string(u"description", Presence::Optional);
    if (reader.has(u"sample"))
        field.sample = reader.value(u"sample");
    reader.warnAboutUnknownKeys({ u"name", u"type", u"sample", u"description" });
    return field;
}

WebhookConfig DocumentReader::readWebhook(const QJsonObject& object, const JsonPath& path)
{
    JsonObjectReader reader(object, path, &m_problems);
    WebhookConfig webhook;
    webhook.id = reader.string(u"id", Presence::Optional);
    webhook.name = reader.string(u"name", Presence::Required);
    webhook.enabled = reader.boolean(u"enabled", true);
    webhook.events = readStringList(reader, u"events", Presence::Required);
    readRequest(reader, webhook);
    webhook.delivery = readDelivery(reader);
    webhook.success = readSuccess(reader);
    webhook.mappings = readMappings(reader);
    webhook.signing = readSigning(reader);
    reader.warnAboutUnknownKeys({ u"id", u"name", u"enabled", u"events", u"request", u"delivery",
        u"success", u"mappings", u"signing" });
    return webhook;
}

void DocumentReader::readRequest(JsonObjectReader& webhook, WebhookConfig& config)
{
    const std::optional<QJsonObject> request = webhook.object(u"request", Presence::Required);
    if (!request)
        return;
    JsonObjectReader reader(*request, webhook.path(u"request"), &m_problems);
    config.method = reader.enumeration(
        u"method", Presence::Required, HttpMethod::Post, httpMethodFromName, httpMethodNames());
    config.url = reader.string(u"url", Presence::Required);
    config.headers = readHeaders(reader);
    config.contentType = reader.enumeration(u"contentType", Presence::Optional,
        BodyContentType::Json, bodyContentTypeFromName, bodyContentTypeNames());
    config.body = reader.string(u"body", Presence::Optional);
    reader.warnAboutUnknownKeys({ u"method", u"url", u"headers", u"contentType", u"body" });
}

QList<HeaderEntry> DocumentReader::readHeaders(JsonObjectReader& request)
{
    QList<HeaderEntry> headers;
    forEachObject(request, u"headers", Presence::Optional,
        [&](const QJsonObject& object, const JsonPath& path) {
            JsonObjectReader reader(object, path, &m_problems);
            HeaderEntry header;
            header.name = reader.string(u"name", Presence::Required);
            header.value = reader.string(u"value", Presence::Required);
            header.enabled = reader.boolean(u"enabled", true);
            header.secret = reader.boolean(u"secret", false);
            reader.warnAboutUnknownKeys({ u"name", u"value", u"enabled", u"secret" });
            headers.append(header);
        });
    return headers;
}

DeliveryPolicy DocumentReader::readDelivery(JsonObjectReader& webhook)
{
    DeliveryPolicy policy;
    const std::optional<QJsonObject> delivery = webhook.object(u"delivery", Presence::Optional);
    if (!delivery)
        return policy;
    JsonObjectReader reader(*delivery, webhook.path(u"delivery"), &m_problems);
    policy.timeoutSeconds = reader.number(u"timeoutSeconds", policy.timeoutSeconds);
    policy.retryLimit = reader.integer(u"retryLimit", policy.retryLimit);
    policy.totalTimeoutSeconds = reader.number(u"totalTimeoutSeconds", policy.totalTimeoutSeconds);
    policy.backoff = readBackoff(reader);
    policy.allowInsecureTls = reader.boolean(u"allowInsecureTls", policy.allowInsecureTls);
    reader.warnAboutUnknownKeys({ u"timeoutSeconds", u"retryLimit", u"totalTimeoutSeconds",
        u"backoff", u"allowInsecureTls" });
    return policy;
}

BackoffPolicy DocumentReader::readBackoff(JsonObjectReader& delivery)
{
    BackoffPolicy backoff;
    const std::optional<QJsonObject> object = delivery.object(u"backoff", Presence::Optional);
    if (!object)
        return backoff;
    JsonObjectReader reader(*object, delivery.path(u"backoff"), &m_problems);
    backoff.initialDelaySeconds
        = reader.number(u"initialDelaySeconds", backoff.initialDelaySeconds);
    backoff.multiplier = reader.number(u"multiplier", backoff.multiplier);
    backoff.maxDelaySeconds = reader.number(u"maxDelaySeconds", backoff.maxDelaySeconds);
    backoff.jitter = reader.number(u"jitter", backoff.jitter);
    reader.warnAboutUnknownKeys(
        { u"initialDelaySeconds", u"multiplier", u"maxDelaySeconds", u"jitter" });
    return backoff;
}

SuccessCondition DocumentReader::readSuccess(JsonObjectReader& webhook)
{
    SuccessCondition success;
    const std::optional<QJsonObject> object = webhook.object(u"success", Presence::Optional);
    if (!object)
        return success;
    JsonObjectReader reader(*object, webhook.path(u"success"), &m_problems);
    success.expectedStatus = readExpectedStatus(reader);
    success.responseKey = reader.string(u"responseKey", Presence::Optional);
    success.expectedValue = reader.boolean(u"expectedValue", true);
    reader.warnAboutUnknownKeys({ u"expectedStatus", u"responseKey", u"expectedValue" });
    return success;
}

std::optional<int> DocumentReader::readExpectedStatus(JsonObjectReader& success)
{
    const QJsonValue value = success.value(u"expectedStatus");
    if (value.isUndefined() || value == QJsonValue(u"2xx"_s))
        return std::nullopt;
    if (value.isDouble())
        return success.integer(u"expectedStatus", 200);
    JsonObjectReader::reportTypeMismatch(
        &m_problems, success.path(u"expectedStatus"), tr("a status code or \"2xx\""), value);
    return std::nullopt;
}

QList<VariableMapping> DocumentReader::readMappings(JsonObjectReader& webhook)
{
    QList<VariableMapping> mappings;
    forEachObject(webhook, u"mappings", Presence::Optional,
        [&](const QJsonObject& object, const JsonPath& path) {
            JsonObjectReader reader(object, path, &m_problems);
            VariableMapping mapping;
            mapping.variable = reader.string(u"variable", Presence::Required);
            mapping.source = reader.enumeration(u"source", Presence::Required,
                DataSource::DefaultValue, dataSourceFromName, dataSourceNames());
            if (mapping.source == DataSource::DefaultValue) {
                mapping.value = reader.string(u"value", Presence::Optional);
                reader.warnAboutUnknownKeys({ u"variable", u"source", u"value" });
            } else {
                mapping.field = reader.string(u"field", Presence::Required);
                reader.warnAboutUnknownKeys({ u"variable", u"source", u"field" });
            }
            mappings.append(mapping);
        });
    return mappings;
}

SigningConfig DocumentReader::readSigning(JsonObjectReader& webhook)
{
    SigningConfig signing;
    const std::optional<QJsonObject> object = webhook.object(u"signing", Presence::Optional);
    if (!object)
        return signing;
    JsonObjectReader reader(*object, webhook.path(u"signing"), &m_problems);
    signing.scheme = reader.enumeration(u"scheme", Presence::Required, SigningScheme::None,
        signingSchemeFromName, signingSchemeNames());
    signing.secret = reader.string(u"secret", Presence::Optional);
    reader.warnAboutUnknownKeys({ u"scheme", u"secret" });
    return signing;
}

Environment DocumentReader::readEnvironment(const QJsonObject& object, const JsonPath& path)
{
    JsonObjectReader reader(object, path, &m_problems);
    Environment environment;
    environment.name = reader.string(u"name", Presence::Required);
    forEachObject(reader, u"variables", Presence::Optional,
        [&](const QJsonObject& variableObject, const JsonPath& variablePath) {
            JsonObjectReader variableReader(variableObject, variablePath, &m_problems);
            EnvironmentVariable variable;
            variable.name = variableReader.string(u"name", Presence::Required);
            variable.value = variableReader.string(u"value", Presence::Optional);
            variable.secret = variableReader.boolean(u"secret", false);
            variable.description = variableReader.string(u"description", Presence::Optional);
            variableReader.warnAboutUnknownKeys({ u"name", u"value", u"secret", u"description" });
            environment.variables.append(variable);
        });
    if (const std::optional<QJsonObject> tls = reader.object(u"tls", Presence::Optional)) {
        JsonObjectReader tlsReader(*tls, reader.path(u"tls"), &m_problems);
        environment.tls.caBundle = tlsReader.string(u"caBundle", Presence::Optional);
        environment.tls.certificate = tlsReader.string(u"certificate", Presence::Optional);
        environment.tls.key = tlsReader.string(u"key", Presence::Optional);
        environment.tls.passphrase = tlsReader.string(u"passphrase", Presence::Optional);
        tlsReader.warnAboutUnknownKeys({ u"caBundle", u"certificate", u"key", u"passphrase" });
    }
    reader.warnAboutUnknownKeys({ u"name", u"variables", u"tls" });
    return environment;
}

SampleData DocumentReader::readSampleData(JsonObjectReader& root)
{
    SampleData sampleData;
    const std::optional<QJsonObject> object = root.object(u"sampleData", Presence::Optional);
    if (!object)
        return sampleData;
    JsonObjectReader reader(*object, root.path(u"sampleData"), &m_problems);
    sampleData.callLog = reader.object(u"callLog", Presence::Optional).value_or(QJsonObject());
    forEachObject(reader, u"events", Presence::Optional,
        [&](const QJsonObject& object, const JsonPath& path) {
            sampleData.events.append(readEventSample(object, path));
        });
    reader.warnAboutUnknownKeys({ u"callLog", u"events" });
    return sampleData;
}

EventSample DocumentReader::readEventSample(const QJsonObject& object, const JsonPath& path)
{
    JsonObjectReader reader(object, path, &m_problems);
    EventSample sample;
    sample.event = reader.string(u"event", Presence::Required);
    sample.origin = reader.string(u"origin", Presence::Optional);
    const QJsonObject payload
        = reader.object(u"payload", Presence::Required).value_or(QJsonObject());
    // A file edited by hand may hold a credential: it is not kept in memory,
    // so it cannot be saved again.
    QStringList redacted;
    sample = EventPayload::sample(sample.event, sample.origin,
        EventPayload::redacted(payload, &redacted, path.key(u"payload")));
    for (const QString& where : redacted) {
        m_problems.append(Problem::warning(where, u"sample.secret-redacted"_s,
            tr("This value looks like a secret; it is replaced by %1: save the campaign to "
               "remove it from the file.")
                .arg(EventPayload::redactedText())));
    }
    reader.warnAboutUnknownKeys({ u"event", u"origin", u"payload" });
    return sample;
}

QStringList DocumentReader::readStringList(
    JsonObjectReader& reader, QStringView key, Presence presence)
{
    QStringList result;
    const std::optional<QJsonArray> array = reader.array(key, presence);
    if (!array)
        return result;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue item = array->at(i);
        if (item.isString())
            result.append(item.toString());
        else
            JsonObjectReader::reportTypeMismatch(
                &m_problems, reader.path(key).index(i), tr("a string"), item);
    }
    return result;
}
