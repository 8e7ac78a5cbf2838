#include "DeliveryReplay.h"

#include "model/SecretReference.h"

namespace {
// Keeps values that hold references ("${TOKEN}", "Bearer ${TOKEN}"): they
// name a secret without giving it away.
void maskValue(QString& value)
{
    if (!value.isEmpty() && SecretReference::namesIn(value).isEmpty())
        value = SentRequest::mask();
}
} // namespace

DeliveryReplay DeliveryReplay::redacted() const
{
    DeliveryReplay copy = *this;
    for (SentRequest::Header& header : copy.request.headers) {
        if (header.secret)
            maskValue(header.value);
    }
    for (HeaderEntry& header : copy.webhook.headers) {
        if (header.secret)
            maskValue(header.value);
    }
    maskValue(copy.webhook.signing.secret);
    return copy;
}
