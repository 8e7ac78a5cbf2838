#include "editor/WebhookEditor.h"

#include "delivery/DeliverySchedule.h"
#include "document/CampaignSession.h"
#include "editor/EventSelectionModel.h"
#include "editor/HeaderTableModel.h"
#include "editor/HeaderValueDelegate.h"
#include "exchange/CurlImporter.h"
#include "mapping/MappingDelegate.h"
#include "mapping/MappingTableModel.h"
#include "model/Limits.h"
#include "settings/Theme.h"
#include "templating/JsonTemplateFormatter.h"
#include "templating/VariableNaming.h"
#include "ui_WebhookEditor.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
BodyContentType contentTypeAt(int index)
{
    return index == 1 ? BodyContentType::Form
        : index == 2  ? BodyContentType::Text
                      : BodyContentType::Json;
}

int indexOfContentType(BodyContentType type)
{
    return type == BodyContentType::Form ? 1 : type == BodyContentType::Text ? 2 : 0;
}
} // namespace

WebhookEditor::WebhookEditor(CampaignSession* session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhookEditor>())
    , m_problemMarks(m_ui.get(), this)
    , m_session(session)
    , m_headerModel(new HeaderTableModel(session, this))
    , m_eventModel(new EventSelectionModel(session, this))
    , m_mappingModel(new MappingTableModel(session, this))
{
    m_ui->setupUi(this);
    m_ui->headersTableView->setModel(m_headerModel);
    m_ui->headersTableView->setItemDelegate(new HeaderValueDelegate(this));
    QHeaderView* header = m_ui->headersTableView->horizontalHeader();
    header->setSectionResizeMode(HeaderTableModel::EnabledColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HeaderTableModel::NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(HeaderTableModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(HeaderTableModel::SecretColumn, QHeaderView::ResizeToContents);
    header->resizeSection(HeaderTableModel::NameColumn, 170);
    m_ui->mappingTableView->setModel(m_mappingModel);
    m_ui->mappingTableView->setItemDelegate(new MappingDelegate(session, this));
    QHeaderView* mappingHeader = m_ui->mappingTableView->horizontalHeader();
    mappingHeader->resizeSection(MappingTableModel::VariableColumn, 170);
    mappingHeader->resizeSection(MappingTableModel::SourceColumn, 170);
    mappingHeader->resizeSection(MappingTableModel::FieldColumn, 150);
    mappingHeader->resizeSection(MappingTableModel::SampleColumn, 220);
    m_ui->eventsTreeView->setModel(m_eventModel);
    m_ui->eventsTreeView->expandAll();
    m_ui->eventsTreeView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_ui->addHeaderButton->setIcon(Icons::get(u"list-add"_s));
    m_ui->removeHeaderButton->setIcon(Icons::get(u"list-remove"_s));
    m_ui->moveHeaderUpButton->setIcon(Icons::get(u"go-up"_s));
    m_ui->moveHeaderDownButton->setIcon(Icons::get(u"go-down"_s));
    m_ui->formatBodyButton->setIcon(Icons::get(u"format-json"_s));
    for (QToolButton* button : { m_ui->addHeaderButton, m_ui->removeHeaderButton,
             m_ui->moveHeaderUpButton, m_ui->moveHeaderDownButton })
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);

    QFont monospace = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->bodyEdit->setFont(monospace);
    QPalette problemText = m_ui->urlProblemLabel->palette();
    problemText.setColor(QPalette::WindowText, Theme::errorColor());
    m_ui->urlProblemLabel->setPalette(problemText);
    m_ui->urlEdit->setFont(monospace);
    m_ui->timeoutSpinBox->setRange(Limits::kMinTimeoutSeconds, Limits::kMaxTimeoutSeconds);
    m_ui->totalTimeoutSpinBox->setRange(
        Limits::kMinTimeoutSeconds, Limits::kMaxTotalTimeoutSeconds);
    m_ui->retryLimitSpinBox->setRange(Limits::kMinRetryLimit, Limits::kMaxRetryLimit);
    m_ui->multiplierSpinBox->setRange(Limits::kMinBackoffMultiplier, Limits::kMaxBackoffMultiplier);
    m_ui->initialDelaySpinBox->setMaximum(Limits::kMaxBackoffDelaySeconds);
    m_ui->maxDelaySpinBox->setMaximum(Limits::kMaxBackoffDelaySeconds);
    m_ui->statusSpinBox->setRange(Limits::kMinStatusCode, Limits::kMaxStatusCode);

    connectEditors();
    m_lastTarget = m_ui->bodyEdit;
    connect(qApp, &QApplication::focusChanged, this,
        [this](QWidget*, QWidget* now) { rememberTarget(now); });
    connect(session, &CampaignSession::changed, this, &WebhookEditor::load);
    connect(session, &CampaignSession::findingsChanged, this, &WebhookEditor::showFindings);
    setEnabled(false);
}

WebhookEditor::~WebhookEditor() = default;

const WebhookConfig* WebhookEditor::webhook() const
{
    const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
    return m_index >= 0 && m_index < webhooks.size() ? &webhooks.at(m_index) : nullptr;
}

void WebhookEditor::setWebhookIndex(int index)
{
    m_index = index;
    m_headerModel->setWebhookIndex(index);
    m_eventModel->setWebhookIndex(index);
    m_mappingModel->setWebhookIndex(index);
    m_ui->eventsTreeView->expandAll();
    load();
    showFindings();
}

void WebhookEditor::edit(const QString& text, const std::function<void(WebhookConfig&)>& change,
    const QString& mergeField)
{
    if (!m_loading && webhook())
        m_session->editWebhook(m_index, text, change, mergeField);
}

void WebhookEditor::connectEditors()
{
    connectNameRow();
    connectRequest();
    connectHeaders();
    connectMappings();
    connectTimeouts();
    connectBackoff();
    connectSecurity();
    connectSuccess();
}

void WebhookEditor::connectNameRow()
{
    Ui::WebhookEditor* ui = m_ui.get();
    connect(ui->nameLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(
            tr("Rename Webhook"), [&](WebhookConfig& w) { w.name = text; }, u"name"_s);
    });
    connect(ui->enabledCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Enable Webhook") : tr("Disable Webhook"),
            [&](WebhookConfig& w) { w.enabled = on; });
    });
}

void WebhookEditor::connectRequest()
{
    Ui::WebhookEditor* ui = m_ui.get();
    connect(ui->methodComboBox, &QComboBox::activated, this, [this](int index) {
        const HttpMethod method = *httpMethodFromName(m_ui->methodComboBox->itemText(index));
        edit(tr("Change Method"), [&](WebhookConfig& w) { w.method = method; });
    });
    ui->urlEdit->setPasteHandler([this](const QString& text) {
        if (!CurlImporter::looksLikeCurl(text))
            return false;
        emit curlPasted(text);
        return true;
    });
    connect(ui->urlEdit, &TemplateTextEdit::textEdited, this, [this](const QString& text) {
        edit(
            tr("Edit URL"), [&](WebhookConfig& w) { w.url = text; }, u"url"_s);
    });
    connect(ui->bodyEdit, &TemplateTextEdit::textEdited, this, [this](const QString& text) {
        edit(
            tr("Edit Body"), [&](WebhookConfig& w) { w.body = text; }, u"body"_s);
    });
    connect(ui->contentTypeComboBox, &QComboBox::activated, this, [this](int index) {
        edit(tr("Change Content Type"),
            [&](WebhookConfig& w) { w.contentType = contentTypeAt(index); });
    });
    connect(ui->formatBodyButton, &QToolButton::clicked, this, &WebhookEditor::formatBody);
}

void WebhookEditor::connectHeaders()
{
    Ui::WebhookEditor* ui = m_ui.get();
    connect(ui->addHeaderButton, &QToolButton::clicked, this, [this] {
        m_headerModel->addHeader();
        const int row = m_headerModel->rowCount() - 1;
        selectHeaderRow(row);
        m_ui->headersTableView->edit(m_headerModel->index(row, HeaderTableModel::NameColumn));
    });
    connect(ui->removeHeaderButton, &QToolButton::clicked, this, [this] {
        const int row = m_ui->headersTableView->currentIndex().row();
        m_headerModel->removeHeader(row);
        selectHeaderRow(qMin(row, m_headerModel->rowCount() - 1));
    });
    for (auto [button, offset] :
        { std::pair { ui->moveHeaderUpButton, -1 }, std::pair { ui->moveHeaderDownButton, 1 } }) {
        connect(button, &QToolButton::clicked, this, [this, offset = offset] {
            const int row = m_ui->headersTableView->currentIndex().row();
            m_headerModel->moveHeader(row, offset);
            selectHeaderRow(row + offset);
        });
    }
    connect(ui->revealSecretsCheckBox, &QCheckBox::toggled, m_headerModel,
        &HeaderTableModel::setSecretsRevealed);
}

void WebhookEditor::connectMappings()
{
    Ui::WebhookEditor* ui = m_ui.get();
    connect(ui->urlEdit, &TemplateTextEdit::fieldDropped, this,
        [this](const FieldReference& field, int position) {
            insertField(field, Target::Url, position);
        });
    connect(ui->bodyEdit, &TemplateTextEdit::fieldDropped, this,
        [this](const FieldReference& field, int position) {
            insertField(field, Target::Body, position);
        });
    connect(m_headerModel, &HeaderTableModel::fieldDropped, this,
        [this](int row, const FieldReference& field) { insertField(field, Target::Header, row); });
    connect(ui->removeUnusedMappingsButton, &QPushButton::clicked, m_mappingModel,
        &MappingTableModel::removeUnusedMappings);
}

void WebhookEditor::connectTimeouts()
{
    Ui::WebhookEditor* ui = m_ui.get();
    const auto seconds = [this](QDoubleSpinBox* box, const QString& text, const QString& key,
                             double DeliveryPolicy::*member) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [=](double value) {
            edit(
                text, [&](WebhookConfig& w) { w.delivery.*member = value; }, key);
        });
    };
    seconds(ui->timeoutSpinBox, tr("Change Attempt Timeout"), u"timeout"_s,
        &DeliveryPolicy::timeoutSeconds);
    seconds(ui->totalTimeoutSpinBox, tr("Change Total Timeout"), u"total"_s,
        &DeliveryPolicy::totalTimeoutSeconds);
    connect(ui->retryLimitSpinBox, &QSpinBox::valueChanged, this, [this](int value) {
        edit(
            tr("Change Retry Limit"), [&](WebhookConfig& w) { w.delivery.retryLimit = value; },
            u"retries"_s);
    });
}

void WebhookEditor::connectBackoff()
{
    Ui::WebhookEditor* ui = m_ui.get();
    const auto backoff
        = [this](QDoubleSpinBox* box, const QString& key, double BackoffPolicy::*member) {
              connect(box, &QDoubleSpinBox::valueChanged, this, [=](double value) {
                  edit(
                      tr("Change Backoff"),
                      [&](WebhookConfig& w) { w.delivery.backoff.*member = value; }, key);
              });
          };
    backoff(ui->initialDelaySpinBox, u"initial"_s, &BackoffPolicy::initialDelaySeconds);
    backoff(ui->multiplierSpinBox, u"multiplier"_s, &BackoffPolicy::multiplier);
    backoff(ui->maxDelaySpinBox, u"maxDelay"_s, &BackoffPolicy::maxDelaySeconds);
    connect(ui->jitterSpinBox, &QSpinBox::valueChanged, this, [this](int percent) {
        edit(
            tr("Change Backoff"),
            [&](WebhookConfig& w) { w.delivery.backoff.jitter = percent / 100.0; }, u"jitter"_s);
    });
}

void WebhookEditor::connectSecurity()
{
    Ui::WebhookEditor* ui = m_ui.get();
    connect(ui->insecureTlsCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        edit(on ? tr("Accept Invalid Certificates") : tr("Verify Certificates"),
            [&](WebhookConfig& w) { w.delivery.allowInsecureTls = on; });
    });
    connect(ui->signingComboBox, &QComboBox::activated, this, [this](int index) {
        edit(tr("Change Signing"), [&](WebhookConfig& w) {
            w.signing.scheme = index == 1 ? SigningScheme::StandardWebhooks : SigningScheme::None;
        });
    });
    connect(ui->signingSecretLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(
            tr("Edit Signing Secret"), [&](WebhookConfig& w) { w.signing.secret = text; },
            u"signingSecret"_s);
    });
}

void WebhookEditor::connectSuccess()
{
    Ui::WebhookEditor* ui = m_ui.get();
    connect(ui->anyStatusRadioButton, &QRadioButton::toggled, this, [this](bool any) {
        const int code = m_ui->statusSpinBox->value();
        edit(tr("Change Expected Status"), [&](WebhookConfig& w) {
            w.success.expectedStatus = any ? std::nullopt : std::optional<int>(code);
        });
    });
    connect(ui->statusSpinBox, &QSpinBox::valueChanged, this, [this](int code) {
        if (!m_ui->exactStatusRadioButton->isChecked())
            return;
        edit(
            tr("Change Expected Status"),
            [&](WebhookConfig& w) { w.success.expectedStatus = code; }, u"status"_s);
    });
    connect(ui->responseKeyLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        edit(
            tr("Edit Response Key"),
            [&](WebhookConfig& w) { w.success.responseKey = text.trimmed(); }, u"responseKey"_s);
    });
    connect(ui->expectedValueComboBox, &QComboBox::activated, this, [this](int index) {
        edit(tr("Change Expected Value"),
            [&](WebhookConfig& w) { w.success.expectedValue = index == 0; });
    });
}

void WebhookEditor::load()
{
    const WebhookConfig* config = webhook();
    setEnabled(config != nullptr);
    if (!config)
        return;
    m_loading = true;
    Ui::WebhookEditor* ui = m_ui.get();
    // setText() and friends leave a field alone when it already shows the
    // value, so the cursor of the field being typed in does not move.
    if (ui->nameLineEdit->text() != config->name)
        ui->nameLineEdit->setText(config->name);
    ui->enabledCheckBox->setChecked(config->enabled);
    ui->methodComboBox->setCurrentText(httpMethodName(config->method));
    ui->urlEdit->setText(config->url);
    ui->bodyEdit->setText(config->body);
    ui->contentTypeComboBox->setCurrentIndex(indexOfContentType(config->contentType));
    ui->bodyEdit->highlighter()->setJson(config->contentType == BodyContentType::Json);
    ui->timeoutSpinBox->setValue(config->delivery.timeoutSeconds);
    ui->retryLimitSpinBox->setValue(config->delivery.retryLimit);
    ui->totalTimeoutSpinBox->setValue(config->delivery.totalTimeoutSeconds);
    ui->initialDelaySpinBox->setValue(config->delivery.backoff.initialDelaySeconds);
    ui->multiplierSpinBox->setValue(config->delivery.backoff.multiplier);
    ui->maxDelaySpinBox->setValue(config->delivery.backoff.maxDelaySeconds);
    ui->jitterSpinBox->setValue(qRound(config->delivery.backoff.jitter * 100));
    ui->insecureTlsCheckBox->setChecked(config->delivery.allowInsecureTls);
    ui->signingComboBox->setCurrentIndex(config->signing.isEnabled() ? 1 : 0);
    if (ui->signingSecretLineEdit->text() != config->signing.secret)
        ui->signingSecretLineEdit->setText(config->signing.secret);
    ui->signingSecretLineEdit->setEnabled(config->signing.isEnabled());
    ui->anyStatusRadioButton->setChecked(config->success.acceptsAny2xx());
    ui->exactStatusRadioButton->setChecked(!config->success.acceptsAny2xx());
    if (config->success.expectedStatus)
        ui->statusSpinBox->setValue(*config->success.expectedStatus);
    ui->statusSpinBox->setEnabled(!config->success.acceptsAny2xx());
    if (ui->responseKeyLineEdit->text().trimmed() != config->success.responseKey)
        ui->responseKeyLineEdit->setText(config->success.responseKey);
    ui->expectedValueComboBox->setCurrentIndex(config->success.expectedValue ? 0 : 1);
    ui->expectedValueComboBox->setEnabled(!config->success.responseKey.isEmpty());
    updateBodyAvailability(*config);
    updateSchedule(*config);
    updateSuccessSummary(*config);
    m_loading = false;
}

void WebhookEditor::updateBodyAvailability(const WebhookConfig& webhook)
{
    const bool carriesBody = httpMethodExpectsBody(webhook.method);
    const bool hasBody = !webhook.body.isEmpty();
    // A GET or DELETE body loaded from a file stays editable so it can be
    // removed; otherwise the editor explains why there is none.
    m_ui->bodyEdit->setEnabled(carriesBody || hasBody);
    m_ui->contentTypeComboBox->setEnabled(carriesBody || hasBody);
    m_ui->formatBodyButton->setEnabled(
        (carriesBody || hasBody) && webhook.contentType == BodyContentType::Json);
    QString notice;
    if (!carriesBody) {
        notice = hasBody
            ? tr("%1 requests normally have no body; many servers drop it. Clear it unless your "
                 "receiver expects one.")
                  .arg(httpMethodName(webhook.method))
            : tr("%1 requests carry no body. Put the event's data in the URL with {{variables}}, "
                 "or choose POST or PUT.")
                  .arg(httpMethodName(webhook.method));
    }
    m_ui->bodyNoticeLabel->setText(notice);
    m_ui->bodyNoticeLabel->setVisible(!notice.isEmpty());
}

void WebhookEditor::updateSchedule(const WebhookConfig& webhook)
{
    m_ui->scheduleLabel->setText(DeliverySchedule(webhook.delivery).describe());
}

void WebhookEditor::updateSuccessSummary(const WebhookConfig& webhook)
{
    const SuccessCondition& success = webhook.success;
    const QString status = success.acceptsAny2xx() ? tr("any 2xx status")
                                                   : tr("status %1").arg(*success.expectedStatus);
    m_ui->successSummaryLabel->setText(success.responseKey.isEmpty()
            ? tr("Delivered on %1. Redirects count as failures.").arg(status)
            : tr("Delivered on %1 when the JSON response holds %2 at \"%3\".")
                  .arg(
                      status, success.expectedValue ? u"true"_s : u"false"_s, success.responseKey));
}

void WebhookEditor::focusUrl()
{
    m_ui->urlEdit->setFocus();
}

void WebhookEditor::formatBody()
{
    const WebhookConfig* config = webhook();
    if (!config || config->contentType != BodyContentType::Json || config->body.isEmpty())
        return;
    const std::optional<QString> formatted = JsonTemplateFormatter::format(config->body);
    if (!formatted || *formatted == config->body)
        return;
    const QString text = *formatted;
    m_session->editWebhook(m_index, tr("Format Body"), [&](WebhookConfig& w) { w.body = text; });
}

void WebhookEditor::setPreviewEvent(const QString& event)
{
    m_mappingModel->setPreviewEvent(event);
}

void WebhookEditor::insertField(const FieldReference& field, Target target, int position)
{
    const WebhookConfig* config = webhook();
    if (!config
        || (target == Target::Header && (position < 0 || position >= config->headers.size())))
        return;
    QString variable = VariableNaming::existing(*config, field.source, field.field);
    const bool newMapping = variable.isEmpty();
    if (newMapping)
        variable = VariableNaming::suggest(*config, field.source, field.field);
    const QString placeholder = u"{{"_s + variable + u"}}"_s;
    m_session->editWebhook(m_index, tr("Insert %1").arg(placeholder), [&](WebhookConfig& w) {
        switch (target) {
        case Target::Url:
            w.url.insert(qBound(0, position, int(w.url.size())), placeholder);
            break;
        case Target::Body:
            w.body.insert(qBound(0, position, int(w.body.size())), placeholder);
            break;
        case Target::Header:
            w.headers[position].value += placeholder;
            break;
        }
        if (newMapping) {
            const bool literal = field.source == DataSource::DefaultValue;
            w.mappings.append(
                { variable, field.source, literal ? QString() : field.field, QString() });
        }
    });
    // The cursor goes after what was inserted, ready to go on typing.
    TemplateTextEdit* edit = target == Target::Url ? m_ui->urlEdit
        : target == Target::Body                   ? m_ui->bodyEdit
                                                   : nullptr;
    if (edit) {
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(qMin(int(edit->text().size()), position + int(placeholder.size())));
        edit->setTextCursor(cursor);
        edit->setFocus();
    }
}

void WebhookEditor::rememberTarget(QWidget* focused)
{
    for (QWidget* target :
        { static_cast<QWidget*>(m_ui->urlEdit), static_cast<QWidget*>(m_ui->bodyEdit),
            static_cast<QWidget*>(m_ui->headersTableView) }) {
        if (focused && (focused == target || target->isAncestorOf(focused)))
            m_lastTarget = target;
    }
}

void WebhookEditor::insertFieldAtFocus(const FieldReference& field)
{
    if (m_lastTarget == m_ui->urlEdit) {
        insertField(field, Target::Url, m_ui->urlEdit->textCursor().position());
    } else if (m_lastTarget == m_ui->headersTableView
        && m_ui->headersTableView->currentIndex().isValid()) {
        insertField(field, Target::Header, m_ui->headersTableView->currentIndex().row());
    } else if (m_ui->bodyEdit->isEnabled()) {
        insertField(field, Target::Body, m_ui->bodyEdit->textCursor().position());
    } else {
        insertField(field, Target::Url, int(m_ui->urlEdit->text().size()));
    }
}

void WebhookEditor::selectHeaderRow(int row)
{
    if (row < 0 || row >= m_headerModel->rowCount())
        return;
    m_ui->headersTableView->setCurrentIndex(
        m_headerModel->index(row, HeaderTableModel::NameColumn));
}

void WebhookEditor::showFindings()
{
    m_problemMarks.show(m_session->findings(), m_index);
}

void WebhookEditor::showProblem(const CampaignChecker::Finding& finding)
{
    if (!m_problemMarks.reveal(finding))
        return;
    // A header's problem is about one row of the table.
    static const QRegularExpression kHeaderRow(u"\\.request\\.headers\\[(\\d+)\\]"_s);
    const QRegularExpressionMatch header = kHeaderRow.match(finding.problem.path);
    if (header.hasMatch())
        selectHeaderRow(header.captured(1).toInt());
}
