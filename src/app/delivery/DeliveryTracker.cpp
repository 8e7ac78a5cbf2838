#include "delivery/DeliveryTracker.h"

#include "delivery/Delivery.h"

DeliveryTracker::DeliveryTracker(Delivery* delivery, const DeliveryReplay& replay, QObject* parent)
    : QObject(parent)
    , m_delivery(delivery)
    , m_replay(replay)
{
    const DeliveryPlan& plan = delivery->plan();
    m_record.webhookId = plan.webhookId;
    m_record.webhookName = plan.webhookName;
    m_record.event = plan.event;
    m_record.eventId = plan.eventId;
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    m_record.attemptTimeoutMs = qint64(plan.policy.timeoutSeconds * 1000);
    m_record.totalTimeoutMs = qint64(plan.policy.totalTimeoutSeconds * 1000);
    m_clock.start();
    connect(delivery, &Delivery::attemptStarted, this, &DeliveryTracker::onAttemptStarted);
    connect(delivery, &Delivery::attemptFinished, this, &DeliveryTracker::onAttemptFinished);
    connect(delivery, &Delivery::waitingForRetry, this,
        [this](int next, const QDateTime&, qint64 waitMs, const QString& why) {
            onWaiting(next, waitMs, why);
        });
    connect(delivery, &Delivery::finished, this, &DeliveryTracker::onFinished);
}

DeliveryTracker::DeliveryTracker(const HistoryEntry& entry, QObject* parent)
    : QObject(parent)
    , m_record(entry.record)
    , m_replay(entry.replay)
    , m_historyId(entry.id)
{
    recomputeWaits();
}

qint64 DeliveryTracker::elapsedMs() const
{
    return isRunning() ? m_clock.elapsed() : m_record.totalMs;
}

void DeliveryTracker::cancel()
{
    if (isRunning())
        m_delivery->cancel();
}

void DeliveryTracker::onAttemptStarted(int number, const SentRequest& request)
{
    m_inFlight = number;
    m_inFlightStartMs = m_clock.elapsed();
    m_inFlightRequest = request;
    if (m_waitUntilMs >= 0)
        m_waits.append({ m_waitStartMs, m_inFlightStartMs });
    m_waitStartMs = m_waitUntilMs = -1;
    emit changed();
}

void DeliveryTracker::onAttemptFinished(const AttemptRecord& attempt)
{
    m_inFlight = 0;
    m_inFlightStartMs = -1;
    m_record.attempts.append(attempt);
    emit attemptAdded(attempt.number);
    emit changed();
}

void DeliveryTracker::onWaiting(int next, qint64 waitMs, const QString& why)
{
    Q_UNUSED(next)
    m_waitStartMs = m_clock.elapsed();
    m_waitUntilMs = m_waitStartMs + waitMs;
    m_waitReason = why;
    emit changed();
}

void DeliveryTracker::onFinished(const DeliveryRecord& record)
{
    m_record = record;
    m_inFlight = 0;
    m_inFlightStartMs = m_waitStartMs = m_waitUntilMs = -1;
    recomputeWaits();
    emit changed();
    emit finished();
}

void DeliveryTracker::recomputeWaits()
{
    // The gaps between one attempt's end and the next one's start.
    m_waits.clear();
    for (qsizetype i = 1; i < m_record.attempts.size(); ++i) {
        const AttemptRecord& previous = m_record.attempts.at(i - 1);
        const qint64 end = previous.startOffsetMs + previous.durationMs;
        m_waits.append({ end, m_record.attempts.at(i).startOffsetMs });
    }
}
