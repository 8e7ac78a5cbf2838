#include "DeliveryBurst.h"

#include "Duration.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

qint64 DeliveryBurst::Summary::percentile(double fraction) const
{
    if (latenciesMs.isEmpty())
        return 0;
    // Nearest rank: the smallest value with at least `fraction` of all at or
    // below it.
    const qsizetype rank = qsizetype(std::ceil(fraction * latenciesMs.size()));
    return latenciesMs.at(std::clamp<qsizetype>(rank - 1, 0, latenciesMs.size() - 1));
}

double DeliveryBurst::Summary::ratePerSecond() const
{
    return elapsedMs > 0 ? total * 1000.0 / elapsedMs : 0.0;
}

QString DeliveryBurst::Summary::describe(int concurrency) const
{
    return QCoreApplication::translate("DeliveryBurst", "%n delivery(s)", nullptr, total) + u' '
        + QCoreApplication::translate(
            "DeliveryBurst", "with concurrency %1 in %2 (%3 per second): %4 delivered, %5 failed.")
              .arg(concurrency)
              .arg(Duration::text(elapsedMs))
              .arg(QString::number(ratePerSecond(), 'f', 0))
              .arg(delivered)
              .arg(failed + cancelled)
        + u'\n'
        + QCoreApplication::translate("DeliveryBurst", "Latency: p50 %1, p90 %2, p99 %3, max %4.")
              .arg(Duration::text(percentile(0.5)), Duration::text(percentile(0.9)),
                  Duration::text(percentile(0.99)), Duration::text(percentile(1.0)));
}

DeliveryBurst::DeliveryBurst(
    HttpClient* client, int count, int concurrency, PlanFactory factory, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_count(qMax(0, count))
    , m_concurrency(qMax(1, concurrency))
    , m_factory(std::move(factory))
{ }

void DeliveryBurst::start()
{
    m_clock.start();
    if (m_count == 0) {
        emit finished(m_summary);
        return;
    }
    launchMore();
}

void DeliveryBurst::cancel()
{
    m_cancelled = true;
    // Cancelling finishes each delivery, which removes it from m_running.
    const QList<Delivery*> running = m_running;
    for (Delivery* delivery : running)
        delivery->cancel();
}

void DeliveryBurst::launchMore()
{
    while (!m_cancelled && m_running.size() < m_concurrency && m_launched < m_count) {
        const int index = m_launched++;
        auto* delivery = new Delivery(m_client, m_factory(index), this);
        m_running.append(delivery);
        connect(delivery, &Delivery::finished, this,
            [this, delivery, index] { onDeliveryFinished(delivery, index); });
        emit deliveryStarted(delivery, index);
        delivery->start();
    }
}

void DeliveryBurst::onDeliveryFinished(Delivery* delivery, int index)
{
    const DeliveryRecord& record = delivery->record();
    ++m_done;
    ++m_summary.total;
    if (record.delivered())
        ++m_summary.delivered;
    else if (record.verdict.kind() == FailureKind::Cancelled)
        ++m_summary.cancelled;
    else
        ++m_summary.failed;
    const auto position = std::lower_bound(
        m_summary.latenciesMs.begin(), m_summary.latenciesMs.end(), record.totalMs);
    m_summary.latenciesMs.insert(position, record.totalMs);
    emit deliveryFinished(record, index);
    emit progress(m_done, m_count);

    m_running.removeOne(delivery);
    delivery->deleteLater();
    const bool allDone = m_cancelled ? m_running.isEmpty() : m_done == m_count;
    if (allDone) {
        m_summary.elapsedMs = m_clock.elapsed();
        emit finished(m_summary);
        return;
    }
    launchMore();
}
