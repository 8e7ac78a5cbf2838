#include "campaign/EnvironmentEditor.h"

#include "campaign/EnvironmentVariableModel.h"
#include "document/FileDialogs.h"
#include "model/UniqueName.h"
#include "ui_EnvironmentEditor.h"

#include <QDir>
#include <QHeaderView>

using namespace Qt::StringLiterals;

EnvironmentEditor::EnvironmentEditor(
    const QList<Environment>& environments, const QString& campaignDirectory, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EnvironmentEditor>())
    , m_model(new EnvironmentVariableModel(this))
    , m_environments(environments)
    , m_campaignDirectory(campaignDirectory)
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
        addEnvironment(tr("New Environment"), variables, {});
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
        TlsFiles tls = m_environments.at(m_shown).tls;
        tls.passphrase.clear();
        addEnvironment(tr("%1 copy").arg(m_environments.at(m_shown).name), variables, tls);
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

    const QString certificates = tr("Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)");
    connect(m_ui->caBundleBrowseButton, &QToolButton::clicked, this,
        [this, certificates] { browse(m_ui->caBundleLineEdit, certificates); });
    connect(m_ui->certificateBrowseButton, &QToolButton::clicked, this,
        [this, certificates] { browse(m_ui->certificateLineEdit, certificates); });
    connect(m_ui->keyBrowseButton, &QToolButton::clicked, this,
        [this] { browse(m_ui->keyLineEdit, tr("Keys (*.pem *.key);;All files (*)")); });

    m_ui->environmentListWidget->setCurrentRow(m_environments.isEmpty() ? -1 : 0);
    updateButtons();
}

EnvironmentEditor::~EnvironmentEditor() = default;

QList<Environment> EnvironmentEditor::environments() const
{
    QList<Environment> result = m_environments;
    if (m_shown >= 0 && m_shown < result.size())
        result[m_shown] = shownEnvironment();
    return result;
}

void EnvironmentEditor::selectEnvironment(const QString& name)
{
    for (int row = 0; row < m_environments.size(); ++row) {
        if (m_environments.at(row).name == name)
            m_ui->environmentListWidget->setCurrentRow(row);
    }
}

Environment EnvironmentEditor::shownEnvironment() const
{
    Environment shown = m_environments.at(m_shown);
    shown.variables = m_model->variables();
    shown.tls.caBundle = m_ui->caBundleLineEdit->text().trimmed();
    shown.tls.certificate = m_ui->certificateLineEdit->text().trimmed();
    shown.tls.key = m_ui->keyLineEdit->text().trimmed();
    // Empty keeps the stored passphrase; typing replaces it.
    if (!m_ui->passphraseLineEdit->text().isEmpty())
        shown.tls.passphrase = m_ui->passphraseLineEdit->text();
    return shown;
}

void EnvironmentEditor::showTls(const TlsFiles& tls)
{
    m_ui->caBundleLineEdit->setText(tls.caBundle);
    m_ui->certificateLineEdit->setText(tls.certificate);
    m_ui->keyLineEdit->setText(tls.key);
    m_ui->passphraseLineEdit->clear();
    m_ui->passphraseLineEdit->setPlaceholderText(tls.passphrase.isEmpty()
            ? QString()
            : tr("Kept in the system keychain; type to replace it"));
}

void EnvironmentEditor::showEnvironment(int row)
{
    if (m_shown >= 0 && m_shown < m_environments.size())
        m_environments[m_shown] = shownEnvironment();
    m_shown = row;
    const bool shown = row >= 0;
    m_model->setVariables(shown ? m_environments.at(row).variables : QList<EnvironmentVariable>());
    showTls(shown ? m_environments.at(row).tls : TlsFiles());
    updateButtons();
}

void EnvironmentEditor::browse(QLineEdit* field, const QString& filter)
{
    const QDir base(m_campaignDirectory.isEmpty() ? QDir::homePath() : m_campaignDirectory);
    const QString chosen = FileDialogs::openFileName(
        this, tr("Choose a File"), base.absoluteFilePath(field->text()), filter);
    if (chosen.isEmpty())
        return;
    const QString relative = base.relativeFilePath(chosen);
    // Inside the campaign's folder, the path travels with the campaign.
    field->setText(
        !m_campaignDirectory.isEmpty() && !relative.startsWith(u"../"_s) ? relative : chosen);
}

void EnvironmentEditor::addEnvironment(
    const QString& baseName, const QList<EnvironmentVariable>& variables, const TlsFiles& tls)
{
    const QString name = uniqueName(
        baseName,
        [this](const QString& candidate) {
            return std::any_of(m_environments.cbegin(), m_environments.cend(),
                [&](const Environment& environment) { return environment.name == candidate; });
        },
        u" ");
    m_environments.append({ name, variables, tls });
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
    m_ui->tlsGroupBox->setEnabled(shown);
}
