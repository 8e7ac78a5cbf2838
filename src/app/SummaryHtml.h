#pragma once

#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

// Read-only HTML pages for the details browser: one for a webhook, one for
// the campaign and its data model. Colours come from the palette so the pages
// read well in light and dark themes.
class SummaryHtml
{
    Q_DECLARE_TR_FUNCTIONS(SummaryHtml)

public:
    explicit SummaryHtml(const QPalette& palette);

    QString webhookPage(const WebhookConfig& webhook, const QList<Problem>& problems) const;
    QString campaignPage(const CampaignDocument& document) const;
    QString welcomePage() const;

private:
    QString page(const QString& body) const;
    QString section(const QString& title) const;
    QString keyValueTable(const QList<std::pair<QString, QString>>& rows) const;
    QString eventsHtml(const WebhookConfig& webhook) const;
    QString requestHtml(const WebhookConfig& webhook) const;
    QString deliveryHtml(const WebhookConfig& webhook) const;
    QString successHtml(const SuccessCondition& success) const;
    QString mappingsHtml(const WebhookConfig& webhook) const;
    QString problemsHtml(const QList<Problem>& problems) const;
    QString fieldsHtml(const QString& title, const QList<FieldDefinition>& fields) const;
    QString muted(const QString& html) const;

    QPalette m_palette;
};
