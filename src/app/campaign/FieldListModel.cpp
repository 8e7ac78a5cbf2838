#include "campaign/FieldListModel.h"

#include "model/UniqueName.h"
#include "templating/ValueEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

FieldListModel::FieldListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void FieldListModel::setFields(const QList<FieldDefinition>& fields)
{
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

int FieldListModel::addField()
{
    const QString name = uniqueName(u"new_field"_s, [this](const QString& candidate) {
        return std::any_of(m_fields.cbegin(), m_fields.cend(),
            [&](const FieldDefinition& field) { return field.name == candidate; });
    });
    const int row = int(m_fields.size());
    beginInsertRows({}, row, row);
    m_fields.append({ name, FieldType::String, QString(), QString() });
    endInsertRows();
    return row;
}

void FieldListModel::removeField(int row)
{
    if (row < 0 || row >= m_fields.size())
        return;
    beginRemoveRows({}, row, row);
    m_fields.removeAt(row);
    endRemoveRows();
}

QJsonValue FieldListModel::sampleFromText(const QString& text, FieldType type)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case FieldType::Number: {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(text);
    }
    case FieldType::Boolean:
        if (text.trimmed() == u"true"_s)
            return true;
        if (text.trimmed() == u"false"_s)
            return false;
        return text;
    case FieldType::Object: {
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
        if (document.isObject())
            return document.object();
        if (document.isArray())
            return document.array();
        return text;
    }
    case FieldType::String:
    case FieldType::DateTime:
        break;
    }
    return text;
}

QString FieldListModel::sampleToText(const QJsonValue& value)
{
    return ValueEncoder::text(value);
}

int FieldListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FieldListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const FieldDefinition& field = m_fields.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return field.name;
    case TypeColumn:
        return fieldTypeName(field.type);
    case SampleColumn:
        return sampleToText(field.sample);
    case DescriptionColumn:
        return field.description;
    default:
        return {};
    }
}

bool FieldListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    FieldDefinition& field = m_fields[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        field.name = text.trimmed();
        break;
    case TypeColumn: {
        const std::optional<FieldType> type = fieldTypeFromName(text);
        if (!type)
            return false;
        field.type = *type;
        // Re-read the sample as the new type wants it.
        field.sample = sampleFromText(sampleToText(field.sample), field.type);
        emit dataChanged(index.siblingAtColumn(SampleColumn), index.siblingAtColumn(SampleColumn));
        break;
    }
    case SampleColumn:
        field.sample = sampleFromText(text, field.type);
        break;
    case DescriptionColumn:
        field.description = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

QVariant FieldListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SampleColumn:
        return tr("Sample value");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

Qt::ItemFlags FieldListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}
