#pragma once

#include "model/CampaignDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class JsonWriter;

// Writes a *.webhooks.json document: pretty, with a stable key order, and
// atomically (a crash mid-save leaves the previous file intact). Secret values
// are never written: a secret that is not yet a ${NAME} reference is replaced
// by one (see SecretExtractor) before anything reaches the disk.
class DocumentWriter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentWriter)

public:
    static QByteArray toJson(const CampaignDocument& document);
    // Returns an empty string on success, otherwise a sentence saying what
    // went wrong; the previous file is then untouched.
    static QString writeFile(const CampaignDocument& document, const QString& filePath);
    // One webhook as the document holds it, on one line (for the history).
    // Secrets are written as they are: the caller redacts them first.
    static QByteArray webhookToJson(const WebhookConfig& webhook);

    // The campaign object and a webhook object, which the production export
    // shares with the document.
    static void writeCampaign(JsonWriter& out, const CampaignDocument& document);
    static void writeWebhook(JsonWriter& out, const WebhookConfig& webhook);

private:
    static void writeEnvironments(JsonWriter& out, const QList<Environment>& environments);
    static void writeTls(JsonWriter& out, const TlsFiles& tls);
    static void writeSampleData(JsonWriter& out, const SampleData& sampleData);
    static void writeFields(JsonWriter& out, QStringView key, const QList<FieldDefinition>& fields);
    static void writeRequest(JsonWriter& out, const WebhookConfig& webhook);
    static void writeDelivery(JsonWriter& out, const DeliveryPolicy& delivery);
    static void writeSuccess(JsonWriter& out, const SuccessCondition& success);
    static void writeMappings(JsonWriter& out, const QList<VariableMapping>& mappings);
};
