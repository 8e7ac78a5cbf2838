#include "TestPlans.h"

#include "delivery/Delivery.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace TestPlans {
DeliveryPlan post(const QString& url, const QByteArray& body)
{
    DeliveryPlan plan;
    plan.webhookName = u"Test"_s;
    plan.event = u"call.ended"_s;
    plan.eventId = u"evt_test"_s;
    plan.messageId = u"evt_test"_s;
    plan.request.method = HttpMethod::Post;
    plan.request.url = url;
    plan.request.headers = { { u"Content-Type"_s, u"application/json"_s, false } };
    plan.request.body = body;
    plan.policy.timeoutSeconds = 2;
    plan.policy.retryLimit = 0;
    plan.policy.totalTimeoutSeconds = 20;
    plan.policy.backoff = { 0.2, 2, 5, 0 };
    return plan;
}

DeliveryRecord run(HttpClient& client, const DeliveryPlan& plan)
{
    Delivery delivery(&client, plan);
    QSignalSpy finished(&delivery, &Delivery::finished);
    delivery.start();
    if (!delivery.isFinished() && !finished.wait(30000))
        qFatal("the delivery did not finish");
    return delivery.record();
}
} // namespace TestPlans
