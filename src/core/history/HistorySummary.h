#pragma once

#include "HistoryEntry.h"

#include <QDateTime>
#include <QString>

// How a delivery ended, as the history filters it.
enum class HistoryOutcome { Delivered, Failed, Cancelled };

// One line of the history list, read without the stored JSON.
struct HistorySummary
{
    qint64 id = 0;
    QDateTime startedAt;
    HistoryOrigin origin = HistoryOrigin::App;
    QString campaign;
    QString webhookName;
    QString event;
    QString eventId;
    // Empty when the delivery went to no environment.
    QString environment;
    QString method;
    QString url;
    HistoryOutcome outcome = HistoryOutcome::Failed;
    // The verdict in a sentence.
    QString verdict;
    int attempts = 0;
    qint64 totalMs = 0;
    // The last attempt's response status; 0 when none arrived.
    int lastStatus = 0;
};

struct HistoryFilter
{
    // Empty: any.
    QString webhookName;
    QString event;
    std::optional<HistoryOutcome> outcome;
    int limit = 1000;
};
