#pragma once

#include "model/CampaignDocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SampleDataDialog;
}
class SampleValueModel;

// Edits the sample values previews and test sends use, with a reset of the
// call log to the built-in sample call. Applied as one undo step.
class SampleDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SampleDataDialog(const CampaignDocument& document, QWidget* parent = nullptr);
    ~SampleDataDialog() override;

    const CampaignDocument& document() const;

private:
    std::unique_ptr<Ui::SampleDataDialog> m_ui;
    SampleValueModel* m_model;
};
