#include "DeliveryJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DeliveryJson {
QJsonObject request(const SentRequest& request)
{
    const SentRequest safe = request.redacted();
    QJsonArray headers;
    for (const SentRequest::Header& header : safe.headers) {
        headers.append(QJsonObject { { u"name"_s, header.name }, { u"value"_s, header.value },
            { u"secret"_s, header.secret } });
    }
    return {
        { u"method"_s, httpMethodName(safe.method) },
        { u"url"_s, safe.url },
        { u"headers"_s, headers },
        { u"body"_s, QString::fromUtf8(safe.body) },
    };
}

QJsonObject verdict(const Verdict& verdict)
{
    QJsonArray reasons;
    for (const Verdict::Reason& reason : verdict.reasons) {
        reasons.append(QJsonObject {
            { u"kind"_s, failureKindName(reason.kind) }, { u"message"_s, reason.message } });
    }
    return { { u"delivered"_s, verdict.delivered }, { u"reasons"_s, reasons } };
}

QJsonObject attempt(const AttemptRecord& attempt)
{
    QJsonObject result {
        { u"attempt"_s, attempt.number },
        { u"startedAt"_s, attempt.startedAt.toString(Qt::ISODateWithMs) },
        { u"startOffsetMs"_s, attempt.startOffsetMs },
        { u"deadlineMs"_s, attempt.deadlineMs },
        { u"timeToHeadersMs"_s, attempt.timeToHeadersMs },
        { u"durationMs"_s, attempt.durationMs },
        { u"request"_s, request(attempt.request) },
        { u"verdict"_s, verdict(attempt.verdict) },
    };
    if (attempt.response.received) {
        QJsonArray headers;
        for (const auto& [name, value] : attempt.response.headers) {
            headers.append(QJsonObject { { u"name"_s, QString::fromLatin1(name) },
                { u"value"_s, QString::fromUtf8(value) } });
        }
        result.insert(u"response"_s,
            QJsonObject {
                { u"status"_s, attempt.response.status },
                { u"reason"_s, attempt.response.reason },
                { u"headers"_s, headers },
                { u"body"_s, QString::fromUtf8(attempt.response.body) },
                { u"size"_s, attempt.response.size },
                { u"truncated"_s, attempt.response.truncated },
            });
    }
    if (!attempt.networkError.isEmpty())
        result.insert(u"networkError"_s, attempt.networkError);
    return result;
}

QJsonObject delivery(const DeliveryRecord& record)
{
    QJsonArray attempts;
    for (const AttemptRecord& item : record.attempts)
        attempts.append(attempt(item));
    return {
        { u"webhookId"_s, record.webhookId },
        { u"webhook"_s, record.webhookName },
        { u"event"_s, record.event },
        { u"eventId"_s, record.eventId },
        { u"startedAt"_s, record.startedAt.toString(Qt::ISODateWithMs) },
        { u"totalMs"_s, record.totalMs },
        { u"attemptTimeoutMs"_s, record.attemptTimeoutMs },
        { u"totalTimeoutMs"_s, record.totalTimeoutMs },
        { u"verdict"_s, verdict(record.verdict) },
        { u"attempts"_s, attempts },
    };
}
} // namespace DeliveryJson
