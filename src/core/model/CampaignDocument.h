#pragma once

#include "CampaignDataModel.h"
#include "Environment.h"
#include "SampleData.h"
#include "WebhookConfig.h"

#include <QList>
#include <QString>

// A campaign's webhook set, its data model and sample data: the content of a
// *.webhooks.json file.
struct CampaignDocument
{
    // 2 added environments, 3 own event payloads (sampleData.events);
    // older files still open (and save as 3).
    static constexpr int kFormatVersion = 3;
    static QString formatName();
    static QString fileSuffix();

    QString name;
    QString description;
    CampaignDataModel dataModel;
    QList<WebhookConfig> webhooks;
    SampleData sampleData;
    QList<Environment> environments;

    int indexOfWebhook(const QString& name) const;
    const Environment* findEnvironment(const QString& name) const;
    // The environment `name` picks: that one, or the first when `name` is
    // empty; null when there is no such one (or none at all).
    const Environment* chosenEnvironment(const QString& name) const;
    QStringList environmentNames() const;
    // Every variable name any environment defines, in order of first
    // definition.
    QStringList environmentVariableNames() const;
    // The fields the campaign itself provides for `source`: its declared
    // fields, one string field per environment variable (its sample the
    // value of the first environment that defines it), or one field per
    // path of its own event payloads (typed and valued by the first).
    QList<FieldDefinition> fields(DataSource source) const;
    QList<FieldDefinition> payloadFields() const;
    // An id derived from `name` that no webhook of this document uses yet.
    QString uniqueWebhookId(const QString& name) const;

    friend bool operator==(const CampaignDocument& a, const CampaignDocument& b);
    friend bool operator!=(const CampaignDocument& a, const CampaignDocument& b)
    {
        return !(a == b);
    }
};
