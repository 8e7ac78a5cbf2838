#include "editor/HeaderValueDelegate.h"

#include "editor/HeaderTableModel.h"

#include <QCompleter>
#include <QLineEdit>

QWidget* HeaderValueDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    auto* lineEdit = qobject_cast<QLineEdit*>(editor);
    if (lineEdit && index.column() == HeaderTableModel::NameColumn) {
        auto* completer = new QCompleter(HeaderTableModel::commonHeaderNames(), lineEdit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setCompletionMode(QCompleter::InlineCompletion);
        lineEdit->setCompleter(completer);
        lineEdit->setAccessibleName(tr("Header name"));
    } else if (lineEdit) {
        lineEdit->setAccessibleName(tr("Header value"));
    }
    return editor;
}
