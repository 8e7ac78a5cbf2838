#include "campaign/SampleValueModel.h"

#include "campaign/FieldListModel.h"
#include "catalog/DataSourceCatalog.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

SampleValueModel::SampleValueModel(const CampaignDocument& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const CatalogField& field : DataSourceCatalog::callLogFields())
        m_rows.append({ DataSource::CallLogField, field.name, field.type });
    for (DataSource source : { DataSource::ContactField, DataSource::AgentOutcomeField,
             DataSource::DynamicVariable, DataSource::PostCallOutcome }) {
        for (const FieldDefinition& field : m_document.dataModel.fields(source))
            m_rows.append({ source, field.name, field.type });
    }
}

QJsonValue SampleValueModel::value(const Row& row, bool* overridden) const
{
    if (row.source == DataSource::CallLogField) {
        const bool own = m_document.sampleData.callLog.contains(row.field);
        if (overridden)
            *overridden = own;
        return own ? m_document.sampleData.callLog.value(row.field)
                   : DataSourceCatalog::findFixedField(row.source, row.field)->sample;
    }
    if (overridden)
        *overridden = true;
    const FieldDefinition* field = m_document.dataModel.findField(row.source, row.field);
    return field ? field->sample : QJsonValue();
}

void SampleValueModel::resetCallLog()
{
    m_document.sampleData.callLog = QJsonObject();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ValueColumn), index(int(m_rows.size()) - 1, ValueColumn));
}

int SampleValueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SampleValueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SampleValueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    bool overridden = false;
    const QJsonValue sample = value(row, &overridden);
    switch (index.column()) {
    case SourceColumn:
        return role == Qt::DisplayRole ? DataSourceCatalog::source(row.source).title : QVariant();
    case FieldColumn:
        return role == Qt::DisplayRole ? row.field : QVariant();
    case TypeColumn:
        return role == Qt::DisplayRole ? fieldTypeName(row.type) : QVariant();
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return FieldListModel::sampleToText(sample);
        if (role == Qt::ForegroundRole && !overridden)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (role == Qt::ToolTipRole && !overridden)
            return tr("The built-in sample; edit to replace it for this campaign.");
        return {};
    default:
        return {};
    }
}

bool SampleValueModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Row& row = m_rows.at(index.row());
    const QJsonValue sample = FieldListModel::sampleFromText(value.toString(), row.type);
    if (row.source == DataSource::CallLogField) {
        m_document.sampleData.callLog.insert(row.field, sample);
    } else {
        QList<FieldDefinition>* fields = m_document.dataModel.mutableFields(row.source);
        for (FieldDefinition& field : *fields) {
            if (field.name == row.field)
                field.sample = sample;
        }
    }
    emit dataChanged(index, index);
    return true;
}

QVariant SampleValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case FieldColumn:
        return tr("Field");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Sample value");
    default:
        return {};
    }
}

Qt::ItemFlags SampleValueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == ValueColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}
