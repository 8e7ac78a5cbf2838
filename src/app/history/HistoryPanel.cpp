#include "history/HistoryPanel.h"

#include "history/DeliveryHistory.h"
#include "history/HistoryModel.h"
#include "ui_HistoryPanel.h"

#include <QHeaderView>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
// Keeps a filter's choice while its list of choices is refilled.
void refill(QComboBox* combo, const QString& anyText, const QStringList& values)
{
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(anyText, QString());
    for (const QString& value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}
} // namespace

HistoryPanel::HistoryPanel(DeliveryHistory* history, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPanel>())
    , m_history(history)
    , m_model(new HistoryModel(this))
{
    m_ui->setupUi(this);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->header()->setSectionResizeMode(
        HistoryModel::OutcomeColumn, QHeaderView::Stretch);
    m_ui->historyView->header()->setStretchLastSection(false);
    m_ui->outcomeFilterComboBox->addItem(tr("Any verdict"), -1);
    m_ui->outcomeFilterComboBox->addItem(tr("Delivered"), int(HistoryOutcome::Delivered));
    m_ui->outcomeFilterComboBox->addItem(tr("Failed"), int(HistoryOutcome::Failed));
    m_ui->outcomeFilterComboBox->addItem(tr("Cancelled"), int(HistoryOutcome::Cancelled));

    for (QComboBox* filter :
        { m_ui->webhookFilterComboBox, m_ui->eventFilterComboBox, m_ui->outcomeFilterComboBox }) {
        connect(filter, &QComboBox::currentIndexChanged, this, &HistoryPanel::refresh);
    }
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &HistoryPanel::onCurrentChanged);
    connect(m_ui->refreshHistoryButton, &QToolButton::clicked, this, [this] {
        refillFilters();
        refresh();
    });
    connect(m_ui->clearHistoryButton, &QToolButton::clicked, this, &HistoryPanel::clearHistory);
    connect(m_ui->historyRedeliverButton, &QPushButton::clicked, this, [this] {
        if (selectedId() > 0)
            emit redeliverRequested(selectedId());
    });
    connect(history, &DeliveryHistory::added, this, [this](qint64 id) {
        refillFilters();
        refresh();
        select(id);
    });
    connect(history, &DeliveryHistory::cleared, this, &HistoryPanel::refresh);
    refillFilters();
    refresh();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void HistoryPanel::reload()
{
    refillFilters();
    refresh();
}

void HistoryPanel::refillFilters()
{
    refill(m_ui->webhookFilterComboBox, tr("Any webhook"), m_history->webhookNames());
    refill(m_ui->eventFilterComboBox, tr("Any event"), m_history->events());
}

void HistoryPanel::refresh()
{
    const qint64 selected = selectedId();
    HistoryFilter filter;
    filter.webhookName = m_ui->webhookFilterComboBox->currentData().toString();
    filter.event = m_ui->eventFilterComboBox->currentData().toString();
    const int outcome = m_ui->outcomeFilterComboBox->currentData().toInt();
    if (outcome >= 0)
        filter.outcome = HistoryOutcome(outcome);
    {
        const QSignalBlocker blocker(m_ui->historyView->selectionModel());
        m_model->setEntries(m_history->list(filter));
        const int row = m_model->rowOf(selected);
        if (row >= 0)
            m_ui->historyView->setCurrentIndex(m_model->index(row, 0));
    }
    for (int column = 0; column < HistoryModel::OutcomeColumn; ++column)
        m_ui->historyView->resizeColumnToContents(column);

    if (!m_history->isOpen()) {
        m_ui->historyStatusLabel->setText(
            tr("The history is not available, so deliveries are not kept: %1.")
                .arg(m_history->errorString()));
    } else {
        m_ui->historyStatusLabel->setText(tr(
            "%n delivery(s) shown; the history keeps the newest %1.", nullptr, m_model->rowCount())
                                              .arg(m_history->retention()));
    }
    m_ui->historyRedeliverButton->setEnabled(selectedId() > 0);
    m_ui->clearHistoryButton->setEnabled(m_history->isOpen());
}

void HistoryPanel::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_ui->historyView->selectionModel());
        m_ui->historyView->setCurrentIndex(m_model->index(row, 0));
    }
    m_ui->historyRedeliverButton->setEnabled(selectedId() > 0);
}

qint64 HistoryPanel::selectedId() const
{
    const HistorySummary* summary = m_model->entry(m_ui->historyView->currentIndex().row());
    return summary ? summary->id : 0;
}

void HistoryPanel::onCurrentChanged()
{
    m_ui->historyRedeliverButton->setEnabled(selectedId() > 0);
    if (selectedId() > 0)
        emit entrySelected(selectedId());
}

void HistoryPanel::clearHistory()
{
    const auto answer = QMessageBox::question(this, tr("Clear History"),
        tr("Delete all %n delivery(s) from the history? This cannot be undone.", nullptr,
            m_history->count()));
    if (answer == QMessageBox::Yes)
        m_history->clear();
}
