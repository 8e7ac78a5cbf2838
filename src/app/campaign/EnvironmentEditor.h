#pragma once

#include "model/Environment.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EnvironmentEditor;
}
class EnvironmentVariableModel;

// The campaign's environments in the campaign dialog: a list to add,
// duplicate, rename (double-click) and remove them, and the variables of the
// selected one.
class EnvironmentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentEditor(const QList<Environment>& environments, QWidget* parent = nullptr);
    ~EnvironmentEditor() override;

    QList<Environment> environments() const;
    void selectEnvironment(const QString& name);

private:
    void showEnvironment(int row);
    // Adds an environment after the others; `variables` are its variables.
    void addEnvironment(const QString& baseName, const QList<EnvironmentVariable>& variables);
    void removeEnvironment();
    void rename(int row, const QString& wanted);
    void updateButtons();

    std::unique_ptr<Ui::EnvironmentEditor> m_ui;
    EnvironmentVariableModel* m_model;
    // The environments, except that the shown one's variables live in the
    // model until another is shown.
    QList<Environment> m_environments;
    int m_shown = -1;
};
