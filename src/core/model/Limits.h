#pragma once

#include <QtGlobal>

// The bounds that validation enforces and that editors use for their ranges,
// kept in one place so both always agree.
namespace Limits {
constexpr double kMinTimeoutSeconds = 0.1;
constexpr double kMaxTimeoutSeconds = 300.0;
constexpr double kMaxTotalTimeoutSeconds = 3600.0;
constexpr int kMinRetryLimit = 0;
constexpr int kMaxRetryLimit = 10;
constexpr double kMaxBackoffDelaySeconds = 3600.0;
constexpr double kMinBackoffMultiplier = 1.0;
constexpr double kMaxBackoffMultiplier = 10.0;
constexpr int kMinStatusCode = 100;
constexpr int kMaxStatusCode = 599;
constexpr int kMaxWebhooks = 1000;
constexpr qint64 kMaxDocumentBytes = 16 * 1024 * 1024;
} // namespace Limits
