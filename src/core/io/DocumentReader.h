#pragma once

#include "JsonObjectReader.h"
#include "LoadResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Loads a *.webhooks.json document. Never throws and never returns a partly
// read document: any error yields no document and a list of problems, each
// with its JSON path (or line and column for broken JSON).
class DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(DocumentReader)

public:
    static LoadResult readFile(const QString& filePath);
    static LoadResult readBytes(const QByteArray& data);
    // One webhook object as DocumentWriter::webhookToJson writes it; nothing
    // when it has errors, which are added to `problems`.
    static std::optional<WebhookConfig> readWebhookObject(
        const QJsonObject& object, QList<Problem>* problems);

private:
    using Presence = JsonObjectReader::Presence;

    LoadResult read(const QByteArray& data);
    // The format version, or nothing when the header is wrong.
    std::optional<int> readHeader(JsonObjectReader& root);
    void readCampaign(JsonObjectReader& root, CampaignDocument& document);
    CampaignDataModel readDataModel(const QJsonObject& object, const JsonPath& path);
    QList<FieldDefinition> readFieldList(JsonObjectReader& reader, QStringView key);
    FieldDefinition readField(const QJsonObject& object, const JsonPath& path);
    WebhookConfig readWebhook(const QJsonObject& object, const JsonPath& path);
    void readRequest(JsonObjectReader& webhook, WebhookConfig& config);
    QList<HeaderEntry> readHeaders(JsonObjectReader& request);
    DeliveryPolicy readDelivery(JsonObjectReader& webhook);
    BackoffPolicy readBackoff(JsonObjectReader& delivery);
    SuccessCondition readSuccess(JsonObjectReader& webhook);
    std::optional<int> readExpectedStatus(JsonObjectReader& success);
    QList<VariableMapping> readMappings(JsonObjectReader& webhook);
    SigningConfig readSigning(JsonObjectReader& webhook);
    SampleData readSampleData(JsonObjectReader& root);
    EventSample readEventSample(const QJsonObject& object, const JsonPath& path);
    Environment readEnvironment(const QJsonObject& object, const JsonPath& path);
    QStringList readStringList(JsonObjectReader& reader, QStringView key, Presence presence);

    // Calls `readItem(object, path)` for each element of the array at `key`
    // that is an object, reporting the others.
    template<typename ReadItem>
    void forEachObject(
        JsonObjectReader& reader, QStringView key, Presence presence, ReadItem readItem);

    QList<Problem> m_problems;
};
