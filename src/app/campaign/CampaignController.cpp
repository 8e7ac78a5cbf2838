#include "campaign/CampaignController.h"

#include "campaign/CampaignDialog.h"
#include "campaign/SampleDataDialog.h"
#include "document/CampaignSession.h"

#include <QAction>

using namespace Qt::StringLiterals;

CampaignController::CampaignController(
    CampaignSession* session, QAction* editCampaign, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_sampleDataAction(new QAction(tr("&Sample Data…"), window))
{
    connect(editCampaign, &QAction::triggered, this, [this] { this->editCampaign(); });
    m_sampleDataAction->setObjectName(u"sampleDataAction"_s);
    m_sampleDataAction->setToolTip(tr("The values previews and test sends use"));
    connect(m_sampleDataAction, &QAction::triggered, this, &CampaignController::editSampleData);
}

void CampaignController::editCampaign(DataSource source)
{
    CampaignDialog dialog(m_session->document(), m_window);
    dialog.setObjectName(u"campaignDialog"_s);
    if (source != DataSource::DefaultValue)
        dialog.showSource(source);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CampaignDocument changed = dialog.applyTo(m_session->document());
    m_session->edit(tr("Edit Campaign"), [&](CampaignDocument& document) { document = changed; });
}

void CampaignController::editSampleData()
{
    SampleDataDialog dialog(m_session->document(), m_window);
    dialog.setObjectName(u"sampleDataDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CampaignDocument changed = dialog.document();
    m_session->edit(tr("Edit Sample Data"), [&](CampaignDocument& document) {
        document.sampleData = changed.sampleData;
        document.dataModel = changed.dataModel;
    });
}
