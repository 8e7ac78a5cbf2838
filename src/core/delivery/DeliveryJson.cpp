#include "DeliveryJson.h"

#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"
#include "io/JsonObjectReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
using Presence = JsonObjectReader::Presence;

void putBody(QJsonObject& object, const QByteArray& body)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        object.insert(u"bodyBase64"_s, QString::fromLatin1(body.toBase64()));
    else
        object.insert(u"body"_s, text);
}

QByteArray takeBody(JsonObjectReader& reader)
{
    if (reader.has(u"bodyBase64"))
        return QByteArray::fromBase64(reader.string(u"bodyBase64", Presence::Required).toLatin1());
    return reader.string(u"body", Presence::Optional).toUtf8();
}

QJsonObject requestObject(const SentRequest& request)
{
    QJsonArray headers;
    for (const SentRequest::Header& header : request.headers) {
        headers.append(QJsonObject { { u"name"_s, header.name }, { u"value"_s, header.value },
            { u"secret"_s, header.secret } });
    }
    QJsonObject object {
        { u"method"_s, httpMethodName(request.method) },
        { u"url"_s, request.url },
        { u"headers"_s, headers },
    };
    putBody(object, request.body);
    return object;
}

// Calls `read(object, path)` for each object in the array at `key`.
template<typename Read>
void forEachObject(JsonObjectReader& reader, QStringView key, QList<Problem>* problems, Read read)
{
    const std::optional<QJsonArray> array = reader.array(key, Presence::Optional);
    if (!array)
        return;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const JsonPath path = reader.path(key).index(i);
        const QJsonValue item = array->at(i);
        if (item.isObject())
            read(item.toObject(), path);
        else
            JsonObjectReader::reportTypeMismatch(
                problems, path, QCoreApplication::translate("DeliveryJson", "an object"), item);
    }
}

SentRequest readRequest(const QJsonObject& object, const JsonPath& path, QList<Problem>* problems)
{
    JsonObjectReader reader(object, path, problems);
    SentRequest request;
    request.method = reader.enumeration(
        u"method", Presence::Required, HttpMethod::Post, httpMethodFromName, httpMethodNames());
    request.url = reader.string(u"url", Presence::Required);
    forEachObject(reader, u"headers", problems, [&](const QJsonObject& item, const JsonPath& at) {
        JsonObjectReader header(item, at, problems);
        request.headers.append({ header.string(u"name", Presence::Required),
            header.string(u"value", Presence::Optional), header.boolean(u"secret", false) });
    });
    request.body = takeBody(reader);
    return request;
}

Verdict readVerdict(JsonObjectReader& owner, QList<Problem>* problems)
{
    Verdict verdict;
    const std::optional<QJsonObject> object = owner.object(u"verdict", Presence::Required);
    if (!object)
        return verdict;
    JsonObjectReader reader(*object, owner.path(u"verdict"), problems);
    verdict.delivered = reader.boolean(u"delivered", false);
    forEachObject(reader, u"reasons", problems, [&](const QJsonObject& item, const JsonPath& at) {
        JsonObjectReader reason(item, at, problems);
        verdict.reasons.append(
            { reason.enumeration(u"kind", Presence::Required, FailureKind::NetworkError,
                  failureKindFromName, failureKindNames()),
                reason.string(u"message", Presence::Optional) });
    });
    return verdict;
}

// `value`, unless reading it added an error to `problems` after `before`.
template<typename T>
std::optional<T> unlessErrors(T value, const QList<Problem>& problems, qsizetype before)
{
    if (containsErrors(problems.mid(before)))
        return std::nullopt;
    return value;
}

qint64 milliseconds(JsonObjectReader& reader, QStringView key)
{
    return qint64(reader.number(key, 0));
}

AttemptRecord::Response readResponse(
    const QJsonObject& object, const JsonPath& path, QList<Problem>* problems)
{
    JsonObjectReader reader(object, path, problems);
    AttemptRecord::Response response;
    response.received = true;
    response.status = reader.integer(u"status", 0);
    response.reason = reader.string(u"reason", Presence::Optional);
    forEachObject(reader, u"headers", problems, [&](const QJsonObject& item, const JsonPath& at) {
        JsonObjectReader header(item, at, problems);
        response.headers.append({ header.string(u"name", Presence::Required).toLatin1(),
            header.string(u"value", Presence::Optional).toUtf8() });
    });
    response.body = takeBody(reader);
    response.size = qint64(reader.number(u"size", double(response.body.size())));
    response.truncated = reader.boolean(u"truncated", false);
    return response;
}

PhaseTimings readPhases(const QJsonObject& object, const JsonPath& path, QList<Problem>* problems)
{
    JsonObjectReader reader(object, path, problems);
    PhaseTimings timings;
    for (int i = 0; i < PhaseTimings::kPhaseCount; ++i) {
        const auto phase = PhaseTimings::Phase(i);
        if (const double end = reader.number(PhaseTimings::name(phase), -1); end >= 0)
            timings.mark(phase, qint64(end));
    }
    return timings;
}

// Only the phases that happened: {"dns": 120, "connect": 410, …}.
QJsonObject phases(const PhaseTimings& timings)
{
    QJsonObject object;
    for (int i = 0; i < PhaseTimings::kPhaseCount; ++i) {
        const auto phase = PhaseTimings::Phase(i);
        if (timings.end(phase) >= 0)
            object.insert(PhaseTimings::name(phase), timings.end(phase));
    }
    return object;
}

AttemptRecord readAttempt(const QJsonObject& object, const JsonPath& path, QList<Problem>* problems)
{
    JsonObjectReader reader(object, path, problems);
    AttemptRecord attempt;
    attempt.number = reader.integer(u"attempt", 1);
    attempt.startedAt
        = QDateTime::fromString(reader.string(u"startedAt", Presence::Optional), Qt::ISODateWithMs);
    attempt.startOffsetMs = milliseconds(reader, u"startOffsetMs");
    attempt.deadlineMs = milliseconds(reader, u"deadlineMs");
    attempt.timeToHeadersMs = qint64(reader.number(u"timeToHeadersMs", -1));
    attempt.durationMs = milliseconds(reader, u"durationMs");
    if (const std::optional<QJsonObject> phases = reader.object(u"phasesUs", Presence::Optional))
        attempt.phases = readPhases(*phases, reader.path(u"phasesUs"), problems);
    if (const std::optional<QJsonObject> request = reader.object(u"request", Presence::Required))
        attempt.request = readRequest(*request, reader.path(u"request"), problems);
    if (const std::optional<QJsonObject> response = reader.object(u"response", Presence::Optional))
        attempt.response = readResponse(*response, reader.path(u"response"), problems);
    attempt.networkError = reader.string(u"networkError", Presence::Optional);
    attempt.proxy = reader.string(u"proxy", Presence::Optional);
    attempt.verdict = readVerdict(reader, problems);
    return attempt;
}
} // namespace

namespace DeliveryJson {
QJsonObject request(const SentRequest& request)
{
    return requestObject(request.redacted());
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
        { u"phasesUs"_s, phases(attempt.phases) },
        { u"request"_s, request(attempt.request) },
        { u"verdict"_s, verdict(attempt.verdict) },
    };
    if (attempt.response.received) {
        QJsonArray headers;
        for (const auto& [name, value] : attempt.response.headers) {
            headers.append(QJsonObject { { u"name"_s, QString::fromLatin1(name) },
                { u"value"_s, QString::fromUtf8(value) } });
        }
        QJsonObject response {
            { u"status"_s, attempt.response.status },
            { u"reason"_s, attempt.response.reason },
            { u"headers"_s, headers },
            { u"size"_s, attempt.response.size },
            { u"truncated"_s, attempt.response.truncated },
        };
        putBody(response, attempt.response.body);
        result.insert(u"response"_s, response);
    }
    if (!attempt.networkError.isEmpty())
        result.insert(u"networkError"_s, attempt.networkError);
    if (!attempt.proxy.isEmpty())
        result.insert(u"proxy"_s, attempt.proxy);
    return result;
}

QJsonObject delivery(const DeliveryRecord& record)
{
    QJsonArray attempts;
    for (const AttemptRecord& item : record.attempts)
        attempts.append(attempt(item));
    QJsonObject result {
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
    if (!record.environment.isEmpty())
        result.insert(u"environment"_s, record.environment);
    return result;
}

QJsonObject replay(const DeliveryReplay& replay)
{
    const DeliveryReplay safe = replay.redacted();
    QJsonObject result {
        { u"event"_s, safe.event },
        { u"eventId"_s, safe.eventId },
        { u"messageId"_s, safe.messageId },
        { u"webhook"_s,
            QJsonDocument::fromJson(DocumentWriter::webhookToJson(safe.webhook)).object() },
        { u"request"_s, requestObject(safe.request) },
    };
    if (!safe.environment.isEmpty())
        result.insert(u"environment"_s, safe.environment);
    return result;
}

std::optional<DeliveryRecord> readDelivery(const QJsonObject& object, QList<Problem>* problems)
{
    const qsizetype before = problems->size();
    JsonObjectReader reader(object, JsonPath(), problems);
    DeliveryRecord record;
    record.webhookId = reader.string(u"webhookId", Presence::Optional);
    record.webhookName = reader.string(u"webhook", Presence::Required);
    record.event = reader.string(u"event", Presence::Required);
    record.eventId = reader.string(u"eventId", Presence::Optional);
    record.environment = reader.string(u"environment", Presence::Optional);
    record.startedAt
        = QDateTime::fromString(reader.string(u"startedAt", Presence::Required), Qt::ISODateWithMs);
    record.totalMs = milliseconds(reader, u"totalMs");
    record.attemptTimeoutMs = milliseconds(reader, u"attemptTimeoutMs");
    record.totalTimeoutMs = milliseconds(reader, u"totalTimeoutMs");
    record.verdict = readVerdict(reader, problems);
    forEachObject(reader, u"attempts", problems, [&](const QJsonObject& item, const JsonPath& at) {
        record.attempts.append(readAttempt(item, at, problems));
    });
    record.finished = true;
    return unlessErrors(record, *problems, before);
}

std::optional<DeliveryReplay> readReplay(const QJsonObject& object, QList<Problem>* problems)
{
    const qsizetype before = problems->size();
    JsonObjectReader reader(object, JsonPath(), problems);
    DeliveryReplay replay;
    replay.event = reader.string(u"event", Presence::Required);
    replay.eventId = reader.string(u"eventId", Presence::Optional);
    replay.messageId = reader.string(u"messageId", Presence::Optional);
    replay.environment = reader.string(u"environment", Presence::Optional);
    if (const std::optional<QJsonObject> webhook = reader.object(u"webhook", Presence::Required)) {
        QList<Problem> webhookProblems;
        const std::optional<WebhookConfig> config
            = DocumentReader::readWebhookObject(*webhook, &webhookProblems);
        for (Problem& problem : webhookProblems)
            problem.path = reader.path(u"webhook").toString() + problem.path.mid(1);
        problems->append(webhookProblems);
        if (config)
            replay.webhook = *config;
    }
    if (const std::optional<QJsonObject> request = reader.object(u"request", Presence::Required))
        replay.request = readRequest(*request, reader.path(u"request"), problems);
    return unlessErrors(replay, *problems, before);
}
} // namespace DeliveryJson
