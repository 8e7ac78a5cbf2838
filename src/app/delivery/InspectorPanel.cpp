#include "delivery/InspectorPanel.h"

#include "delivery/AttemptListModel.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/Duration.h"
#include "delivery/HeaderListModel.h"
#include "delivery/SuccessEvaluator.h"
#include "exchange/CurlCommand.h"
#include "text/JsonPrettyPrinter.h"
#include "ui_InspectorPanel.h"
#include "widgets/LargeTextView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>
#include <QStringListModel>

using namespace Qt::StringLiterals;

namespace {
bool isJsonBody(const QString& contentType, const QByteArray& body)
{
    return contentType.contains(u"json"_s, Qt::CaseInsensitive)
        || JsonPrettyPrinter::looksLikeJson(body);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QList<HeaderListModel::Header> headerRows(const SentRequest& request)
{
    QList<HeaderListModel::Header> rows;
    for (const SentRequest::Header& header : request.headers)
        rows.append({ header.name, header.value, header.secret });
    return rows;
}

QList<HeaderListModel::Header> headerRows(const AttemptRecord::Response& response)
{
    QList<HeaderListModel::Header> rows;
    for (const auto& [name, value] : response.headers)
        rows.append({ QString::fromLatin1(name), QString::fromUtf8(value), false });
    return rows;
}

QString verdictHtml(const Verdict& verdict, const QString& subject)
{
    const QString color = verdict.delivered ? u"#2e9d4f"_s : u"#d64541"_s;
    const QString text = verdict.delivered ? InspectorPanel::tr("%1: delivered").arg(subject)
                                           : InspectorPanel::tr("%1: not delivered").arg(subject);
    return u"<b style=\"color:"_s + color + u"\">"_s + text.toHtmlEscaped() + u"</b>"_s;
}
} // namespace

InspectorPanel::InspectorPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InspectorPanel>())
    , m_attempts(new AttemptListModel(this))
    , m_requestHeaders(new HeaderListModel(this))
    , m_responseHeaders(new HeaderListModel(this))
    , m_reasons(new QStringListModel(this))
{
    m_ui->setupUi(this);
    m_ui->attemptsView->setModel(m_attempts);
    m_ui->attemptsView->header()->setStretchLastSection(true);
    m_ui->requestHeadersView->setModel(m_requestHeaders);
    m_ui->responseHeadersView->setModel(m_responseHeaders);
    m_ui->reasonsView->setModel(m_reasons);
    m_ui->reasonsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->inspectorSplitter->setSizes({ 260, 700 });
    // The dock shares the window's height with the editor: every part may
    // shrink to a few lines.
    const int line = fontMetrics().height();
    for (QAbstractScrollArea* view : std::initializer_list<QAbstractScrollArea*> {
             m_ui->attemptsView, m_ui->requestHeadersView, m_ui->responseHeadersView,
             m_ui->requestBodyView, m_ui->responseBodyView, m_ui->reasonsView }) {
        view->setMinimumHeight(3 * line);
    }
    // Bodies get the room the headers do not need.
    for (QSplitter* splitter : { m_ui->requestSplitter, m_ui->responseSplitter }) {
        splitter->setStretchFactor(0, 0);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({ 90, 400 });
    }
    fillModes(m_ui->requestBodyModeComboBox);
    fillModes(m_ui->responseBodyModeComboBox);
    connectModes(m_ui->requestBodyModeComboBox, m_ui->requestBodyView);
    connectModes(m_ui->responseBodyModeComboBox, m_ui->responseBodyView);

    connect(m_ui->attemptsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &InspectorPanel::onAttemptRowChanged);
    connect(m_ui->timelineWidget, &TimelineWidget::attemptClicked, this,
        &InspectorPanel::selectAttempt);
    connect(m_ui->fitButton, &QToolButton::toggled, m_ui->timelineWidget,
        &TimelineWidget::setFitToAttempts);
    connect(m_ui->revealSecretsCheckBox, &QCheckBox::toggled, m_requestHeaders,
        &HeaderListModel::setSecretsRevealed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_tracker)
            m_tracker->cancel();
    });
    connect(m_ui->redeliverButton, &QPushButton::clicked, this, [this] {
        if (m_tracker && m_tracker->replay())
            emit redeliverRequested(*m_tracker->replay());
    });
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &InspectorPanel::copyCurl);

    LargeTextView* body = m_ui->responseBodyView;
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, body, &LargeTextView::setSearchText);
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, body, &LargeTextView::findNext);
    connect(m_ui->findNextButton, &QToolButton::clicked, body, &LargeTextView::findNext);
    connect(m_ui->findPreviousButton, &QToolButton::clicked, body, &LargeTextView::findPrevious);
    connect(body, &LargeTextView::searchFinished, this, &InspectorPanel::updateMatches);
    connect(body, &LargeTextView::statusChanged, m_ui->bodyStatusLabel, &QLabel::setText);
    connect(body, &LargeTextView::ready, this,
        [this] { syncMode(m_ui->responseBodyModeComboBox, m_ui->responseBodyView); });

    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->detailTabWidget->setCurrentWidget(m_ui->attemptResponseTab);
        m_ui->searchLineEdit->setFocus();
        m_ui->searchLineEdit->selectAll();
    });
    addAction(find);
    for (const auto& [sequence, forward] : { std::pair { QKeySequence::FindNext, true },
             std::pair { QKeySequence::FindPrevious, false } }) {
        auto* action = new QAction(this);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, body,
            forward ? &LargeTextView::findNext : &LargeTextView::findPrevious);
        addAction(action);
    }
    setTracker(nullptr);
}

InspectorPanel::~InspectorPanel() = default;

void InspectorPanel::fillModes(QComboBox* combo)
{
    combo->addItem(tr("Pretty"), int(LargeTextView::Mode::Pretty));
    combo->addItem(tr("Raw"), int(LargeTextView::Mode::Raw));
    combo->addItem(tr("Hex"), int(LargeTextView::Mode::Hex));
}

void InspectorPanel::connectModes(QComboBox* combo, LargeTextView* view)
{
    connect(combo, &QComboBox::activated, view, [combo, view](int index) {
        view->setMode(LargeTextView::Mode(combo->itemData(index).toInt()));
        syncMode(combo, view);
    });
}

void InspectorPanel::syncMode(QComboBox* combo, const LargeTextView* view)
{
    // Pretty is only offered for JSON.
    combo->setCurrentIndex(combo->findData(int(view->mode())));
    qobject_cast<QStandardItemModel*>(combo->model())->item(0)->setEnabled(view->isJson());
}

void InspectorPanel::setTracker(DeliveryTracker* tracker)
{
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    m_followLatest = true;
    m_selected = 0;
    m_shownAttempt = -1;
    m_attempts->setTracker(tracker);
    m_ui->timelineWidget->setTracker(tracker);
    m_ui->revealSecretsCheckBox->setChecked(false);
    if (tracker)
        connect(tracker, &DeliveryTracker::changed, this, &InspectorPanel::onTrackerChanged);
    onTrackerChanged();
}

void InspectorPanel::onTrackerChanged()
{
    if (m_tracker && m_followLatest) {
        const QList<AttemptRecord>& attempts = m_tracker->record().attempts;
        m_selected = m_tracker->inFlightAttempt() > 0 ? m_tracker->inFlightAttempt()
            : attempts.isEmpty()                      ? 0
                                                      : attempts.last().number;
    }
    const int row = m_attempts->rowOf(m_selected);
    {
        const QSignalBlocker blocker(m_ui->attemptsView->selectionModel());
        m_ui->attemptsView->setCurrentIndex(row >= 0 ? m_attempts->index(row, 0) : QModelIndex());
    }
    showAttempt(false);
    // The delivery's own verdict arrives after its last attempt's.
    showVerdict(selectedRecord());
    updateTitle();
    updateButtons();
}

void InspectorPanel::selectAttempt(int number)
{
    m_followLatest = false;
    m_selected = number;
    onTrackerChanged();
}

void InspectorPanel::onAttemptRowChanged()
{
    const int number = m_attempts->attemptNumber(m_ui->attemptsView->currentIndex().row());
    if (number > 0 && number != m_selected)
        selectAttempt(number);
}

const AttemptRecord* InspectorPanel::selectedRecord() const
{
    if (!m_tracker)
        return nullptr;
    for (const AttemptRecord& attempt : m_tracker->record().attempts) {
        if (attempt.number == m_selected)
            return &attempt;
    }
    return nullptr;
}

const SentRequest* InspectorPanel::selectedRequest() const
{
    if (const AttemptRecord* attempt = selectedRecord())
        return &attempt->request;
    if (m_tracker && m_selected > 0 && m_selected == m_tracker->inFlightAttempt())
        return &m_tracker->inFlightRequest();
    return nullptr;
}

void InspectorPanel::showAttempt(bool force)
{
    const AttemptRecord* attempt = selectedRecord();
    const bool finished = attempt != nullptr;
    if (!force && m_shownAttempt == m_selected && m_shownFinished == finished)
        return;
    m_shownAttempt = m_selected;
    m_shownFinished = finished;
    m_ui->timelineWidget->setSelectedAttempt(m_selected);
    const SentRequest* request = selectedRequest();
    showRequest(request ? *request : SentRequest());
    if (!request)
        m_ui->requestLineLabel->clear();
    showResponse(attempt);
    showTiming(attempt);
    showVerdict(attempt);
    updateButtons();
}

void InspectorPanel::showRequest(const SentRequest& request)
{
    m_ui->requestLineLabel->setText(
        u"<b>"_s + httpMethodName(request.method) + u"</b> "_s + request.url.toHtmlEscaped());
    m_requestHeaders->setHeaders(headerRows(request));
    m_ui->requestHeadersView->resizeColumnToContents(HeaderListModel::NameColumn);
    m_ui->requestBodyView->setContent(
        request.body, isJsonBody(request.header(u"Content-Type"), request.body));
    syncMode(m_ui->requestBodyModeComboBox, m_ui->requestBodyView);
    m_ui->requestSizeLabel->setText(sizeText(request.body.size()));
}

void InspectorPanel::showResponse(const AttemptRecord* attempt)
{
    const AttemptRecord::Response empty;
    const AttemptRecord::Response& response = attempt ? attempt->response : empty;
    if (!attempt) {
        m_ui->statusLineLabel->setText(
            m_selected > 0 ? tr("Waiting for the response…") : tr("No attempt selected."));
    } else if (!response.received) {
        m_ui->statusLineLabel->setText(
            tr("No response: %1").arg(attempt->verdict.summary()).toHtmlEscaped());
    } else {
        m_ui->statusLineLabel->setText(u"<b>"_s
            + SuccessEvaluator::statusText(response.status, response.reason).toHtmlEscaped()
            + u"</b> · "_s + tr("headers after %1").arg(Duration::text(attempt->timeToHeadersMs)));
    }
    m_responseHeaders->setHeaders(headerRows(response));
    m_ui->responseHeadersView->resizeColumnToContents(HeaderListModel::NameColumn);
    const QByteArray contentType = response.header("Content-Type");
    m_ui->responseBodyView->setContent(
        response.body, isJsonBody(QString::fromLatin1(contentType), response.body));
    syncMode(m_ui->responseBodyModeComboBox, m_ui->responseBodyView);
    QString size = sizeText(response.size);
    if (response.truncated) {
        size += u"  "_s
            + tr("· truncated: showing the first %1").arg(sizeText(response.body.size()));
    }
    m_ui->responseSizeLabel->setText(size);
    m_ui->responseSizeLabel->setToolTip(response.truncated
            ? tr("Bodies are kept up to the response body cap (and 1 MB in the history).")
            : QString());
    m_ui->bodyStatusLabel->setText(m_ui->responseBodyView->statusText());
    updateMatches();
}

void InspectorPanel::showTiming(const AttemptRecord* attempt)
{
    const auto value
        = [attempt](qint64 ms) { return attempt && ms >= 0 ? Duration::text(ms) : tr("—"); };
    m_ui->startedAtValue->setText(attempt
            ? QLocale().toString(attempt->startedAt.toLocalTime(), u"yyyy-MM-dd HH:mm:ss.zzz"_s)
            : tr("—"));
    m_ui->offsetValue->setText(value(attempt ? attempt->startOffsetMs : -1));
    m_ui->timeToHeadersValue->setText(value(attempt ? attempt->timeToHeadersMs : -1));
    m_ui->durationValue->setText(value(attempt ? attempt->durationMs : -1));
    m_ui->deadlineValue->setText(value(attempt ? attempt->deadlineMs : -1));
    m_ui->networkErrorValue->setText(
        attempt && !attempt->networkError.isEmpty() ? attempt->networkError : tr("none"));
    m_ui->proxyValue->setText(!attempt ? tr("—")
            : attempt->proxy.isEmpty() ? tr("none (direct)")
                                       : attempt->proxy);
    m_ui->phaseTimingsView->setTimings(attempt ? attempt->phases : PhaseTimings());
}

void InspectorPanel::showVerdict(const AttemptRecord* attempt)
{
    QStringList html;
    QStringList reasons;
    if (attempt) {
        html.append(verdictHtml(attempt->verdict, tr("Attempt %1").arg(attempt->number)));
        for (const Verdict::Reason& reason : attempt->verdict.reasons)
            reasons.append(reason.message + u"  ["_s + failureKindName(reason.kind) + u']');
    }
    if (m_tracker && m_tracker->record().finished)
        html.append(verdictHtml(m_tracker->record().verdict, tr("The delivery")));
    m_ui->verdictLabel->setText(html.isEmpty() ? tr("No verdict yet.") : html.join(u"<br>"_s));
    m_reasons->setStringList(reasons);
}

void InspectorPanel::updateTitle()
{
    if (!m_tracker) {
        m_ui->titleLabel->setText(tr("No delivery yet. Send a test event with Ctrl+Enter, or "
                                     "open one from the history."));
        return;
    }
    const DeliveryRecord& record = m_tracker->record();
    const QString environment = record.environment.isEmpty()
        ? QString()
        : tr("to %1").arg(u"<b>"_s + record.environment.toHtmlEscaped() + u"</b>"_s) + u" · "_s;
    m_ui->titleLabel->setText(u"<b>"_s + record.webhookName.toHtmlEscaped() + u"</b> · "_s
        + record.event + u" · "_s + environment + record.eventId + u" · "_s
        + QLocale().toString(record.startedAt.toLocalTime(), QLocale::ShortFormat));
}

void InspectorPanel::updateButtons()
{
    const bool running = m_tracker && m_tracker->isRunning();
    m_ui->cancelButton->setEnabled(running);
    m_ui->redeliverButton->setEnabled(m_tracker && !running && m_tracker->replay());
    m_ui->copyCurlButton->setEnabled(selectedRequest() != nullptr);
}

void InspectorPanel::updateMatches()
{
    const LargeTextView* body = m_ui->responseBodyView;
    if (body->searchText().isEmpty()) {
        m_ui->matchLabel->clear();
        return;
    }
    if (body->matchCount() == 0) {
        m_ui->matchLabel->setText(tr("no match"));
        return;
    }
    m_ui->matchLabel->setText(tr("%1 of %2%3")
                                  .arg(body->currentMatch() + 1)
                                  .arg(body->matchCount())
                                  .arg(body->matchesCapped() ? u"+"_s : QString()));
}

QString InspectorPanel::curlCommand() const
{
    const SentRequest* request = selectedRequest();
    if (!request)
        return {};
    return CurlCommand::fromRequest(*request,
        m_ui->revealSecretsCheckBox->isChecked() ? CurlCommand::Secrets::Revealed
                                                 : CurlCommand::Secrets::Masked);
}

void InspectorPanel::copyCurl()
{
    const QString command = curlCommand();
    if (!command.isEmpty())
        QApplication::clipboard()->setText(command);
}
