#include "DeliverySchedule.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

DeliverySchedule::DeliverySchedule(const DeliveryPolicy& policy)
    : m_policy(policy)
{
    double start = 0.0;
    m_offsets.append(start);
    for (int retry = 1; retry <= policy.retryLimit; ++retry) {
        start += policy.backoff.nominalDelaySeconds(retry);
        if (start >= policy.totalTimeoutSeconds) {
            m_cutOff = policy.retryLimit - retry + 1;
            break;
        }
        m_offsets.append(start);
    }
}

QString DeliverySchedule::formatSeconds(double seconds)
{
    if (seconds >= 120 && std::fmod(seconds, 60.0) == 0.0)
        return tr("%1 min").arg(seconds / 60.0);
    return tr("%1 s").arg(QString::number(seconds, 'g', 4));
}

QString DeliverySchedule::describe() const
{
    QStringList starts;
    for (double offset : m_offsets)
        starts.append(offset == 0.0 ? tr("now") : u"+"_s + formatSeconds(offset));
    QString text = tr("Up to %n attempt(s): %1; each may take %2; gives up after %3.", nullptr,
        static_cast<int>(m_offsets.size()))
                       .arg(starts.join(u", "_s), formatSeconds(m_policy.timeoutSeconds),
                           formatSeconds(m_policy.totalTimeoutSeconds));
    if (m_cutOff > 0) {
        text += u' '
            + tr("The total timeout leaves no room for the last %n retry(s).", nullptr, m_cutOff);
    }
    return text;
}
