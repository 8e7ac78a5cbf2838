#include "campaign/CampaignDialog.h"

#include "campaign/EnvironmentEditor.h"
#include "campaign/FieldListEditor.h"
#include "catalog/DataSourceCatalog.h"
#include "ui_CampaignDialog.h"

CampaignDialog::CampaignDialog(
    const CampaignDocument& document, QWidget* parent, const QString& campaignDirectory)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CampaignDialog>())
{
    m_ui->setupUi(this);
    m_ui->campaignNameLineEdit->setText(document.name);
    m_ui->descriptionTextEdit->setPlainText(document.description);
    const std::pair<DataSource, QString> pages[] = {
        { DataSource::ContactField, tr("&Contact Fields") },
        { DataSource::AgentOutcomeField, tr("&Agent Outcomes") },
        { DataSource::DynamicVariable, tr("D&ynamic Variables") },
        { DataSource::PostCallOutcome, tr("&Post-Call Outcomes") },
    };
    for (const auto& [source, title] : pages) {
        auto* editor = new FieldListEditor(
            DataSourceCatalog::source(source).description, document.dataModel.fields(source), this);
        editor->setObjectName(dataSourceName(source) + QStringLiteral("Editor"));
        m_ui->campaignTabWidget->addTab(editor, title);
        m_editors.append({ source, editor });
    }
    m_environments = new EnvironmentEditor(document.environments, campaignDirectory, this);
    m_environments->setObjectName(QStringLiteral("environmentEditor"));
    m_ui->campaignTabWidget->addTab(m_environments, tr("&Environments"));
}

CampaignDialog::~CampaignDialog() = default;

void CampaignDialog::showSource(DataSource source)
{
    for (const auto& [editorSource, editor] : m_editors) {
        if (editorSource == source)
            m_ui->campaignTabWidget->setCurrentWidget(editor);
    }
}

void CampaignDialog::showEnvironment(const QString& environment)
{
    m_ui->campaignTabWidget->setCurrentWidget(m_environments);
    m_environments->selectEnvironment(environment);
}

CampaignDocument CampaignDialog::applyTo(CampaignDocument document) const
{
    document.name = m_ui->campaignNameLineEdit->text().trimmed();
    document.description = m_ui->descriptionTextEdit->toPlainText();
    for (const auto& [source, editor] : m_editors)
        *document.dataModel.mutableFields(source) = editor->fields();
    document.environments = m_environments->environments();
    return document;
}
