#pragma once

#include <tuple>

// The wait before retry n (1-based) is initial * multiplier^(n-1), capped at
// maxDelay; jitter then shortens each wait by a random fraction of up to
// `jitter`, so the nominal schedule is also the longest one.
struct BackoffPolicy
{
    double initialDelaySeconds = 1.0;
    double multiplier = 2.0;
    double maxDelaySeconds = 30.0;
    double jitter = 0.2;

    double nominalDelaySeconds(int retryNumber) const;
    // `random01` is a uniformly drawn number in [0, 1).
    double jitteredDelaySeconds(int retryNumber, double random01) const;

    friend bool operator==(const BackoffPolicy& a, const BackoffPolicy& b)
    {
        return std::tie(a.initialDelaySeconds, a.multiplier, a.maxDelaySeconds, a.jitter)
            == std::tie(b.initialDelaySeconds, b.multiplier, b.maxDelaySeconds, b.jitter);
    }
    friend bool operator!=(const BackoffPolicy& a, const BackoffPolicy& b) { return !(a == b); }
};
