#pragma once

#include "Delivery.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class HttpClient;

// Runs `count` deliveries with at most `concurrency` in flight, each from a
// fresh plan (its own event id), and sums them up.
class DeliveryBurst : public QObject
{
    Q_OBJECT

public:
    using PlanFactory = std::function<DeliveryPlan(int index)>;

    struct Summary
    {
        int total = 0;
        int delivered = 0;
        int failed = 0;
        int cancelled = 0;
        qint64 elapsedMs = 0;
        // Milliseconds per delivery, sorted.
        QList<qint64> latenciesMs;

        qint64 percentile(double fraction) const;
        double ratePerSecond() const;
        // Two lines: the counts and rate, then the latency percentiles.
        QString describe(int concurrency) const;
    };

    DeliveryBurst(HttpClient* client, int count, int concurrency, PlanFactory factory,
        QObject* parent = nullptr);

    void start();
    void cancel();
    const Summary& summary() const { return m_summary; }

signals:
    void deliveryStarted(Delivery* delivery, int index);
    void deliveryFinished(const DeliveryRecord& record, int index);
    void progress(int done, int total);
    void finished(const DeliveryBurst::Summary& summary);

private:
    void launchMore();
    void onDeliveryFinished(Delivery* delivery, int index);

    HttpClient* m_client;
    int m_count;
    int m_concurrency;
    PlanFactory m_factory;
    int m_launched = 0;
    int m_done = 0;
    bool m_cancelled = false;
    QList<Delivery*> m_running;
    QElapsedTimer m_clock;
    Summary m_summary;
};
