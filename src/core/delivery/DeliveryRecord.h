#pragma once

#include "AttemptRecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

// One delivery of one event by one webhook: its attempts and the final verdict.
struct DeliveryRecord
{
    QString webhookId;
    QString webhookName;
    QString event;
    QString eventId; // the same on every attempt
    // The environment the delivery went to; empty without one.
    QString environment;
    QDateTime startedAt;
    QList<AttemptRecord> attempts;
    bool finished = false;
    Verdict verdict;
    qint64 totalMs = 0;
    // The delivery's limits, as the timeline draws them.
    qint64 attemptTimeoutMs = 0;
    qint64 totalTimeoutMs = 0;

    bool delivered() const { return finished && verdict.delivered; }
};
