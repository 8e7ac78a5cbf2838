#pragma once

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class SecretsDialog;
}
class QLineEdit;

// Asks for the values of the ${NAME} secrets a send needs and the session
// does not have yet (nor the environment). One masked field per secret.
class SecretsDialog : public QDialog
{
    Q_OBJECT

public:
    SecretsDialog(const QString& webhookName, const QStringList& names, QWidget* parent = nullptr);
    ~SecretsDialog() override;

    // The values entered, by name; empty fields are left out.
    QHash<QString, QString> values() const;

private:
    std::unique_ptr<Ui::SecretsDialog> m_ui;
    QHash<QString, QLineEdit*> m_fields;
};
