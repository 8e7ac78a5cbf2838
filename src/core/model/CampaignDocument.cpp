#include "CampaignDocument.h"

#include <QRegularExpression>

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

    const auto taken = [this](const QString& id) {
        return std::any_of(webhooks.cbegin(), webhooks.cend(),
            [&id](const WebhookConfig& webhook) { return webhook.id == id; });
    };
    QString candidate = base;
    for (int suffix = 2; taken(candidate); ++suffix)
        candidate = base + u'-' + QString::number(suffix);
    return candidate;
}

bool operator==(const CampaignDocument& a, const CampaignDocument& b)
{
    return std::tie(a.name, a.description, a.dataModel, a.webhooks, a.sampleData)
        == std::tie(b.name, b.description, b.dataModel, b.webhooks, b.sampleData);
}
