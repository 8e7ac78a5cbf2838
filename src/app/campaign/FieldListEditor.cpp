#include "campaign/FieldListEditor.h"

#include "campaign/FieldListModel.h"
#include "campaign/FieldTypeDelegate.h"
#include "ui_FieldListEditor.h"

#include <QHeaderView>

FieldListEditor::FieldListEditor(
    const QString& hint, const QList<FieldDefinition>& fields, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FieldListEditor>())
    , m_model(new FieldListModel(this))
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setText(hint);
    m_model->setFields(fields);
    m_ui->fieldsTableView->setModel(m_model);
    m_ui->fieldsTableView->setItemDelegateForColumn(
        FieldListModel::TypeColumn, new FieldTypeDelegate(this));
    QHeaderView* header = m_ui->fieldsTableView->horizontalHeader();
    header->resizeSection(FieldListModel::NameColumn, 170);
    header->resizeSection(FieldListModel::TypeColumn, 90);
    header->resizeSection(FieldListModel::SampleColumn, 230);

    connect(m_ui->addFieldButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->addField();
        const QModelIndex name = m_model->index(row, FieldListModel::NameColumn);
        m_ui->fieldsTableView->setCurrentIndex(name);
        m_ui->fieldsTableView->edit(name);
    });
    connect(m_ui->removeFieldButton, &QPushButton::clicked, this,
        [this] { m_model->removeField(m_ui->fieldsTableView->currentIndex().row()); });
}

FieldListEditor::~FieldListEditor() = default;

QList<FieldDefinition> FieldListEditor::fields() const
{
    return m_model->fields();
}
