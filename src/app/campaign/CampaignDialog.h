#pragma once

#include "model/CampaignDocument.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CampaignDialog;
}
class EnvironmentEditor;
class FieldListEditor;

// The campaign's name and description, its data model (the contact fields,
// agent outcomes, dynamic variables and post-call outcomes it declares, with
// types and sample values) and its environments. Applied as one undo step.
class CampaignDialog : public QDialog
{
    Q_OBJECT

public:
    // `campaignDirectory`: the campaign file's folder, where relative paths
    // start; empty when it was never saved.
    explicit CampaignDialog(const CampaignDocument& document, QWidget* parent = nullptr,
        const QString& campaignDirectory = {});
    ~CampaignDialog() override;

    // Opens on the tab of `source` (a declared source), or on General.
    void showSource(DataSource source);
    // Opens on the Environments tab, with `environment` selected.
    void showEnvironment(const QString& environment);
    // The document with this dialog's changes.
    CampaignDocument applyTo(CampaignDocument document) const;

private:
    std::unique_ptr<Ui::CampaignDialog> m_ui;
    QList<std::pair<DataSource, FieldListEditor*>> m_editors;
    EnvironmentEditor* m_environments;
};
