#pragma once

#include "model/DeliveryPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The nominal timing of a delivery whose attempts all fail at once: when each
// attempt would start and when the delivery gives up. Editors show it as a
// sentence ("up to 4 attempts: now, +1 s, +3 s, +7 s; gives up after 60 s")
// so people see what their numbers mean before anything is sent.
class DeliverySchedule
{
    Q_DECLARE_TR_FUNCTIONS(DeliverySchedule)

public:
    explicit DeliverySchedule(const DeliveryPolicy& policy);

    // Start offsets in seconds, the first being 0; attempts that would start
    // after the total timeout are left out.
    const QList<double>& attemptOffsets() const { return m_offsets; }
    // Attempts the retry limit allows but the total timeout cuts off.
    int attemptsCutOff() const { return m_cutOff; }
    QString describe() const;

    static QString formatSeconds(double seconds);

private:
    DeliveryPolicy m_policy;
    QList<double> m_offsets;
    int m_cutOff = 0;
};
