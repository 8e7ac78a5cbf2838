#include "SecretsDialog.h"

#include "ui_SecretsDialog.h"

#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

SecretsDialog::SecretsDialog(const QString& webhookName, const QStringList& names, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretsDialog>())
{
    m_ui->setupUi(this);
    m_ui->secretsIntroLabel->setText(tr(
        "\"%1\" uses %n secret(s) that have no value in this session or the environment:", nullptr,
        int(names.size()))
                                         .arg(webhookName));
    for (const QString& name : names) {
        auto* field = new QLineEdit(this);
        field->setObjectName(u"secretEdit_"_s + name);
        field->setEchoMode(QLineEdit::Password);
        field->setAccessibleName(tr("Value of %1").arg(name));
        field->setPlaceholderText(name.contains(u"SIGNING"_s) ? u"whsec_…"_s : QString());
        m_ui->secretsFormLayout->addRow(u"${"_s + name + u"}:"_s, field);
        m_fields.insert(name, field);
    }
    m_ui->secretsButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
}

SecretsDialog::~SecretsDialog() = default;

QHash<QString, QString> SecretsDialog::values() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!it.value()->text().isEmpty())
            values.insert(it.key(), it.value()->text());
    }
    return values;
}
