#include "mapping/MappingDelegate.h"

#include "catalog/DataSourceCatalog.h"
#include "document/CampaignSession.h"
#include "mapping/MappingTableModel.h"

#include <QComboBox>

MappingDelegate::MappingDelegate(CampaignSession* session, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_session(session)
{ }

QWidget* MappingDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString sourceName = index.data(MappingTableModel::SourceNameRole).toString();
    const std::optional<DataSource> source = dataSourceFromName(sourceName);
    if (index.column() == MappingTableModel::SourceColumn) {
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Source"));
        for (const SourceInfo& info : DataSourceCatalog::sources())
            combo->addItem(info.title, dataSourceName(info.source));
        return combo;
    }
    if (index.column() == MappingTableModel::FieldColumn && source
        && *source != DataSource::DefaultValue) {
        auto* combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Field"));
        for (const CatalogField& field : DataSourceCatalog::fixedFields(*source))
            combo->addItem(field.name);
        for (const FieldDefinition& field : m_session->document().fields(*source))
            combo->addItem(field.name);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void MappingDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QString value = index.data(Qt::EditRole).toString();
        const int found = combo->findData(value);
        combo->setCurrentIndex(found >= 0 ? found : combo->findText(value));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MappingDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QVariant data = combo->currentData();
        model->setData(
            index, data.isValid() ? data.toString() : combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
