#pragma once

#include "BackoffPolicy.h"

#include <tuple>

// The seed's three knobs (webhook timeout, retry limit, total timeout) plus the
// backoff between attempts and the explicit opt-out of TLS verification.
struct DeliveryPolicy
{
    double timeoutSeconds = 10.0;
    int retryLimit = 3;
    double totalTimeoutSeconds = 60.0;
    BackoffPolicy backoff;
    bool allowInsecureTls = false;

    int maxAttempts() const { return 1 + retryLimit; }

    friend bool operator==(const DeliveryPolicy& a, const DeliveryPolicy& b)
    {
        return std::tie(a.timeoutSeconds, a.retryLimit, a.totalTimeoutSeconds, a.backoff,
                   a.allowInsecureTls)
            == std::tie(b.timeoutSeconds, b.retryLimit, b.totalTimeoutSeconds, b.backoff,
                b.allowInsecureTls);
    }
    friend bool operator!=(const DeliveryPolicy& a, const DeliveryPolicy& b) { return !(a == b); }
};
