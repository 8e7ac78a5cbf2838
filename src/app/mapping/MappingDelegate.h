#pragma once

#include <QStyledItemDelegate>

class CampaignSession;

// Editors of the mapping table: a combo box of the seven sources, and for the
// field a combo box of that source's fields (a line edit for a literal).
class MappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    MappingDelegate(CampaignSession* session, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
        const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(
        QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    CampaignSession* m_session;
};
