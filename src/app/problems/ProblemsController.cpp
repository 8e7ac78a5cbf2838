#include "problems/ProblemsController.h"

#include "document/CampaignSession.h"
#include "problems/ProblemListModel.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>

using namespace Qt::StringLiterals;

ProblemsController::ProblemsController(CampaignSession* session, QTreeView* view, QDockWidget* dock,
    QAction* nextProblem, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_model(new ProblemListModel(session, this))
    , m_view(view)
    , m_dock(dock)
    , m_statusLabel(new QLabel)
{
    m_statusLabel->setObjectName(u"problemStatusLabel"_s);
    m_view->setModel(m_model);
    m_view->header()->setSectionResizeMode(ProblemListModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(
        ProblemListModel::LocationColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    connect(m_view, &QTreeView::activated, this, &ProblemsController::activate);
    connect(nextProblem, &QAction::triggered, this, &ProblemsController::showNext);
    connect(m_session, &CampaignSession::findingsChanged, this, &ProblemsController::updateStatus);
    updateStatus();
}

void ProblemsController::updateStatus()
{
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    m_statusLabel->setText(tr("%n webhook(s)", nullptr, int(m_session->document().webhooks.size()))
        + u" · "_s + tr("%n error(s)", nullptr, errors) + u", "_s
        + tr("%n warning(s)", nullptr, warnings));
    m_dock->setWindowTitle(
        errors + warnings == 0 ? tr("Problems") : tr("Problems (%1)").arg(errors + warnings));
}

DataSource ProblemsController::sourceOfPath(const QString& path)
{
    if (path.contains(u"contactFields"_s))
        return DataSource::ContactField;
    if (path.contains(u"agentOutcomeFields"_s))
        return DataSource::AgentOutcomeField;
    if (path.contains(u"dynamicVariables"_s))
        return DataSource::DynamicVariable;
    if (path.contains(u"postCallOutcomes"_s))
        return DataSource::PostCallOutcome;
    return DataSource::DefaultValue;
}

void ProblemsController::activate(const QModelIndex& index)
{
    const CampaignChecker::Finding* finding = m_model->finding(index);
    if (!finding)
        return;
    if (finding->webhookIndex < 0)
        emit dataModelProblemActivated(sourceOfPath(finding->problem.path));
    else
        emit webhookFindingActivated(*finding);
}

void ProblemsController::showNext()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        emit statusMessage(tr("No problems."), 3000);
        return;
    }
    const int next = (m_view->currentIndex().row() + 1) % rows;
    const QModelIndex index = m_model->index(next, 0);
    m_dock->show();
    m_view->setCurrentIndex(index);
    activate(index);
}
