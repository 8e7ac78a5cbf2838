#pragma once

#include "delivery/DeliveryPlan.h"
#include "delivery/DeliveryRecord.h"

#include <QByteArray>
#include <QString>

class HttpClient;

// The delivery the engine tests start from: POST a JSON body to `url`, one
// attempt of 2 s within 20 s; each test changes what it is about.
namespace TestPlans {
DeliveryPlan post(const QString& url, const QByteArray& body = "{\"a\":1}");
// Runs `plan` on `client` to its end (the test fails hard after 30 s).
DeliveryRecord run(HttpClient& client, const DeliveryPlan& plan);
} // namespace TestPlans
