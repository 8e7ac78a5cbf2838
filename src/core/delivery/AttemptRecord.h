#pragma once

#include "PhaseTimings.h"
#include "SentRequest.h"
#include "Verdict.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>

// Everything known about one attempt of a delivery: what was sent, what came
// back, how long it took and what it means.
struct AttemptRecord
{
    struct Response
    {
        bool received = false; // a status line arrived
        int status = 0;
        QString reason;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body; // at most the body cap
        qint64 size = 0; // bytes received, including any beyond the cap
        bool truncated = false;

        QByteArray header(const QByteArray& name) const;
    };

    int number = 1; // 1-based
    SentRequest request;
    Response response;
    QDateTime startedAt;
    // Milliseconds since the delivery started, when this attempt started.
    qint64 startOffsetMs = 0;
    // From sending to the response headers; -1 when none arrived.
    qint64 timeToHeadersMs = -1;
    qint64 durationMs = 0;
    // Lookup, connect, handshake, sending, waiting, receiving.
    PhaseTimings phases;
    // The deadline this attempt had, in milliseconds.
    qint64 deadlineMs = 0;
    // The network error, in Qt's words, if any.
    QString networkError;
    // The proxy the attempt went through ("http://me:***@proxy:3128"), or
    // empty when it went direct.
    QString proxy;
    Verdict verdict;
};
