#pragma once

#include <QString>

#include <optional>
#include <tuple>

// When a delivery attempt counts as delivered: the status (an exact code, or
// any 2xx when unset) and, optionally, a boolean at a dot path in the JSON
// response body.
struct SuccessCondition
{
    std::optional<int> expectedStatus;
    QString responseKey;
    bool expectedValue = true;

    bool acceptsAny2xx() const { return !expectedStatus.has_value(); }

    friend bool operator==(const SuccessCondition& a, const SuccessCondition& b)
    {
        return std::tie(a.expectedStatus, a.responseKey, a.expectedValue)
            == std::tie(b.expectedStatus, b.responseKey, b.expectedValue);
    }
    friend bool operator!=(const SuccessCondition& a, const SuccessCondition& b)
    {
        return !(a == b);
    }
};
