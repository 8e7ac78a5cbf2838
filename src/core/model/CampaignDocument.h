#pragma once

#include "CampaignDataModel.h"
#include "SampleData.h"
#include "WebhookConfig.h"

#include <QList>
#include <QString>

// A campaign's webhook set, its data model and sample data: the content of a
// *.webhooks.json file.
struct CampaignDocument
{
    static constexpr int kFormatVersion = 1;
    static QString formatName();
    static QString fileSuffix();

    QString name;
    QString description;
    CampaignDataModel dataModel;
    QList<WebhookConfig> webhooks;
    SampleData sampleData;

    int indexOfWebhook(const QString& name) const;
    // An id derived from `name` that no webhook of this document uses yet.
    QString uniqueWebhookId(const QString& name) const;

    friend bool operator==(const CampaignDocument& a, const CampaignDocument& b);
    friend bool operator!=(const CampaignDocument& a, const CampaignDocument& b)
    {
        return !(a == b);
    }
};
