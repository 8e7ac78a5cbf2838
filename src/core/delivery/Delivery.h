#pragma once

#include "DeliveryPlan.h"
#include "DeliveryRecord.h"
#include "HttpExchange.h"
#include "ResponseDecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class HttpClient;

// One delivery of one event: attempts until the success condition holds, the
// retries run out, the total timeout passes or it is cancelled.
//
// Each attempt has a deadline of its own, from sending to the last byte (a
// timer and abort(), not an idle timeout). One total deadline spans all attempts and the waits
// between them, and no attempt starts after it. Redirects are not followed,
// response bodies are kept up to a cap, and every attempt ends with a verdict
// and its reasons. Everything runs on the event loop: nothing blocks.
class Delivery : public QObject
{
    Q_OBJECT

public:
    // Bodies are read in slices of this size, one per turn of the event loop,
    // so a 50 MB answer never holds up the window.
    static constexpr qint64 kReadSliceBytes = 1024 * 1024;

    Delivery(HttpClient* client, const DeliveryPlan& plan, QObject* parent = nullptr);
    ~Delivery() override;

    void start();
    // Stops at once: an attempt in flight is aborted and no retry follows.
    void cancel();

    bool isFinished() const { return m_record.finished; }
    const DeliveryRecord& record() const { return m_record; }
    const DeliveryPlan& plan() const { return m_plan; }

signals:
    void attemptStarted(int number, const SentRequest& request);
    void responseHeadersReceived(int number, int status, const QString& reason);
    void progress(int number, qint64 bytesReceived, qint64 bytesTotal);
    void attemptFinished(const AttemptRecord& attempt);
    // The next attempt starts at `until`; `why` names the cause of the wait.
    void waitingForRetry(int nextNumber, const QDateTime& until, qint64 waitMs, const QString& why);
    void finished(const DeliveryRecord& record);

private:
    void startAttempt();
    HttpRequest buildRequest(const SentRequest& sent) const;
    void readResponseHeaders();
    void readBody();
    // Reads the next slice now and asks for another turn if more is waiting.
    void readSlice();
    void onReplyFinished();
    void onAttemptDeadline();
    void onTotalDeadline();
    // Aborts the reply in flight; `verdict` says why the attempt ended.
    void abortAttempt(const Verdict& verdict);
    Verdict transportVerdict() const;
    Verdict tlsVerdict() const;
    void continueAfter(const AttemptRecord& attempt);
    std::optional<qint64> retryAfterMs(const AttemptRecord& attempt) const;
    void finish(const Verdict& verdict);
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 totalMs() const;

    HttpClient* m_client;
    DeliveryPlan m_plan;
    DeliveryRecord m_record;
    QElapsedTimer m_clock;
    QElapsedTimer m_attemptClock;
    QPointer<HttpExchange> m_reply;
    bool m_sliceScheduled = false;
    // The reply finished while slices of its body were still unread.
    bool m_finishPending = false;
    qint64 m_replyFinishedMs = 0;
    AttemptRecord m_current;
    std::optional<Verdict> m_abortVerdict;
    std::unique_ptr<ResponseDecoder> m_decoder; // made when the head arrives
    QTimer m_attemptTimer;
    QTimer m_totalTimer;
    QTimer m_waitTimer;
    bool m_cancelled = false;
};
