#pragma once

#include "delivery/Delivery.h"
#include "history/HistoryEntry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

// One delivery as the inspector and the timeline show it: either live (a
// running Delivery, with the attempt in flight and the wait before the next
// one) or reopened from the history. Views read it and repaint on changed().
class DeliveryTracker : public QObject
{
    Q_OBJECT

public:
    // Follows `delivery` from its start; the delivery must not have started.
    DeliveryTracker(Delivery* delivery, const DeliveryReplay& replay, QObject* parent = nullptr);
    // A finished delivery from the history.
    explicit DeliveryTracker(const HistoryEntry& entry, QObject* parent = nullptr);

    const DeliveryRecord& record() const { return m_record; }
    const std::optional<DeliveryReplay>& replay() const { return m_replay; }
    bool isRunning() const { return m_delivery && !m_record.finished; }
    Delivery* delivery() const { return m_delivery; }
    qint64 historyId() const { return m_historyId; }
    void setHistoryId(qint64 id) { m_historyId = id; }

    // Milliseconds since the delivery started (its total when finished).
    qint64 elapsedMs() const;
    // The attempt in flight and when it started; 0 / -1 when none.
    int inFlightAttempt() const { return m_inFlight; }
    qint64 inFlightStartMs() const { return m_inFlightStartMs; }
    // The request of the attempt in flight.
    const SentRequest& inFlightRequest() const { return m_inFlightRequest; }
    // While waiting for a retry: the wait's start and end, and why.
    bool isWaiting() const { return m_waitUntilMs >= 0; }
    qint64 waitStartMs() const { return m_waitStartMs; }
    qint64 waitUntilMs() const { return m_waitUntilMs; }
    QString waitReason() const { return m_waitReason; }
    // The waits between attempts so far: [start, end) in milliseconds.
    const QList<std::pair<qint64, qint64>>& waits() const { return m_waits; }

    void cancel();

signals:
    void changed();
    void attemptAdded(int number);
    void finished();

private:
    void onAttemptStarted(int number, const SentRequest& request);
    void onAttemptFinished(const AttemptRecord& attempt);
    void onWaiting(int next, qint64 waitMs, const QString& why);
    void onFinished(const DeliveryRecord& record);
    void recomputeWaits();

    QPointer<Delivery> m_delivery;
    DeliveryRecord m_record;
    std::optional<DeliveryReplay> m_replay;
    qint64 m_historyId = 0;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    qint64 m_inFlightStartMs = -1;
    SentRequest m_inFlightRequest;
    qint64 m_waitStartMs = -1;
    qint64 m_waitUntilMs = -1;
    QString m_waitReason;
    QList<std::pair<qint64, qint64>> m_waits;
};
