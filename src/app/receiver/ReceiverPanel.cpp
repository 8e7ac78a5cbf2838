#include "receiver/ReceiverPanel.h"

#include "delivery/DeliveryController.h"
#include "delivery/StandardWebhooks.h"
#include "receiver/ReceivedRequestModel.h"
#include "storage/Preferences.h"
#include "text/JsonPrettyPrinter.h"
#include "ui_ReceiverPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
QString describe(const ReceivedRequest& request)
{
    QString text = request.method + u' ' + request.path
        + (request.query.isEmpty() ? QString() : QString(u'?' + request.query)) + u'\n';
    text += ReceiverPanel::tr("from %1 at %2 · answered %3")
                .arg(request.remoteAddress,
                    QLocale().toString(request.receivedAt.toLocalTime(), QLocale::LongFormat),
                    request.answer)
        + u'\n';
    if (request.signature != ReceivedRequest::Signature::NotChecked)
        text += request.signatureText() + u'\n';
    text += u'\n';
    for (const auto& [name, value] : request.headers)
        text += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
    text += u'\n';
    const JsonPrettyPrinter::Result pretty = JsonPrettyPrinter::looksLikeJson(request.body)
        ? JsonPrettyPrinter::format(request.body)
        : JsonPrettyPrinter::Result();
    text += QString::fromUtf8(
        pretty.succeeded() && !pretty.text.isEmpty() ? pretty.text : request.body);
    if (request.bodyTruncated()) {
        text += u"\n\n"_s
            + ReceiverPanel::tr("(the first %1 of %2 are kept)")
                  .arg(QLocale().formattedDataSize(request.body.size()),
                      QLocale().formattedDataSize(request.bodySize));
    }
    return text;
}
} // namespace

ReceiverPanel::ReceiverPanel(DeliveryController* controller, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReceiverPanel>())
    , m_controller(controller)
    , m_model(new ReceivedRequestModel(controller->receiver(), this))
{
    m_ui->setupUi(this);
    m_ui->receivedRequestsView->setModel(m_model);
    m_ui->receivedRequestsView->header()->setSectionResizeMode(
        ReceivedRequestModel::PathColumn, QHeaderView::Stretch);
    m_ui->receivedRequestsView->header()->setStretchLastSection(false);
    m_ui->receiverSplitter->setSizes({ 200, 200 });
    m_ui->portSpinBox->setValue(Preferences::receiverPort());
    m_ui->scriptLineEdit->setText(u"200"_s);
    m_ui->scriptStatusLabel->setText(controller->receiver()->script().describe());

    connect(m_ui->receiverStartButton, &QPushButton::clicked, this, &ReceiverPanel::toggle);
    connect(m_ui->copyUrlButton, &QToolButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_ui->receiverUrlLineEdit->text()); });
    connect(m_ui->scriptLineEdit, &QLineEdit::returnPressed, this, &ReceiverPanel::applyScript);
    connect(m_ui->applyScriptButton, &QToolButton::clicked, this, &ReceiverPanel::applyScript);
    connect(m_ui->receiverSecretLineEdit, &QLineEdit::editingFinished, this,
        &ReceiverPanel::applySigningSecret);
    connect(m_ui->clearRequestsButton, &QToolButton::clicked, this, [this] {
        m_model->clear();
        showSelected();
        updateCount();
    });
    connect(m_ui->receivedRequestsView->selectionModel(), &QItemSelectionModel::currentRowChanged,
        this, &ReceiverPanel::showSelected);
    connect(
        m_ui->useAsSampleButton, &QToolButton::clicked, this, &ReceiverPanel::useSelectedAsSample);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex&, int row) {
        updateCount();
        // Follow new requests unless the user is looking at an older one.
        const QModelIndex current = m_ui->receivedRequestsView->currentIndex();
        if (!current.isValid() || current.row() == row - 1) {
            m_ui->receivedRequestsView->setCurrentIndex(m_model->index(row, 0));
            m_ui->receivedRequestsView->scrollToBottom();
        }
    });
    connect(
        controller, &DeliveryController::receiverStateChanged, this, &ReceiverPanel::updateState);
    updateState();
    updateCount();
    showSelected();
}

ReceiverPanel::~ReceiverPanel() = default;

void ReceiverPanel::start(bool fallBackToAnyPort)
{
    const auto port = quint16(m_ui->portSpinBox->value());
    if (m_controller->startReceiver(port) != 0)
        return;
    const QString taken
        = tr("Port %1 is taken (another app, or another Webhook Studio).").arg(port);
    if (fallBackToAnyPort && port != 0 && m_controller->startReceiver(0) != 0) {
        m_ui->scriptStatusLabel->setText(taken + u' '
            + tr("Listening on port %1 instead.").arg(m_controller->receiver()->port()));
        return;
    }
    m_ui->scriptStatusLabel->setText(taken);
}

void ReceiverPanel::usePreferredPort()
{
    const quint16 port = Preferences::receiverPort();
    const bool listening = m_controller->receiver()->isListening();
    if (listening && m_controller->receiver()->port() == port)
        return;
    m_ui->portSpinBox->setValue(port);
    if (listening)
        start(true);
}

void ReceiverPanel::toggle()
{
    if (m_controller->receiver()->isListening()) {
        m_controller->stopReceiver();
        return;
    }
    Preferences::setReceiverPort(quint16(m_ui->portSpinBox->value()));
    start(false);
}

void ReceiverPanel::applyScript()
{
    QString error;
    const std::optional<ResponseScript> script
        = ResponseScript::parse(m_ui->scriptLineEdit->text(), &error);
    if (!script) {
        m_ui->scriptStatusLabel->setText(
            u"<span style=\"color:#d64541\">"_s + error.toHtmlEscaped() + u"</span>"_s);
        return;
    }
    m_controller->receiver()->setScript(*script);
    m_ui->scriptStatusLabel->setText(tr("Answers: %1.").arg(script->describe()));
}

void ReceiverPanel::applySigningSecret()
{
    const QString secret = m_ui->receiverSecretLineEdit->text().trimmed();
    if (secret.isEmpty()) {
        m_controller->receiver()->setSigningKey(std::nullopt);
        return;
    }
    QString error;
    const std::optional<QByteArray> key = StandardWebhooks::decodeSecret(secret, &error);
    m_controller->receiver()->setSigningKey(key);
    m_ui->scriptStatusLabel->setText(key ? tr("Signatures are checked with this secret.")
                                         : tr("The signing secret is not usable: %1").arg(error));
}

void ReceiverPanel::updateState()
{
    const LocalReceiver* receiver = m_controller->receiver();
    const bool listening = receiver->isListening();
    m_ui->receiverStartButton->setText(listening ? tr("&Stop") : tr("&Start"));
    m_ui->portSpinBox->setEnabled(!listening);
    m_ui->receiverUrlLineEdit->setText(listening ? receiver->baseUrl() : tr("stopped"));
    m_ui->copyUrlButton->setEnabled(listening);
}

void ReceiverPanel::showSelected()
{
    const ReceivedRequest* request
        = m_model->request(m_ui->receivedRequestsView->currentIndex().row());
    m_ui->receivedRequestText->setPlainText(request ? describe(*request) : QString());
    // A truncated body would not be the body the platform sent.
    m_ui->useAsSampleButton->setEnabled(
        request && !request->body.isEmpty() && !request->bodyTruncated());
}

void ReceiverPanel::useSelectedAsSample()
{
    const ReceivedRequest* request
        = m_model->request(m_ui->receivedRequestsView->currentIndex().row());
    if (!request)
        return;
    // Not the path: a chat webhook's path is its credential.
    emit useAsSampleRequested(request->body,
        tr("request #%1 received at %2")
            .arg(request->sequence)
            .arg(QLocale::c().toString(
                request->receivedAt.toUTC(), u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)));
}

void ReceiverPanel::updateCount()
{
    m_ui->receivedCountLabel->setText(
        tr("%n request(s) received", nullptr, m_controller->receiver()->receivedCount()));
}
