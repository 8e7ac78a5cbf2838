#include "campaign/EnvironmentVariableModel.h"

#include "model/SecretReference.h"
#include "model/UniqueName.h"

using namespace Qt::StringLiterals;

namespace {
const QString kMask = u"••••••••"_s;
}

EnvironmentVariableModel::EnvironmentVariableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EnvironmentVariableModel::setVariables(const QList<EnvironmentVariable>& variables)
{
    beginResetModel();
    m_variables = variables;
    endResetModel();
}

int EnvironmentVariableModel::addVariable()
{
    const QString name = uniqueName(u"new_variable"_s, [this](const QString& candidate) {
        return std::any_of(m_variables.cbegin(), m_variables.cend(),
            [&](const EnvironmentVariable& variable) { return variable.name == candidate; });
    });
    const int row = int(m_variables.size());
    beginInsertRows({}, row, row);
    m_variables.append({ name, QString(), false, QString() });
    endInsertRows();
    return row;
}

void EnvironmentVariableModel::removeVariable(int row)
{
    if (row < 0 || row >= m_variables.size())
        return;
    beginRemoveRows({}, row, row);
    m_variables.removeAt(row);
    endRemoveRows();
}

int EnvironmentVariableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_variables.size());
}

int EnvironmentVariableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentVariableModel::valueData(const EnvironmentVariable& variable, int role) const
{
    if (!variable.secret)
        return role == Qt::DisplayRole || role == Qt::EditRole ? variable.value : QVariant();
    const bool stored = SecretReference::isReference(variable.value);
    switch (role) {
    case Qt::DisplayRole:
        return variable.value.isEmpty() ? QString() : kMask;
    case Qt::EditRole:
        return QString(); // typing replaces the secret; it is never shown
    case Qt::ToolTipRole:
        return stored
            ? tr("Kept in the system keychain as %1; type to replace it.").arg(variable.value)
            : tr("Goes to the system keychain when you press OK; the file keeps a reference.");
    default:
        return {};
    }
}

QVariant EnvironmentVariableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EnvironmentVariable& variable = m_variables.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? variable.name : QVariant();
    case ValueColumn:
        return valueData(variable, role);
    case SecretColumn:
        if (role == Qt::CheckStateRole)
            return variable.secret ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("A secret is kept in the keychain, per environment, and masked everywhere.");
        return {};
    case DescriptionColumn:
        return role == Qt::DisplayRole || role == Qt::EditRole ? variable.description : QVariant();
    default:
        return {};
    }
}

bool EnvironmentVariableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    EnvironmentVariable& variable = m_variables[index.row()];
    if (index.column() == SecretColumn && role == Qt::CheckStateRole) {
        const bool secret = value.value<Qt::CheckState>() == Qt::Checked;
        // A value stops being a secret only by being typed again: a stored
        // reference would otherwise be sent as literal text.
        if (!secret && SecretReference::isReference(variable.value))
            variable.value.clear();
        variable.secret = secret;
        emit dataChanged(index.siblingAtColumn(ValueColumn), index);
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        variable.name = text.trimmed();
        break;
    case ValueColumn:
        if (variable.secret && text.isEmpty())
            return false; // an empty edit keeps the stored secret
        variable.value = text;
        break;
    case DescriptionColumn:
        variable.description = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

QVariant EnvironmentVariableModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Value");
    case SecretColumn:
        return tr("Secret");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags EnvironmentVariableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == SecretColumn)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}
