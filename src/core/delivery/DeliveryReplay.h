#pragma once

#include "SentRequest.h"
#include "model/WebhookConfig.h"

#include <QString>

// What it takes to send a delivery again (Redeliver): the request exactly as
// rendered, the webhook as it was (its delivery policy, success condition and
// signing), and the event's identity. Secrets are kept as ${NAME} references,
// never as values, so a replay can be stored in the history.
struct DeliveryReplay
{
    QString event;
    QString eventId;
    // webhook-id when signing; the same on a redelivery, so a receiver that
    // already processed the message can recognise it.
    QString messageId;
    // The environment the request was rendered for; empty without one.
    QString environment;
    WebhookConfig webhook;
    // Secret header values are ${NAME} references (or values typed into the
    // document, which redacted() masks).
    SentRequest request;

    // The same replay with every secret that is a value rather than a
    // reference masked, as it may be stored.
    DeliveryReplay redacted() const;
};
