#include "campaign/FieldTypeDelegate.h"

#include "model/FieldType.h"

#include <QComboBox>

QWidget* FieldTypeDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->addItems(fieldTypeNames());
    combo->setAccessibleName(tr("Field type"));
    return combo;
}

void FieldTypeDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    static_cast<QComboBox*>(editor)->setCurrentText(index.data(Qt::EditRole).toString());
}

void FieldTypeDelegate::setModelData(
    QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentText(), Qt::EditRole);
}
