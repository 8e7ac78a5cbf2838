#pragma once

#include "validation/CampaignChecker.h"

#include <QAbstractTableModel>

class CampaignSession;

// The live problems of the open campaign: severity and message, and where
// (which webhook, which field) in words.
class ProblemListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, LocationColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, WebhookRole, SeverityRole };

    explicit ProblemListModel(CampaignSession* session, QObject* parent = nullptr);

    const CampaignChecker::Finding* finding(const QModelIndex& index) const;
    int errorCount() const;
    int warningCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "CRM sync › Request › URL" for $.webhooks[0].request.url.
    static QString describeLocation(const QString& path, const CampaignDocument& document);

private:
    void reload();

    CampaignSession* m_session;
    QList<CampaignChecker::Finding> m_findings;
};
