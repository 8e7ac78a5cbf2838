#pragma once

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class SecretsDialog;
}
class QLineEdit;

// Asks for the values of the ${NAME} secrets a send (or an export) needs and
// the session does not have yet (nor the environment). One masked field per
// secret.
class SecretsDialog : public QDialog
{
    Q_OBJECT

public:
    // What the values are for: a send needs them all; a curl export only
    // the signing secret, to sign with (the commands carry the signature).
    enum class Purpose { Send, Export };

    // `keychainProblem`: why there is no system keychain to keep the values
    // in (empty when there is one).
    SecretsDialog(Purpose purpose, const QString& webhookName, const QStringList& names,
        const QString& keychainProblem, QWidget* parent = nullptr);
    ~SecretsDialog() override;

    // The values entered, by name; empty fields are left out.
    QHash<QString, QString> values() const;

private:
    std::unique_ptr<Ui::SecretsDialog> m_ui;
    QHash<QString, QLineEdit*> m_fields;
};
