#pragma once

#include "Problem.h"
#include "io/JsonPath.h"
#include "model/CampaignDocument.h"

#include <QCoreApplication>
#include <QList>

// Checks a loaded document against the rules of the product: every problem
// with its severity, the JSON path of the offending value and a sentence that
// says what is wrong and, where it helps, what to do.
class DocumentValidator
{
    Q_DECLARE_TR_FUNCTIONS(DocumentValidator)

public:
    static QList<Problem> validate(const CampaignDocument& document);

private:
    explicit DocumentValidator(const CampaignDocument& document);

    void checkCampaign();
    void checkFieldList(DataSource source, QStringView key);
    void checkSampleData();
    void checkEventSamples();
    void checkEnvironments();
    void checkEnvironmentVariables(const Environment& environment, const JsonPath& listPath);
    static QString invalidVariableName(const QString& name);
    void checkWebhookNames();
    void checkWebhook(const WebhookConfig& webhook, const JsonPath& path);
    void checkEvents(const WebhookConfig& webhook, const JsonPath& path);
    void checkUrl(const WebhookConfig& webhook, const JsonPath& path);
    void checkHeaders(const WebhookConfig& webhook, const JsonPath& path);
    void checkBody(const WebhookConfig& webhook, const JsonPath& path);
    void checkDelivery(const DeliveryPolicy& delivery, const JsonPath& path);
    void checkBackoff(const BackoffPolicy& backoff, const JsonPath& path);
    void checkSuccess(const SuccessCondition& success, const JsonPath& path);
    void checkMappings(const WebhookConfig& webhook, const JsonPath& path);
    void checkMappingAvailability(
        const WebhookConfig& webhook, const VariableMapping& mapping, const JsonPath& path);
    void checkSigning(const SigningConfig& signing, const JsonPath& path);

    void error(const JsonPath& path, const QString& code, const QString& message);
    void warning(const JsonPath& path, const QString& code, const QString& message);

    const CampaignDocument& m_document;
    QList<Problem> m_problems;
};
