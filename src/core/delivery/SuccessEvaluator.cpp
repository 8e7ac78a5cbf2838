#include "SuccessEvaluator.h"

#include "model/ResponseKeyPath.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString describeJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return SuccessEvaluator::tr("\"%1\" (a string)").arg(value.toString().left(80));
    case QJsonValue::Double:
        return SuccessEvaluator::tr("%1 (a number)").arg(value.toDouble());
    case QJsonValue::Null:
        return SuccessEvaluator::tr("null");
    case QJsonValue::Object:
        return SuccessEvaluator::tr("an object");
    case QJsonValue::Array:
        return SuccessEvaluator::tr("an array");
    default:
        return SuccessEvaluator::tr("not a value");
    }
}
} // namespace

QString SuccessEvaluator::statusText(int status, const QString& reason)
{
    return reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
}

Verdict SuccessEvaluator::evaluate(
    const SuccessCondition& condition, const AttemptRecord::Response& response)
{
    const int status = response.status;
    const bool statusOk = condition.expectedStatus ? status == *condition.expectedStatus
                                                   : status >= 200 && status <= 299;
    if (!statusOk) {
        const QString expected = condition.expectedStatus
            ? tr("expected %1").arg(*condition.expectedStatus)
            : tr("expected any 2xx");
        if (status >= 300 && status <= 399) {
            const QByteArray location = response.header("Location");
            return Verdict::failure(FailureKind::Redirect,
                location.isEmpty()
                    ? tr("Status %1 is a redirect without a Location; redirects are not "
                         "followed (%2).")
                          .arg(statusText(status, response.reason), expected)
                    : tr("Status %1 redirects to %2; redirects are not followed (%3).")
                          .arg(statusText(status, response.reason), QString::fromUtf8(location),
                              expected));
        }
        return Verdict::failure(FailureKind::StatusMismatch,
            tr("Status %1; %2.").arg(statusText(status, response.reason), expected));
    }
    if (condition.responseKey.isEmpty())
        return Verdict::success();
    return evaluateKey(condition, response.body);
}

Verdict SuccessEvaluator::evaluateKey(const SuccessCondition& condition, const QByteArray& body)
{
    const QString& key = condition.responseKey;
    if (body.trimmed().isEmpty()) {
        return Verdict::failure(FailureKind::BodyNotJson,
            tr("The response body is empty, so %1 cannot be checked.").arg(key));
    }
    // Wrapped in an array so that a bare value ("true") parses too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        return Verdict::failure(FailureKind::BodyNotJson,
            tr("The response is not JSON (%1 at byte %2), so %3 cannot be checked.")
                .arg(error.errorString())
                .arg(qMax(0, error.offset - 1))
                .arg(key));
    }
    const ResponseKeyPath path(key);
    if (!path.isValid())
        return Verdict::failure(FailureKind::KeyMissing, path.error());
    const ResponseKeyPath::Lookup lookup = path.find(document.array().first());
    if (!lookup.found) {
        const QString reached = path.segments().mid(0, lookup.matchedSegments).join(u'.');
        return Verdict::failure(FailureKind::KeyMissing,
            reached.isEmpty() ? tr("%1 is missing from the response: it has no \"%2\".")
                                    .arg(key, path.segments().first())
                              : tr("%1 is missing from the response: %2 has no \"%3\".")
                                    .arg(key, reached, path.segments().at(lookup.matchedSegments)));
    }
    if (!lookup.value.isBool()) {
        return Verdict::failure(FailureKind::KeyNotBoolean,
            tr("%1 is %2, not true or false.").arg(key, describeJson(lookup.value)));
    }
    if (lookup.value.toBool() != condition.expectedValue) {
        return Verdict::failure(FailureKind::KeyValueMismatch,
            tr("%1 is %2; expected %3.")
                .arg(key, lookup.value.toBool() ? u"true"_s : u"false"_s,
                    condition.expectedValue ? u"true"_s : u"false"_s));
    }
    return Verdict::success();
}
