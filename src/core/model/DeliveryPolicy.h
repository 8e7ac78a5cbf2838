#pragma once

#include "BackoffPolicy.h"
#include "Limits.h"

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
    // Widens the total timeout (up to its limit) so that every attempt can
    // use its whole timeout, after the attempt timeout was raised.
    void makeRoomForAttempts()
    {
        totalTimeoutSeconds = qMin(qMax(totalTimeoutSeconds, timeoutSeconds * maxAttempts()),
            Limits::kMaxTotalTimeoutSeconds);
    }

    friend bool operator==(const DeliveryPolicy& a, const DeliveryPolicy& b)
    {
        return std::tie(a.timeoutSeconds, a.retryLimit, a.totalTimeoutSeconds, a.backoff,
                   a.allowInsecureTls)
            == std::tie(b.timeoutSeconds, b.retryLimit, b.totalTimeoutSeconds, b.backoff,
                b.allowInsecureTls);
    }
    friend bool operator!=(const DeliveryPolicy& a, const DeliveryPolicy& b) { return !(a == b); }
};
