#include "exchange/ExportDialog.h"

#include "document/CampaignSession.h"
#include "document/FileDialogs.h"
#include "exchange/CurlExport.h"
#include "exchange/OpenApiExport.h"
#include "exchange/PostmanExport.h"
#include "exchange/ProductionExport.h"
#include "io/AtomicFile.h"
#include "ui_ExportDialog.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
struct FormatInfo
{
    ExportDialog::Format format;
    const char* name;
    const char* suffix;
    const char* filter;
};

const FormatInfo kFormats[] = {
    { ExportDialog::Format::Production, QT_TRANSLATE_NOOP("ExportDialog", "Production config"),
        ".production.json",
        QT_TRANSLATE_NOOP("ExportDialog", "Production configs (*.production.json)") },
    { ExportDialog::Format::Curl, QT_TRANSLATE_NOOP("ExportDialog", "cURL commands"), ".curl.sh",
        QT_TRANSLATE_NOOP("ExportDialog", "Shell scripts (*.sh)") },
    { ExportDialog::Format::Postman, QT_TRANSLATE_NOOP("ExportDialog", "Postman collection"),
        ".postman_collection.json",
        QT_TRANSLATE_NOOP("ExportDialog", "Postman collections (*.postman_collection.json)") },
    { ExportDialog::Format::OpenApi, QT_TRANSLATE_NOOP("ExportDialog", "OpenAPI contract"),
        ".openapi.yaml",
        QT_TRANSLATE_NOOP(
            "ExportDialog", "OpenAPI documents, YAML or JSON (*.yaml *.yml *.json)") },
};

const FormatInfo& infoOf(ExportDialog::Format format)
{
    for (const FormatInfo& info : kFormats) {
        if (info.format == format)
            return info;
    }
    return kFormats[0];
}
} // namespace

ExportDialog::ExportDialog(CampaignSession* session, Format format, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->exportPreviewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const FormatInfo& info : kFormats)
        m_ui->formatComboBox->addItem(tr(info.name), int(info.format));
    m_ui->formatComboBox->setCurrentIndex(m_ui->formatComboBox->findData(int(format)));

    // The environment in use, unless another is chosen here.
    for (const Environment& environment : session->document().environments)
        m_ui->exportEnvironmentComboBox->addItem(environment.name, environment.name);
    m_ui->exportEnvironmentComboBox->setCurrentIndex(
        qMax(0, m_ui->exportEnvironmentComboBox->findData(session->activeEnvironment())));
    const bool hasEnvironments = !session->document().environments.isEmpty();
    m_ui->exportEnvironmentLabel->setVisible(hasEnvironments);
    m_ui->exportEnvironmentComboBox->setVisible(hasEnvironments);

    m_ui->exportWebhookComboBox->addItem(tr("All webhooks"), QString());
    for (const WebhookConfig& webhook : session->document().webhooks)
        m_ui->exportWebhookComboBox->addItem(webhook.name, webhook.name);
    populateEvents();

    m_copyButton = m_ui->exportButtonBox->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(u"copyExportButton"_s);
    m_saveButton = m_ui->exportButtonBox->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveExportButton"_s);
    m_saveButton->setDefault(true);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);

    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_ui->exportWebhookComboBox, &QComboBox::currentIndexChanged, this, [this] {
        populateEvents();
        refresh();
    });
    connect(
        m_ui->exportEventComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_ui->draftCheckBox, &QCheckBox::toggled, this, &ExportDialog::refresh);
    connect(m_ui->exportEnvironmentComboBox, &QComboBox::currentIndexChanged, this,
        &ExportDialog::refresh);
    refresh();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::environment() const
{
    return m_ui->exportEnvironmentComboBox->currentData().toString();
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_ui->formatComboBox->currentData().toInt());
}

void ExportDialog::setCurlSelection(const QString& webhook, const QString& event)
{
    const int webhookRow = m_ui->exportWebhookComboBox->findData(webhook);
    if (webhookRow >= 0)
        m_ui->exportWebhookComboBox->setCurrentIndex(webhookRow);
    const int eventRow = m_ui->exportEventComboBox->findData(event);
    if (eventRow >= 0)
        m_ui->exportEventComboBox->setCurrentIndex(eventRow);
}

void ExportDialog::populateEvents()
{
    // The events the chosen webhooks fire on: the others have no request.
    const QString chosen = m_ui->exportWebhookComboBox->currentData().toString();
    QStringList events;
    for (const WebhookConfig& webhook : m_session->document().webhooks) {
        if (chosen.isEmpty() || webhook.name == chosen)
            events += webhook.events;
    }
    events.removeDuplicates();
    const QSignalBlocker blocker(m_ui->exportEventComboBox);
    const QString current = m_ui->exportEventComboBox->currentData().toString();
    m_ui->exportEventComboBox->clear();
    m_ui->exportEventComboBox->addItem(tr("Every event it fires on"), QString());
    for (const QString& event : events)
        m_ui->exportEventComboBox->addItem(event, event);
    m_ui->exportEventComboBox->setCurrentIndex(
        qMax(0, m_ui->exportEventComboBox->findData(current)));
}

void ExportDialog::refresh()
{
    const Format chosen = format();
    setWindowTitle(tr("Export %1").arg(tr(infoOf(chosen).name)));
    for (QWidget* widget : { static_cast<QWidget*>(m_ui->exportWebhookLabel),
             static_cast<QWidget*>(m_ui->exportWebhookComboBox),
             static_cast<QWidget*>(m_ui->exportEventLabel),
             static_cast<QWidget*>(m_ui->exportEventComboBox) }) {
        widget->setVisible(chosen == Format::Curl);
    }
    // Only a production export can be a draft; it shows the box when needed.
    m_ui->draftCheckBox->setVisible(false);
    switch (chosen) {
    case Format::Production:
        exportProduction();
        break;
    case Format::Curl:
        exportCurl();
        break;
    case Format::Postman:
        exportPostman();
        break;
    case Format::OpenApi:
        exportOpenApi();
        break;
    }
    m_ui->exportPreviewEdit->setPlainText(QString::fromUtf8(m_bytes));
    m_copyButton->setEnabled(!m_bytes.isEmpty());
    m_saveButton->setEnabled(!m_bytes.isEmpty());
}

void ExportDialog::exportProduction()
{
    const bool draft = m_ui->draftCheckBox->isChecked();
    const ProductionExport::Result result = ProductionExport::write(m_session->document(),
        draft ? ProductionExport::Mode::Draft : ProductionExport::Mode::Production, environment());
    const qsizetype errors = std::count_if(result.problems.cbegin(), result.problems.cend(),
        [](const Problem& problem) { return problem.isError(); });
    // Offered only when it is needed, so nobody exports a draft by habit.
    m_ui->draftCheckBox->setVisible(errors > 0 || draft);
    m_bytes = result.json;
    if (!result.succeeded()) {
        m_ui->exportStatusLabel->setText(
            tr("Not exported: the campaign has %n error(s). Fix them (Problems panel, F8), or "
               "export a draft that production tools will refuse.",
                nullptr, int(errors)));
    } else if (draft && errors > 0) {
        m_ui->exportStatusLabel->setText(
            tr("A draft with %n error(s), marked \"draft\": true: production tools refuse it "
               "until they are fixed.",
                nullptr, int(errors)));
    } else {
        m_ui->exportStatusLabel->setText(
            tr("Ready: %n webhook(s), checked against production.schema.json. No sample data, "
               "no window state, no secret values.",
                nullptr, int(m_session->document().webhooks.size())));
    }
    showProblems(result.problems);
    showSecrets(tr("Production must provide these secrets (the export holds only their names):"),
        tr("No secrets to provide."), result.secrets, u"${%1}"_s);
}

void ExportDialog::exportCurl()
{
    EventContext::Options options = m_session->contextOptions();
    options.environment = environment();
    const CurlExport::Result result
        = CurlExport::write(m_session->document(), m_session->secrets(), options,
            { m_ui->exportWebhookComboBox->currentData().toString(),
                m_ui->exportEventComboBox->currentData().toString() });
    m_bytes = result.script.toUtf8();
    m_ui->exportStatusLabel->setText(
        tr("%n curl command(s) for a POSIX shell, each sending the same bytes as Webhook Studio "
           "with the sample data (signed now, when the webhook signs).",
            nullptr, result.commandCount));
    showProblems(result.problems);
    showSecrets(tr("Set these environment variables before running them:"),
        tr("The commands need no secrets."), result.variables, u"$%1"_s);
}

void ExportDialog::exportPostman()
{
    const PostmanExport::Result result
        = PostmanExport::write(m_session->document(), m_session->localReceiverUrl(), environment());
    m_bytes = result.json;
    m_companion = result.environmentJson;
    m_ui->exportStatusLabel->setText(
        tr("A Postman Collection v2.1 with %n request(s), one per webhook and event, rendered "
           "with the sample data. Postman and newman run it. Saving also writes the Postman "
           "environment \"%1\" beside it.",
            nullptr, result.requestCount)
            .arg(result.environmentName));
    showProblems(result.problems);
    showSecrets(tr("Set these collection variables in a Postman environment:"),
        tr("The collection needs no secrets."), result.variables, u"{{%1}}"_s);
}

void ExportDialog::exportOpenApi()
{
    const OpenApiExport::Result result = OpenApiExport::write(
        m_session->document(), { m_session->localReceiverUrl(), environment() });
    // YAML to read here; the same document in JSON when saved as .json.
    m_bytes = result.entries.isEmpty() ? QByteArray() : result.toYaml();
    m_companion = result.toJson();
    m_ui->exportStatusLabel->setText(result.entries.isEmpty()
            ? tr("Nothing to export: no enabled webhook fires on an event.")
            : tr("An OpenAPI 3.1 contract for the team that builds the endpoint: %n webhook "
                 "request(s), one per webhook and event, each with its headers, the JSON Schema "
                 "of its body and the sample as example. Save as .json for JSON.",
                nullptr, int(result.entries.size())));
    showProblems(result.problems);
    showSecrets(tr("The receiving side verifies or receives these secrets (only their names are "
                   "in the contract):"),
        tr("The contract names no secrets."), secretNames(), u"${%1}"_s);
}

QStringList ExportDialog::secretNames() const
{
    QStringList names;
    for (const WebhookConfig& webhook : m_session->document().webhooks) {
        for (const QString& name : webhook.secretNames()) {
            if (webhook.enabled && !names.contains(name))
                names.append(name);
        }
    }
    return names;
}

void ExportDialog::showProblems(const QList<Problem>& problems)
{
    m_ui->exportProblemsList->clear();
    for (const Problem& problem : problems)
        m_ui->exportProblemsList->addItem(problem.toString());
    m_ui->exportProblemsList->setVisible(!problems.isEmpty());
}

void ExportDialog::showSecrets(
    const QString& intro, const QString& none, const QStringList& names, const QString& pattern)
{
    m_ui->exportSecretsLabel->setText(names.isEmpty() ? none : intro);
    m_ui->exportSecretsList->clear();
    for (const QString& name : names)
        m_ui->exportSecretsList->addItem(pattern.arg(name));
    m_ui->exportSecretsList->setVisible(!names.isEmpty());
}

void ExportDialog::copy()
{
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_bytes));
}

void ExportDialog::save()
{
    const FormatInfo& info = infoOf(format());
    const QString path = FileDialogs::saveFileName(this, windowTitle(),
        FileDialogs::suggestedPath(m_session->document().name, QString::fromLatin1(info.suffix)),
        tr(info.filter) + u";;"_s + tr("All files (*)"));
    if (path.isEmpty())
        return;
    const bool json = format() == Format::OpenApi && path.endsWith(u".json"_s, Qt::CaseInsensitive);
    QString error = AtomicFile::write(path, json ? m_companion : m_bytes);
    // The collection's secrets are set in Postman's environment file.
    if (error.isEmpty() && format() == Format::Postman)
        error = AtomicFile::write(PostmanExport::environmentPath(path), m_companion);
    if (!error.isEmpty()) {
        QMessageBox::critical(this, tr("Cannot Export"), error);
        return;
    }
    m_savedPath = path;
    accept();
}
