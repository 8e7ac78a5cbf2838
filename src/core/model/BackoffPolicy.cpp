#include "BackoffPolicy.h"

#include <algorithm>
#include <cmath>

double BackoffPolicy::nominalDelaySeconds(int retryNumber) const
{
    if (retryNumber < 1)
        return 0.0;
    const double grown = initialDelaySeconds * std::pow(multiplier, retryNumber - 1);
    return std::clamp(grown, 0.0, std::max(maxDelaySeconds, 0.0));
}

double BackoffPolicy::jitteredDelaySeconds(int retryNumber, double random01) const
{
    const double fraction = std::clamp(jitter, 0.0, 1.0) * std::clamp(random01, 0.0, 1.0);
    return nominalDelaySeconds(retryNumber) * (1.0 - fraction);
}
