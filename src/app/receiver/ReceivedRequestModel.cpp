#include "receiver/ReceivedRequestModel.h"

#include "receiver/LocalReceiver.h"

#include <QColor>
#include <QLocale>

ReceivedRequestModel::ReceivedRequestModel(LocalReceiver* receiver, QObject* parent)
    : QAbstractTableModel(parent)
    , m_receiver(receiver)
    , m_requests(receiver->requests())
{
    connect(receiver, &LocalReceiver::requestReceived, this, &ReceivedRequestModel::append);
}

void ReceivedRequestModel::append(const ReceivedRequest& request)
{
    if (m_requests.size() >= LocalReceiver::kDefaultHistory) {
        beginRemoveRows({}, 0, 0);
        m_requests.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_requests.size()), int(m_requests.size()));
    m_requests.append(request);
    endInsertRows();
}

void ReceivedRequestModel::clear()
{
    beginResetModel();
    m_requests.clear();
    m_receiver->clear();
    endResetModel();
}

const ReceivedRequest* ReceivedRequestModel::request(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int ReceivedRequestModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int ReceivedRequestModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceivedRequestModel::data(const QModelIndex& index, int role) const
{
    const ReceivedRequest* request = this->request(index.row());
    if (!request)
        return {};
    if (role == Qt::ForegroundRole && index.column() == SignatureColumn) {
        if (request->signature == ReceivedRequest::Signature::NotChecked)
            return {};
        return request->signature == ReceivedRequest::Signature::Valid ? QColor(0x2e, 0x9d, 0x4f)
                                                                       : QColor(0xd6, 0x45, 0x41);
    }
    if (role == Qt::ToolTipRole && index.column() == SignatureColumn)
        return request->signatureText();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return request->sequence;
    case TimeColumn:
        return QLocale().toString(request->receivedAt.toLocalTime().time(), u"HH:mm:ss.zzz");
    case MethodColumn:
        return request->method;
    case PathColumn:
        return request->query.isEmpty() ? request->path
                                        : QString(request->path + u'?' + request->query);
    case SizeColumn:
        return QLocale().formattedDataSize(request->bodySize);
    case AnswerColumn:
        return request->answer;
    default:
        switch (request->signature) {
        case ReceivedRequest::Signature::Valid:
            return tr("valid");
        case ReceivedRequest::Signature::Invalid:
            return tr("INVALID");
        case ReceivedRequest::Signature::NotChecked:
            break;
        }
        return tr("—");
    }
}

QVariant ReceivedRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TimeColumn:
        return tr("Received");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case SizeColumn:
        return tr("Body");
    case AnswerColumn:
        return tr("Answered");
    default:
        return tr("Signature");
    }
}
