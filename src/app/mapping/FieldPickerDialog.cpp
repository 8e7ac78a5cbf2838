#include "mapping/FieldPickerDialog.h"

#include "mapping/DataSourcePanel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

FieldPickerDialog::FieldPickerDialog(CampaignSession* session, int webhookIndex, QWidget* parent)
    : QDialog(parent)
    , m_panel(new DataSourcePanel(session, this))
{
    setObjectName(QStringLiteral("fieldPickerDialog"));
    setWindowTitle(tr("Insert Field"));
    resize(520, 560);
    m_panel->setWebhookIndex(webhookIndex);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(buttons);
    const auto choose = [this](const FieldReference& field) {
        m_chosen = field;
        accept();
    };
    connect(m_panel, &DataSourcePanel::fieldActivated, this, choose);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, choose] {
        if (const std::optional<FieldReference> field = m_panel->currentField())
            choose(*field);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_panel->focusFilter();
}
