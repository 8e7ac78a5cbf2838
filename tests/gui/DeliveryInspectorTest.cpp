#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "delivery/DeliveryController.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/InspectorPanel.h"
#include "delivery/TimelineWidget.h"
#include "document/CampaignSession.h"
#include "editor/PreviewPanel.h"
#include "history/DeliveryHistory.h"
#include "history/HistoryModel.h"
#include "history/HistoryPanel.h"
#include "mapping/DataSourceModel.h"
#include "mapping/DataSourcePanel.h"
#include "storage/Preferences.h"
#include "widgets/LargeTextView.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSpinBox>
#include <QStringListModel>
#include <QTabWidget>
#include <QTcpServer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {
QString cellText(QTreeView* view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}
} // namespace

// Sending test events from the window to the app's own receiver, and what
// the inspector, the timeline and the history show for them — driven through
// the toolbar, the receiver dock and the inspector's buttons.
class DeliveryInspectorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsASuccessfulDelivery();
    void showsA500ThenA200();
    void showsATimeout();
    void showsAWrongResponseKeyAndAsksForSecrets();
    void cancelsDuringABackoffWait();
    void historySurvivesARestartAndRedelivers();
    void refusesToSendWhatCannotBeRendered();
    void runsABurst();
    // Last: its delivery would change the history the tests above count.
    void usesAReceivedBodyAsTheSample();

private:
    template<typename T>
    T* widget(const char* name) const
    {
        return findWidget<T>(m_window.get(), name);
    }
    void startWindow();
    void setReceiverScript(const QString& script);
    // Shorter waits, so a test does not sit through production backoffs.
    void setPolicy(int index, double timeout, int retries, double total, double backoff);
    QStringList verdictReasons() const;

    std::unique_ptr<MainWindow> m_window;
};

void DeliveryInspectorTest::initTestCase()
{
    QSettings().clear();
    // A free port rather than 8787, which may be taken; every window of the
    // test listens there, as the app does on its fixed port.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    Preferences::setReceiverPort(probe.serverPort());
    QFile::remove(DeliveryHistory::defaultPath());
}

void DeliveryInspectorTest::startWindow()
{
    m_window = openSampleWindow();
}

void DeliveryInspectorTest::init()
{
    startWindow();
}

void DeliveryInspectorTest::cleanup()
{
    m_window->session()->undoStack()->setClean();
    m_window.reset();
}

void DeliveryInspectorTest::setReceiverScript(const QString& script)
{
    auto* field = widget<QLineEdit>("scriptLineEdit");
    field->clear();
    typeInto(field, script);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY2(widget<QLabel>("scriptStatusLabel")->text().startsWith(u"Answers: "_s),
        qPrintable(widget<QLabel>("scriptStatusLabel")->text()));
}

void DeliveryInspectorTest::setPolicy(
    int index, double timeout, int retries, double total, double backoff)
{
    m_window->session()->editWebhook(index, u"policy"_s, [=](WebhookConfig& webhook) {
        webhook.delivery.timeoutSeconds = timeout;
        webhook.delivery.retryLimit = retries;
        webhook.delivery.totalTimeoutSeconds = total;
        webhook.delivery.backoff.initialDelaySeconds = backoff;
        webhook.delivery.backoff.jitter = 0;
    });
}

QStringList DeliveryInspectorTest::verdictReasons() const
{
    return qobject_cast<QStringListModel*>(widget<QListView>("reasonsView")->model())->stringList();
}

void DeliveryInspectorTest::showsASuccessfulDelivery()
{
    const QString receiverUrl = m_window->deliveries()->receiver()->baseUrl();
    QVERIFY(m_window->session()->localReceiverUrl() == receiverUrl);
    // The preview already shows where the send goes.
    QVERIFY(
        m_window->preview()->text().contains(u"POST "_s + receiverUrl + u"/crm/v2/contacts/"_s));

    DeliveryTracker* tracker = sendAndWait(m_window.get(), 2, u"conversation.intent_detected"_s);
    QVERIFY(tracker);
    QVERIFY(tracker->record().delivered());

    auto* attempts = widget<QTreeView>("attemptsView");
    QCOMPARE(attempts->model()->rowCount(), 1);
    QCOMPARE(cellText(attempts, 0, 1), u"200 OK"_s);
    QCOMPARE(cellText(attempts, 0, 3), u"delivered"_s);
    QVERIFY(widget<QLabel>("requestLineLabel")
                ->text()
                .contains(receiverUrl + u"/chat/hooks/T04RENEW/B07SALES/renewals"_s));
    QVERIFY(widget<QLabel>("statusLineLabel")->text().contains(u"200 OK"_s));
    QCOMPARE(widget<LargeTextView>("responseBodyView")->displayedText(),
        QByteArray("{\n  \"ok\": true\n}"));
    QVERIFY(widget<QLabel>("verdictLabel")->text().contains(u"The delivery: delivered"_s));
    QVERIFY(widget<TimelineWidget>("timelineWidget")
                ->caption()
                .startsWith(u"Delivered on attempt 1 after "_s));
    QVERIFY(widget<TimelineWidget>("timelineWidget")->barRect(1).isValid());

    // The request body as sent is there too, indented.
    auto* requestBody = widget<LargeTextView>("requestBodyView");
    QCOMPARE(requestBody->mode(), LargeTextView::Mode::Pretty);
    QVERIFY(requestBody->displayedText().contains("\"channel\": \"#renewals\""));

    // The receiver dock lists what arrived.
    auto* received = widget<QTreeView>("receivedRequestsView");
    QCOMPARE(received->model()->rowCount(), 1);
    QCOMPARE(cellText(received, 0, 3), u"/chat/hooks/T04RENEW/B07SALES/renewals"_s);
    QVERIFY(widget<QPlainTextEdit>("receivedRequestText")
                ->toPlainText()
                .contains(u"\"channel\": \"#renewals\""_s));
}

// Receiver › Use as Sample: what arrived becomes its event's own sample,
// named after the request, in one undo step.
void DeliveryInspectorTest::usesAReceivedBodyAsTheSample()
{
    auto* use = widget<QToolButton>("useAsSampleButton");
    QVERIFY(!use->isEnabled());
    QVERIFY(sendAndWait(m_window.get(), 2, u"conversation.intent_detected"_s));
    auto* received = widget<QTreeView>("receivedRequestsView");
    received->setCurrentIndex(received->model()->index(received->model()->rowCount() - 1, 0));
    QVERIFY(use->isEnabled());
    interactWithNextDialog(
        [](QDialog* dialog) {
            QVERIFY(findWidget<QLabel>(dialog, "samplePayloadStatusLabel")
                        ->text()
                        .contains(u"to map"_s));
            findWidget<QComboBox>(dialog, "sampleEventComboBox")
                ->setCurrentText(u"conversation.intent_detected"_s);
            dialog->accept();
        },
        u"eventSampleDialog"_s);
    QTest::mouseClick(use, Qt::LeftButton);
    const QList<EventSample>& samples = m_window->document().sampleData.events;
    QCOMPARE(samples.size(), 1);
    QCOMPARE(samples.first().event, u"conversation.intent_detected"_s);
    QVERIFY2(samples.first().origin.startsWith(u"request #"_s)
            && samples.first().origin.endsWith(u" UTC"_s)
            && !samples.first().origin.contains(u"T04RENEW"_s),
        qPrintable(samples.first().origin));
    QCOMPARE(samples.first().payload.value(u"channel"_s).toString(), u"#renewals"_s);
    QVERIFY(m_window->dataSources()
                ->model()
                ->indexOf(DataSource::EventPayload, u"channel"_s)
                .isValid());
    m_window->session()->undoStack()->undo();
    QVERIFY(m_window->document().sampleData.events.isEmpty());
}

void DeliveryInspectorTest::showsA500ThenA200()
{
    setReceiverScript(u"500,200"_s);
    setPolicy(2, 5, 1, 15, 0.2);
    DeliveryTracker* tracker = sendAndWait(m_window.get(), 2, u"conversation.intent_detected"_s);
    QVERIFY(tracker);
    QVERIFY(tracker->record().delivered());

    auto* attempts = widget<QTreeView>("attemptsView");
    QCOMPARE(attempts->model()->rowCount(), 2);
    QCOMPARE(cellText(attempts, 0, 1), u"500 Internal Server Error"_s);
    QVERIFY(cellText(attempts, 0, 3).startsWith(u"Status 500 Internal Server Error"_s));
    QCOMPARE(cellText(attempts, 1, 1), u"200 OK"_s);
    // The newest attempt is shown; the wait between them is on the timeline.
    QCOMPARE(m_window->inspector()->selectedAttempt(), 2);
    QCOMPARE(tracker->waits().size(), 1);
    auto* timeline = widget<TimelineWidget>("timelineWidget");
    QVERIFY(timeline->barRect(1).right() < timeline->barRect(2).left());

    // Clicking the first bar shows the 500.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, timeline->barRect(1).center());
    QCOMPARE(m_window->inspector()->selectedAttempt(), 1);
    QVERIFY(widget<QLabel>("statusLineLabel")->text().contains(u"500 Internal Server Error"_s));
    QVERIFY(widget<LargeTextView>("responseBodyView")->displayedText().contains("\"ok\": false"));
    QVERIFY(verdictReasons().first().contains(u"[status-mismatch]"_s));
    QVERIFY(widget<QLabel>("verdictLabel")->text().contains(u"Attempt 1: not delivered"_s));
    QVERIFY(widget<QLabel>("verdictLabel")->text().contains(u"The delivery: delivered"_s));
}

void DeliveryInspectorTest::showsATimeout()
{
    setReceiverScript(u"hang"_s);
    setPolicy(2, 0.5, 0, 2, 1);
    DeliveryTracker* tracker = sendAndWait(m_window.get(), 2, u"conversation.intent_detected"_s);
    QVERIFY(tracker);
    QVERIFY(!tracker->record().delivered());
    QCOMPARE(tracker->record().attempts.size(), 1);
    const AttemptRecord& attempt = tracker->record().attempts.first();
    QCOMPARE(attempt.verdict.kind(), FailureKind::AttemptTimeout);
    QVERIFY(attempt.durationMs >= 500);

    QVERIFY(widget<QLabel>("statusLineLabel")->text().startsWith(u"No response: "_s));
    QVERIFY(verdictReasons().first().contains(u"[attempt-timeout]"_s));
    QVERIFY(widget<TimelineWidget>("timelineWidget")
                ->caption()
                .startsWith(u"Not delivered after 1 attempt, "_s));
    QCOMPARE(widget<QLabel>("responseSizeLabel")->text(), u"0 bytes"_s);
}

void DeliveryInspectorTest::showsAWrongResponseKeyAndAsksForSecrets()
{
    // CRM sync wants {"ok": true}; this endpoint says false.
    setReceiverScript(uR"({"steps": [{"status": 200, "body": {"ok": false}}]})"_s);
    setPolicy(0, 5, 0, 10, 1);
    interactWithNextDialog([](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), u"secretsDialog"_s);
        typeInto(
            findWidget<QLineEdit>(dialog, "secretEdit_CRM_API_TOKEN"), u"Bearer sk_test_gui_42"_s);
        dialog->accept();
    });
    DeliveryTracker* tracker = sendAndWait(m_window.get(), 0, u"call.ended"_s);
    QVERIFY(tracker);
    const AttemptRecord& attempt = tracker->record().attempts.first();
    QCOMPARE(attempt.verdict.kind(), FailureKind::KeyValueMismatch);
    QVERIFY(verdictReasons().first().contains(u"[key-value-mismatch]"_s));
    QVERIFY(verdictReasons().first().contains(u"ok"_s));

    // The secret was sent, and is masked until revealed.
    const ReceivedRequest& received = m_window->deliveries()->receiver()->requests().last();
    QCOMPARE(received.header("Authorization"), QByteArray("Bearer sk_test_gui_42"));
    auto* headers = widget<QTreeView>("requestHeadersView");
    QCOMPARE(cellText(headers, 0, 0), u"Authorization"_s);
    QCOMPARE(cellText(headers, 0, 1), SentRequest::mask());
    QVERIFY(!m_window->inspector()->curlCommand().contains(u"sk_test_gui_42"_s));
    QTest::mouseClick(widget<QCheckBox>("revealSecretsCheckBox"), Qt::LeftButton);
    QCOMPARE(cellText(headers, 0, 1), u"Bearer sk_test_gui_42"_s);
    QTest::mouseClick(widget<QPushButton>("copyCurlButton"), Qt::LeftButton);
    QVERIFY(
        QApplication::clipboard()->text().contains(u"-H 'Authorization: Bearer sk_test_gui_42'"_s));

    // The history keeps the delivery, but never the secret.
    const HistoryEntry stored = *m_window->deliveries()->history()->entry(tracker->historyId());
    QCOMPARE(stored.record.attempts.first().request.header(u"Authorization"), SentRequest::mask());

    // Search in the body finds the key.
    typeInto(widget<QLineEdit>("searchLineEdit"), u"OK"_s);
    QCOMPARE(widget<LargeTextView>("responseBodyView")->matchCount(), 1);
    QCOMPARE(widget<QLabel>("matchLabel")->text(), u"1 of 1"_s);
}

void DeliveryInspectorTest::cancelsDuringABackoffWait()
{
    setReceiverScript(u"503"_s);
    setPolicy(2, 5, 1, 30, 10);
    clickWebhook(m_window.get(), 2);
    widget<QComboBox>("sendEventComboBox")->setCurrentText(u"conversation.intent_detected"_s);
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
    DeliveryTracker* tracker = m_window->inspector()->tracker();
    QVERIFY(tracker);
    QTRY_VERIFY_WITH_TIMEOUT(tracker->isWaiting(), 10000);
    auto* timeline = widget<TimelineWidget>("timelineWidget");
    QVERIFY2(timeline->caption().startsWith(u"Attempt 2 in "_s), qPrintable(timeline->caption()));
    QVERIFY(timeline->caption().endsWith(u"(backoff)"_s));
    auto* cancel = widget<QPushButton>("cancelButton");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!tracker->isRunning());
    QCOMPARE(tracker->record().attempts.size(), 1);
    QCOMPARE(tracker->record().verdict.kind(), FailureKind::Cancelled);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(widget<QPushButton>("redeliverButton")->isEnabled());
    QCOMPARE(m_window->deliveries()->receiver()->receivedCount(), 1);
    // Nothing more arrives after the cancel.
    QTest::qWait(300);
    QCOMPARE(m_window->deliveries()->receiver()->receivedCount(), 1);
}

void DeliveryInspectorTest::historySurvivesARestartAndRedelivers()
{
    // The tests above left five deliveries; a new window reads them back,
    // after the first was closed as a person does (which keeps its layout:
    // the restored layout must not skip reading the history).
    m_window->session()->undoStack()->setClean();
    QVERIFY(m_window->close());
    m_window.reset();
    startWindow();
    auto* history = widget<QTreeView>("historyView");
    QTRY_COMPARE(history->model()->rowCount(), 5);
    QCOMPARE(cellText(history, 0, HistoryModel::OutcomeColumn), u"Cancelled."_s);
    QCOMPARE(cellText(history, 4, HistoryModel::OutcomeColumn), u"Delivered"_s);
    QCOMPARE(cellText(history, 4, HistoryModel::EnvironmentColumn), u"Local"_s);
    QCOMPARE(cellText(history, 4, 1), u"Sales chat notifier"_s);

    // Filters.
    auto* outcome = widget<QComboBox>("outcomeFilterComboBox");
    outcome->setCurrentIndex(outcome->findText(u"Delivered"_s));
    QCOMPARE(history->model()->rowCount(), 2);
    auto* webhook = widget<QComboBox>("webhookFilterComboBox");
    webhook->setCurrentIndex(webhook->findText(u"CRM sync"_s));
    QCOMPARE(history->model()->rowCount(), 0);
    outcome->setCurrentIndex(0);
    QCOMPARE(history->model()->rowCount(), 1);
    webhook->setCurrentIndex(0);
    auto* event = widget<QComboBox>("eventFilterComboBox");
    event->setCurrentIndex(event->findText(u"conversation.intent_detected"_s));
    QCOMPARE(history->model()->rowCount(), 4);
    event->setCurrentIndex(0);

    // Selecting the oldest (the first success) opens it in the inspector.
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {},
        history->visualRect(history->model()->index(4, 0)).center());
    DeliveryTracker* reopened = m_window->inspector()->tracker();
    QVERIFY(reopened);
    QVERIFY(!reopened->isRunning());
    QCOMPARE(reopened->record().webhookName, u"Sales chat notifier"_s);
    QCOMPARE(widget<QTreeView>("attemptsView")->model()->rowCount(), 1);
    QVERIFY(widget<QLabel>("statusLineLabel")->text().contains(u"200 OK"_s));
    const QString eventId = reopened->record().eventId;

    // Redeliver sends the same request again.
    QTest::mouseClick(widget<QPushButton>("historyRedeliverButton"), Qt::LeftButton);
    DeliveryTracker* again = m_window->inspector()->tracker();
    QVERIFY(again != reopened);
    QVERIFY(QTest::qWaitFor([again] { return !again->isRunning(); }));
    QVERIFY2(again->record().delivered(), qPrintable(again->record().verdict.summary()));
    QCOMPARE(again->record().eventId, eventId);
    QCOMPARE(m_window->deliveries()->receiver()->requests().last().body,
        reopened->record().attempts.first().request.body);
    QTRY_COMPARE(history->model()->rowCount(), 6);
}

void DeliveryInspectorTest::refusesToSendWhatCannotBeRendered()
{
    m_window->session()->editWebhook(
        2, u"body"_s, [](WebhookConfig& webhook) { webhook.body += u"{{unmapped}}"_s; });
    bool shown = false;
    interactWithNextDialog([&shown](QDialog* dialog) {
        shown = dialog->objectName() == u"sendErrorMessageBox"_s;
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box->informativeText().contains(u"{{unmapped}} is not mapped"_s));
        box->accept();
    });
    QCOMPARE(sendAndWait(m_window.get(), 2, u"conversation.intent_detected"_s), nullptr);
    QVERIFY(shown);
    QCOMPARE(m_window->deliveries()->receiver()->receivedCount(), 0);
}

void DeliveryInspectorTest::runsABurst()
{
    clickWebhook(m_window.get(), 2);
    // The window opens the history once it is on screen.
    QTRY_VERIFY(m_window->deliveries()->history()->isOpen());
    const int historyRows = m_window->deliveries()->history()->count();
    interactWithNextDialog([](QDialog* dialog) {
        QCOMPARE(dialog->objectName(), u"burstDialog"_s);
        typeIntoSpinBox(findWidget<QSpinBox>(dialog, "countSpinBox"), u"30"_s);
        typeIntoSpinBox(findWidget<QSpinBox>(dialog, "concurrencySpinBox"), u"4"_s);
        QTest::mouseClick(findWidget<QPushButton>(dialog, "burstStartButton"), Qt::LeftButton);
        auto* summary = findWidget<QLabel>(dialog, "burstSummaryLabel");
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Success rate 100.0 %"_s), 20000);
        QVERIFY(summary->text().contains(u"30 deliveries with concurrency 4"_s));
        QVERIFY(summary->text().contains(u"Latency: p50 "_s));
        QCOMPARE(findWidget<QProgressBar>(dialog, "burstProgressBar")->value(), 30);
    });
    QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->deliveries()->receiver()->receivedCount(), 30);
    // Bursts are summed up, not kept one by one.
    QCOMPARE(m_window->deliveries()->history()->count(), historyRows);
}

QTEST_MAIN(DeliveryInspectorTest)
#include "DeliveryInspectorTest.moc"
