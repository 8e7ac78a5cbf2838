#include "campaign/CampaignController.h"

#include "campaign/CampaignDialog.h"
#include "campaign/EventSampleDialog.h"
#include "campaign/SampleDataDialog.h"
#include "document/CampaignSession.h"
#include "io/SecretExtractor.h"

#include <QAction>
#include <QFileInfo>

using namespace Qt::StringLiterals;

CampaignController::CampaignController(
    CampaignSession* session, QAction* editCampaign, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_sampleDataAction(new QAction(tr("&Sample Data…"), window))
    , m_environmentsAction(new QAction(tr("&Environments…"), window))
{
    connect(editCampaign, &QAction::triggered, this, [this] { this->editCampaign(); });
    m_sampleDataAction->setObjectName(u"sampleDataAction"_s);
    m_sampleDataAction->setToolTip(tr("The values previews and test sends use"));
    connect(m_sampleDataAction, &QAction::triggered, this, &CampaignController::editSampleData);
    m_environmentsAction->setObjectName(u"environmentsAction"_s);
    m_environmentsAction->setShortcut(QKeySequence(u"Ctrl+Alt+E"_s));
    m_environmentsAction->setToolTip(
        tr("The environments (Local, Staging, Production) and their variables"));
    connect(m_environmentsAction, &QAction::triggered, this, &CampaignController::editEnvironments);
}

void CampaignController::editCampaign(DataSource source)
{
    runDialog([source](CampaignDialog& dialog) {
        if (source != DataSource::DefaultValue)
            dialog.showSource(source);
    });
}

void CampaignController::editEnvironments()
{
    runDialog(
        [this](CampaignDialog& dialog) { dialog.showEnvironment(m_session->activeEnvironment()); });
}

QString CampaignController::documentDirectory() const
{
    return m_session->filePath().isEmpty() ? QString()
                                           : QFileInfo(m_session->filePath()).absolutePath();
}

void CampaignController::runDialog(const std::function<void(CampaignDialog&)>& open)
{
    CampaignDialog dialog(m_session->document(), m_window, documentDirectory());
    dialog.setObjectName(u"campaignDialog"_s);
    open(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CampaignDocument changed = dialog.applyTo(m_session->document());
    keepEnvironmentSecrets(changed);
    m_session->edit(tr("Edit Campaign"), [&](CampaignDocument& document) { document = changed; });
}

void CampaignController::keepEnvironmentSecrets(CampaignDocument& document)
{
    for (const SecretExtractor::Secret& secret : SecretExtractor::extractEnvironments(document))
        m_session->keepSecret(secret.name, secret.value);
}

void CampaignController::editSampleData()
{
    SampleDataDialog dialog(m_session->document(), m_previewEvent, documentDirectory(), m_window);
    dialog.setObjectName(u"sampleDataDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const CampaignDocument changed = dialog.document();
    m_session->edit(tr("Edit Sample Data"), [&](CampaignDocument& document) {
        document.sampleData = changed.sampleData;
        document.dataModel = changed.dataModel;
    });
}

void CampaignController::useAsSample(const QByteArray& body, const QString& origin)
{
    EventSampleDialog dialog(m_previewEvent, origin, QString::fromUtf8(body),
        EventSampleDialog::EventChoice::FromBody, m_window);
    dialog.setObjectName(u"eventSampleDialog"_s);
    if (dialog.exec() != QDialog::Accepted || !dialog.sample())
        return;
    const EventSample sample = *dialog.sample();
    m_session->edit(tr("Use Own Sample of %1").arg(sample.event),
        [&sample](CampaignDocument& document) { document.sampleData.setEvent(sample); });
}
