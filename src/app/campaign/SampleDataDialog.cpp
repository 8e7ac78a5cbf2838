#include "campaign/SampleDataDialog.h"

#include "campaign/SampleValueModel.h"
#include "ui_SampleDataDialog.h"

#include <QHeaderView>

SampleDataDialog::SampleDataDialog(const CampaignDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SampleDataDialog>())
    , m_model(new SampleValueModel(document, this))
{
    m_ui->setupUi(this);
    m_ui->sampleValuesTableView->setModel(m_model);
    QHeaderView* header = m_ui->sampleValuesTableView->horizontalHeader();
    header->resizeSection(SampleValueModel::SourceColumn, 150);
    header->resizeSection(SampleValueModel::FieldColumn, 170);
    header->resizeSection(SampleValueModel::TypeColumn, 80);
    connect(m_ui->resetSampleDataButton, &QPushButton::clicked, m_model,
        &SampleValueModel::resetCallLog);
}

SampleDataDialog::~SampleDataDialog() = default;

const CampaignDocument& SampleDataDialog::document() const
{
    return m_model->document();
}
