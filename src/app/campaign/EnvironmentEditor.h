#pragma once

#include "model/Environment.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EnvironmentEditor;
}
class EnvironmentVariableModel;
class QLineEdit;

// The campaign's environments in the campaign dialog: a list to add,
// duplicate, rename (double-click) and remove them, and the variables of the
// selected one.
class EnvironmentEditor : public QWidget
{
    Q_OBJECT

public:
    // `campaignDirectory`: where relative TLS file paths start (empty for a
    // campaign not saved yet: paths stay absolute).
    EnvironmentEditor(const QList<Environment>& environments, const QString& campaignDirectory,
        QWidget* parent = nullptr);
    ~EnvironmentEditor() override;

    QList<Environment> environments() const;
    void selectEnvironment(const QString& name);

private:
    void showEnvironment(int row);
    // Adds an environment after the others, with these variables and files.
    void addEnvironment(
        const QString& baseName, const QList<EnvironmentVariable>& variables, const TlsFiles& tls);
    void removeEnvironment();
    void rename(int row, const QString& wanted);
    void updateButtons();
    // The shown environment as its fields have it now.
    Environment shownEnvironment() const;
    void showTls(const TlsFiles& tls);
    // A file chooser for `field`, which gets the path relative to the
    // campaign's folder when it is inside it.
    void browse(QLineEdit* field, const QString& filter);

    std::unique_ptr<Ui::EnvironmentEditor> m_ui;
    EnvironmentVariableModel* m_model;
    // The environments, except that the shown one's variables live in the
    // model until another is shown.
    QList<Environment> m_environments;
    int m_shown = -1;
    QString m_campaignDirectory;
};
