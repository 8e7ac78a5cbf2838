#include "delivery/HeaderListModel.h"

#include "delivery/SentRequest.h"

HeaderListModel::HeaderListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void HeaderListModel::setHeaders(const QList<Header>& headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void HeaderListModel::setSecretsRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    if (!m_headers.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

int HeaderListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeaderListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_headers.size())
        return {};
    const Header& header = m_headers.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() == NameColumn)
            return header.name;
        return header.secret && !m_revealed ? SentRequest::mask() : header.value;
    }
    if (role == Qt::ToolTipRole && header.secret)
        return tr("A secret value: masked unless \"Reveal secrets\" is on.");
    return {};
}

QVariant HeaderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Header") : tr("Value");
}
