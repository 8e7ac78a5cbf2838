#include "secrets/SecretsDialog.h"

#include "ui_SecretsDialog.h"

#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

SecretsDialog::SecretsDialog(Purpose purpose, const QString& webhookName, const QStringList& names,
    const QString& keychainProblem, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SecretsDialog>())
{
    m_ui->setupUi(this);
    if (purpose == Purpose::Send) {
        m_ui->secretsIntroLabel->setText(
            tr("\"%1\" uses %n secret(s) that have no value in this session or the environment:",
                nullptr, int(names.size()))
                .arg(webhookName));
    } else {
        setWindowTitle(tr("Signing Secret for the Export"));
        m_ui->secretsIntroLabel->setText(
            tr("\"%1\" signs its requests. The curl commands carry a signature made with this "
               "secret, never the secret itself:")
                .arg(webhookName));
    }
    for (const QString& name : names) {
        auto* field = new QLineEdit(this);
        field->setObjectName(u"secretEdit_"_s + name);
        field->setEchoMode(QLineEdit::Password);
        field->setAccessibleName(tr("Value of %1").arg(name));
        field->setPlaceholderText(name.contains(u"SIGNING"_s) ? u"whsec_…"_s : QString());
        m_ui->secretsFormLayout->addRow(u"${"_s + name + u"}:"_s, field);
        m_fields.insert(name, field);
    }
    const QString kept = keychainProblem.isEmpty()
        ? tr("Values are stored in the system keychain under their names, for every campaign "
             "that uses them.")
        : tr("No system keychain is available (%1): values are kept in memory until you quit.")
              .arg(keychainProblem);
    m_ui->secretsHintLabel->setText(kept + u' '
        + tr("They are never written to the campaign file, an export or the history. A secret "
             "left empty is sent as its ${NAME} reference; signing needs its secret."));
    m_ui->secretsButtonBox->button(QDialogButtonBox::Ok)
        ->setText(purpose == Purpose::Send ? tr("&Send") : tr("&Export"));
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
