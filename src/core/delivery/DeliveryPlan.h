#pragma once

#include "SentRequest.h"
#include "model/DeliveryPolicy.h"
#include "model/SuccessCondition.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// Everything a Delivery needs: the request with its secrets filled in, the
// policy and success condition, and the signing key if the webhook signs.
struct DeliveryPlan
{
    static constexpr qint64 kDefaultBodyCapBytes = 10 * 1024 * 1024;

    QString webhookId;
    QString webhookName;
    // The environment the request was rendered for; empty without one.
    QString environment;
    QString event;
    QString eventId;
    SentRequest request;
    DeliveryPolicy policy;
    SuccessCondition success;
    std::optional<QByteArray> signingKey;
    // webhook-id when signing: the same on every attempt, so receivers can
    // drop duplicates.
    QString messageId;
    qint64 bodyCapBytes = kDefaultBodyCapBytes;

    // The request as an attempt starting at `time` sends it: with the
    // signing headers of that moment when the webhook signs.
    SentRequest requestAt(const QDateTime& time) const;
};
