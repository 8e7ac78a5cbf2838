#pragma once

#include "model/DataSource.h"
#include "validation/CampaignChecker.h"

#include <QObject>

class CampaignSession;
class ProblemListModel;
class QAction;
class QDockWidget;
class QLabel;
class QModelIndex;
class QTreeView;

// The campaign's live problems: the Problems dock's list, its count in the
// status bar and the dock's title, and going to a problem (a double click,
// or F8 for the next one). Where a problem lives is for others to show: it
// announces a webhook's finding, or the data model source to edit.
class ProblemsController : public QObject
{
    Q_OBJECT

public:
    ProblemsController(CampaignSession* session, QTreeView* view, QDockWidget* dock,
        QAction* nextProblem, QObject* parent);

    // "2 webhooks · 1 error, 0 warnings", for the status bar.
    QLabel* statusLabel() const { return m_statusLabel; }

signals:
    void webhookFindingActivated(const CampaignChecker::Finding& finding);
    void dataModelProblemActivated(DataSource source);
    void statusMessage(const QString& message, int timeoutMs);

private:
    void activate(const QModelIndex& index);
    void showNext();
    void updateStatus();
    // The part of the data model that a campaign-level problem's path is in.
    static DataSource sourceOfPath(const QString& path);

    CampaignSession* m_session;
    ProblemListModel* m_model;
    QTreeView* m_view;
    QDockWidget* m_dock;
    QLabel* m_statusLabel;
};
