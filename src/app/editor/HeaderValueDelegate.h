#pragma once

#include <QStyledItemDelegate>

// Editors for the headers table: header names complete from the common ones;
// values are edited in full even when shown masked.
class HeaderValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
};
