#include "campaign/EnvironmentEditor.h"

#include "campaign/EnvironmentVariableModel.h"
#include "model/UniqueName.h"
#include "ui_EnvironmentEditor.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

EnvironmentEditor::EnvironmentEditor(const QList<Environment>& environments, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EnvironmentEditor>())
    , m_model(new EnvironmentVariableModel(this))
    , m_environments(environments)
{
    m_ui->setupUi(this);
    m_ui->environmentSplitter->setSizes({ 180, 560 });
    m_ui->variablesTableView->setModel(m_model);
    QHeaderView* header = m_ui->variablesTableView->horizontalHeader();
    header->resizeSection(EnvironmentVariableModel::NameColumn, 150);
    header->resizeSection(EnvironmentVariableModel::ValueColumn, 300);
    header->resizeSection(EnvironmentVariableModel::SecretColumn, 60);
    for (const Environment& environment : m_environments) {
        auto* item = new QListWidgetItem(environment.name, m_ui->environmentListWidget);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }

    connect(m_ui->environmentListWidget, &QListWidget::currentRowChanged, this,
        &EnvironmentEditor::showEnvironment);
    connect(m_ui->environmentListWidget, &QListWidget::itemChanged, this,
        [this](QListWidgetItem* item) {
            rename(m_ui->environmentListWidget->row(item), item->text());
        });
    connect(m_ui->addEnvironmentButton, &QPushButton::clicked, this, [this] {
        // A new stage needs the same variables; its values are its own.
        QList<EnvironmentVariable> variables = m_model->variables();
        for (EnvironmentVariable& variable : variables)
            variable.value.clear();
        addEnvironment(tr("New Environment"), variables);
    });
    connect(m_ui->duplicateEnvironmentButton, &QPushButton::clicked, this, [this] {
        if (m_shown < 0)
            return;
        // Secrets are per environment: a copy starts without them.
        QList<EnvironmentVariable> variables = m_model->variables();
        for (EnvironmentVariable& variable : variables) {
            if (variable.secret)
                variable.value.clear();
        }
        addEnvironment(tr("%1 copy").arg(m_environments.at(m_shown).name), variables);
    });
    connect(m_ui->removeEnvironmentButton, &QPushButton::clicked, this,
        &EnvironmentEditor::removeEnvironment);
    connect(m_ui->addVariableButton, &QPushButton::clicked, this, [this] {
        const QModelIndex name
            = m_model->index(m_model->addVariable(), EnvironmentVariableModel::NameColumn);
        m_ui->variablesTableView->setCurrentIndex(name);
        m_ui->variablesTableView->edit(name);
    });
    connect(m_ui->removeVariableButton, &QPushButton::clicked, this,
        [this] { m_model->removeVariable(m_ui->variablesTableView->currentIndex().row()); });

    m_ui->environmentListWidget->setCurrentRow(m_environments.isEmpty() ? -1 : 0);
    updateButtons();
}

EnvironmentEditor::~EnvironmentEditor() = default;

QList<Environment> EnvironmentEditor::environments() const
{
    QList<Environment> result = m_environments;
    if (m_shown >= 0)
        result[m_shown].variables = m_model->variables();
    return result;
}

void EnvironmentEditor::selectEnvironment(const QString& name)
{
    for (int row = 0; row < m_environments.size(); ++row) {
        if (m_environments.at(row).name == name)
            m_ui->environmentListWidget->setCurrentRow(row);
    }
}

void EnvironmentEditor::showEnvironment(int row)
{
    if (m_shown >= 0 && m_shown < m_environments.size())
        m_environments[m_shown].variables = m_model->variables();
    m_shown = row;
    m_model->setVariables(
        row >= 0 ? m_environments.at(row).variables : QList<EnvironmentVariable>());
    updateButtons();
}

void EnvironmentEditor::addEnvironment(
    const QString& baseName, const QList<EnvironmentVariable>& variables)
{
    const QString name = uniqueName(
        baseName,
        [this](const QString& candidate) {
            return std::any_of(m_environments.cbegin(), m_environments.cend(),
                [&](const Environment& environment) { return environment.name == candidate; });
        },
        u" ");
    m_environments.append({ name, variables });
    auto* item = new QListWidgetItem(name, m_ui->environmentListWidget);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_ui->environmentListWidget->setCurrentItem(item);
    m_ui->environmentListWidget->editItem(item);
}

void EnvironmentEditor::removeEnvironment()
{
    const int row = m_ui->environmentListWidget->currentRow();
    if (row < 0)
        return;
    // Forget the shown one first, so its variables are not written back into
    // the environment that takes its row.
    m_shown = -1;
    m_environments.removeAt(row);
    delete m_ui->environmentListWidget->takeItem(row);
    showEnvironment(m_ui->environmentListWidget->currentRow());
}

void EnvironmentEditor::rename(int row, const QString& wanted)
{
    if (row < 0 || row >= m_environments.size())
        return;
    const QString name = wanted.trimmed();
    const bool taken = std::any_of(
        m_environments.cbegin(), m_environments.cend(), [&](const Environment& environment) {
            return environment.name == name && &environment != &m_environments.at(row);
        });
    QListWidgetItem* item = m_ui->environmentListWidget->item(row);
    if (name.isEmpty() || taken) {
        // Two environments of one name could not be told apart anywhere.
        const QSignalBlocker blocker(m_ui->environmentListWidget);
        item->setText(m_environments.at(row).name);
        return;
    }
    m_environments[row].name = name;
    if (item->text() != name) {
        const QSignalBlocker blocker(m_ui->environmentListWidget);
        item->setText(name);
    }
}

void EnvironmentEditor::updateButtons()
{
    const bool shown = m_shown >= 0;
    m_ui->duplicateEnvironmentButton->setEnabled(shown);
    m_ui->removeEnvironmentButton->setEnabled(shown);
    m_ui->addVariableButton->setEnabled(shown);
    m_ui->removeVariableButton->setEnabled(shown);
}
