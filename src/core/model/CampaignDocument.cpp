#include "CampaignDocument.h"

#include "UniqueName.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

QString CampaignDocument::formatName()
{
    return u"webhook-studio.campaign"_s;
}

QString CampaignDocument::fileSuffix()
{
    return u".webhooks.json"_s;
}

int CampaignDocument::indexOfWebhook(const QString& webhookName) const
{
    for (int i = 0; i < webhooks.size(); ++i) {
        if (webhooks.at(i).name == webhookName)
            return i;
    }
    return -1;
}

const Environment* CampaignDocument::findEnvironment(const QString& environmentName) const
{
    for (const Environment& environment : environments) {
        if (environment.name == environmentName)
            return &environment;
    }
    return nullptr;
}

const Environment* CampaignDocument::chosenEnvironment(const QString& environmentName) const
{
    if (!environmentName.isEmpty())
        return findEnvironment(environmentName);
    return environments.isEmpty() ? nullptr : &environments.first();
}

QStringList CampaignDocument::environmentNames() const
{
    QStringList names;
    for (const Environment& environment : environments)
        names.append(environment.name);
    return names;
}

QStringList CampaignDocument::environmentVariableNames() const
{
    QStringList names;
    for (const Environment& environment : environments) {
        for (const EnvironmentVariable& variable : environment.variables) {
            if (!names.contains(variable.name))
                names.append(variable.name);
        }
    }
    return names;
}

QList<FieldDefinition> CampaignDocument::fields(DataSource source) const
{
    if (source == DataSource::EventPayload)
        return payloadFields();
    if (source != DataSource::EnvironmentVariable)
        return dataModel.fields(source);
    QList<FieldDefinition> result;
    for (const QString& name : environmentVariableNames()) {
        for (const Environment& environment : environments) {
            if (const EnvironmentVariable* variable = environment.find(name)) {
                result.append({ name, FieldType::String, variable->value, variable->description });
                break;
            }
        }
    }
    return result;
}

QList<FieldDefinition> CampaignDocument::payloadFields() const
{
    QList<FieldDefinition> result;
    QSet<QString> seen;
    for (const EventSample& sample : sampleData.events) {
        for (const FieldDefinition& field : sample.fields) {
            if (!seen.contains(field.name)) {
                seen.insert(field.name);
                result.append(field);
            }
        }
    }
    return result;
}

QString CampaignDocument::uniqueWebhookId(const QString& webhookName) const
{
    static const QRegularExpression kNotSlug(u"[^a-z0-9]+"_s);
    QString base = webhookName.toLower().replace(kNotSlug, u"-"_s);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = u"webhook"_s;

    return uniqueName(
        base,
        [this](const QString& id) {
            return std::any_of(webhooks.cbegin(), webhooks.cend(),
                [&id](const WebhookConfig& webhook) { return webhook.id == id; });
        },
        u"-");
}

bool operator==(const CampaignDocument& a, const CampaignDocument& b)
{
    return std::tie(a.name, a.description, a.dataModel, a.webhooks, a.sampleData, a.environments)
        == std::tie(b.name, b.description, b.dataModel, b.webhooks, b.sampleData, b.environments);
}
