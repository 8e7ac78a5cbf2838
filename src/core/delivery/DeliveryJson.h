#pragma once

#include "DeliveryRecord.h"
#include "DeliveryReplay.h"
#include "validation/Problem.h"

#include <QJsonObject>

#include <optional>

// Deliveries and attempts as JSON, for the CLI's machine-readable output and
// the history, and back. Secret header values are always masked (a replay
// keeps its ${NAME} references). Bodies are UTF-8 text under "body", or
// base64 under "bodyBase64" when they are not valid UTF-8, so no byte is lost.
namespace DeliveryJson {
QJsonObject request(const SentRequest& request);
QJsonObject attempt(const AttemptRecord& attempt);
QJsonObject verdict(const Verdict& verdict);
QJsonObject delivery(const DeliveryRecord& record);
QJsonObject replay(const DeliveryReplay& replay);

// The readers report what they cannot read with its JSON path and return
// nothing when anything is missing or mistyped.
std::optional<DeliveryRecord> readDelivery(const QJsonObject& object, QList<Problem>* problems);
std::optional<DeliveryReplay> readReplay(const QJsonObject& object, QList<Problem>* problems);
} // namespace DeliveryJson
