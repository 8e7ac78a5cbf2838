#pragma once

#include "DeliveryRecord.h"

#include <QJsonObject>

// Deliveries and attempts as JSON, for the CLI's machine-readable output and
// the history. Secret header values are always masked.
namespace DeliveryJson {
QJsonObject request(const SentRequest& request);
QJsonObject attempt(const AttemptRecord& attempt);
QJsonObject verdict(const Verdict& verdict);
QJsonObject delivery(const DeliveryRecord& record);
} // namespace DeliveryJson
