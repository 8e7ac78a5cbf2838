#include "DeliveryPlan.h"

#include "StandardWebhooks.h"

using namespace Qt::StringLiterals;

SentRequest DeliveryPlan::requestAt(const QDateTime& time) const
{
    SentRequest sent = request;
    if (signingKey) {
        const qint64 timestamp = time.toSecsSinceEpoch();
        sent.headers.append({ u"webhook-id"_s, messageId, false });
        sent.headers.append({ u"webhook-timestamp"_s, QString::number(timestamp), false });
        sent.headers.append({ u"webhook-signature"_s,
            StandardWebhooks::sign(*signingKey, messageId, timestamp, request.body), false });
    }
    return sent;
}
