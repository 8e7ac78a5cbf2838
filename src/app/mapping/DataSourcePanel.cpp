#include "mapping/DataSourcePanel.h"

#include "mapping/DataSourceModel.h"
#include "ui_DataSourcePanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>

DataSourcePanel::DataSourcePanel(CampaignSession* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DataSourcePanel>())
    , m_model(new DataSourceModel(session, this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    // Matches names, titles and descriptions ("E.164" finds the numbers).
    m_filter->setFilterKeyColumn(DataSourceModel::NameColumn);
    m_filter->setFilterRole(DataSourceModel::SearchTextRole);
    m_ui->dataSourceTreeView->setModel(m_filter);
    m_ui->dataSourceTreeView->header()->setSectionResizeMode(
        DataSourceModel::NameColumn, QHeaderView::ResizeToContents);
    m_ui->dataSourceTreeView->expandAll();
    connect(
        m_model, &QAbstractItemModel::modelReset, m_ui->dataSourceTreeView, &QTreeView::expandAll);
    connect(m_ui->fieldFilterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        m_ui->dataSourceTreeView->expandAll();
    });
    connect(
        m_ui->dataSourceTreeView, &QTreeView::activated, this, [this](const QModelIndex& index) {
            const QModelIndex source = m_filter->mapToSource(index);
            if (m_model->isField(source))
                emit fieldActivated(m_model->reference(source));
        });
    // Enter in the filter moves to the first match, as in a search box.
    connect(m_ui->fieldFilterLineEdit, &QLineEdit::returnPressed, this, [this] {
        m_ui->dataSourceTreeView->setFocus();
        const QModelIndex first = m_filter->index(0, 0, m_filter->index(0, 0));
        if (first.isValid())
            m_ui->dataSourceTreeView->setCurrentIndex(first);
    });
}

DataSourcePanel::~DataSourcePanel() = default;

void DataSourcePanel::setWebhookIndex(int index)
{
    m_model->setWebhookIndex(index);
}

std::optional<FieldReference> DataSourcePanel::currentField() const
{
    const QModelIndex source = m_filter->mapToSource(m_ui->dataSourceTreeView->currentIndex());
    if (!m_model->isField(source))
        return std::nullopt;
    return m_model->reference(source);
}

void DataSourcePanel::focusFilter()
{
    m_ui->fieldFilterLineEdit->setFocus();
    m_ui->fieldFilterLineEdit->selectAll();
}
