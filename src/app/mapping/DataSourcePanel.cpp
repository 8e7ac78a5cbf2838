#include "mapping/DataSourcePanel.h"

#include "mapping/DataSourceModel.h"
#include "ui_DataSourcePanel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QSortFilterProxyModel>
#include <QStyle>

#include <algorithm>

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
    m_ui->dataSourceTreeView->expandAll();
    fitNameColumn();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->dataSourceTreeView->expandAll();
        fitNameColumn();
    });
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

void DataSourcePanel::fitNameColumn()
{
    QTreeView* tree = m_ui->dataSourceTreeView;
    QFont bold = tree->font();
    bold.setBold(true); // the sources' titles
    const QFontMetrics titles(bold);
    const QFontMetrics names(tree->font());
    int widest = 0;
    for (int source = 0; source < m_model->rowCount(); ++source) {
        const QModelIndex parent = m_model->index(source, DataSourceModel::NameColumn);
        widest = std::max(widest, titles.horizontalAdvance(parent.data().toString()));
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QString name = m_model->index(row, 0, parent).data().toString();
            widest = std::max(widest, tree->indentation() + names.horizontalAdvance(name));
        }
    }
    // The branch indicator's indentation and the item's own margins.
    const int margins = tree->indentation()
        + 2 * (tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1);
    tree->header()->resizeSection(DataSourceModel::NameColumn, widest + margins);
}

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
