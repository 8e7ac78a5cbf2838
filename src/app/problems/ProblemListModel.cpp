#include "problems/ProblemListModel.h"

#include "document/CampaignSession.h"

#include <QApplication>
#include <QRegularExpression>
#include <QStyle>

using namespace Qt::StringLiterals;

ProblemListModel::ProblemListModel(CampaignSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &CampaignSession::findingsChanged, this, &ProblemListModel::reload);
    reload();
}

void ProblemListModel::reload()
{
    beginResetModel();
    m_findings = m_session->findings();
    // Errors first, then by place in the document.
    std::stable_sort(m_findings.begin(), m_findings.end(),
        [](const CampaignChecker::Finding& a, const CampaignChecker::Finding& b) {
            return a.problem.isError() && !b.problem.isError();
        });
    endResetModel();
}

const CampaignChecker::Finding* ProblemListModel::finding(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return nullptr;
    return &m_findings.at(index.row());
}

int ProblemListModel::errorCount() const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
        [](const CampaignChecker::Finding& finding) { return finding.problem.isError(); }));
}

int ProblemListModel::warningCount() const
{
    return int(m_findings.size()) - errorCount();
}

int ProblemListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex& index, int role) const
{
    const CampaignChecker::Finding* item = finding(index);
    if (!item)
        return {};
    const Problem& problem = item->problem;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MessageColumn) {
            // Template problems carry their line and column in the message;
            // the location column says where already.
            return item->location ? item->location->message : problem.message;
        }
        return describeLocation(problem.path, m_session->document());
    case Qt::DecorationRole:
        if (index.column() != MessageColumn)
            return {};
        return QApplication::style()->standardIcon(
            problem.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole:
        return QString(problem.path + u"\n"_s + problem.message);
    case Qt::AccessibleTextRole:
        return (problem.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message);
    case PathRole:
        return problem.path;
    case WebhookRole:
        return item->webhookIndex;
    case SeverityRole:
        return severityName(problem.severity);
    default:
        return {};
    }
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == MessageColumn ? tr("Problem") : tr("Where");
}

QString ProblemListModel::describeLocation(const QString& path, const CampaignDocument& document)
{
    struct Place
    {
        QString pattern;
        QString name;
    };
    static const QList<Place> kPlaces {
        { u"^\\.name"_s, tr("Name") },
        { u"^\\.events"_s, tr("Events") },
        { u"^\\.request\\.method"_s, tr("Request › Method") },
        { u"^\\.request\\.url"_s, tr("Request › URL") },
        { u"^\\.request\\.headers\\[(\\d+)\\]"_s, tr("Request › Header %1") },
        { u"^\\.request\\.body"_s, tr("Request › Body") },
        { u"^\\.request"_s, tr("Request") },
        { u"^\\.delivery\\.backoff"_s, tr("Delivery › Backoff") },
        { u"^\\.delivery"_s, tr("Delivery") },
        { u"^\\.success"_s, tr("Success") },
        { u"^\\.mappings\\[(\\d+)\\]"_s, tr("Mapping %1") },
        { u"^\\.signing"_s, tr("Delivery › Signing") },
    };
    const int webhook = CampaignChecker::webhookIndexOf(path);
    if (webhook < 0) {
        if (path.startsWith(u"$.campaign.dataModel"_s))
            return tr("Campaign › Data model");
        if (path.startsWith(u"$.sampleData"_s))
            return tr("Campaign › Sample data");
        return tr("Campaign");
    }
    const QString name = webhook < document.webhooks.size() ? document.webhooks.at(webhook).name
                                                            : tr("Webhook %1").arg(webhook + 1);
    const QString rest = path.mid(path.indexOf(u']') + 1);
    for (const Place& place : kPlaces) {
        const QRegularExpressionMatch match = QRegularExpression(place.pattern).match(rest);
        if (!match.hasMatch())
            continue;
        const QString where = match.lastCapturedIndex() >= 1
            ? place.name.arg(match.captured(1).toInt() + 1)
            : place.name;
        return name + u" › "_s + where;
    }
    return name;
}
