#pragma once

#include "JsonTemplateScanner.h"
#include "TemplateValue.h"
#include "model/BodyContentType.h"

#include <QJsonValue>
#include <QString>

// Turns a resolved value into text for the place where its placeholder stands.
namespace ValueEncoder {
// Plain text: strings as they are, numbers in their shortest form, true and
// false, nothing for null, compact JSON for objects and arrays.
QString text(const QJsonValue& value);
// Each of the two below appends to `out`, as a render builds its URL (text)
// and body (UTF-8).
// A value for a placeholder in a URL: one that starts the URL supplies its
// scheme and host (such as {{local_receiver}}) and goes in as it is; any
// other is one component, with everything but A–Z a–z 0–9 - . _ ~
// percent-encoded, so a value can never add a path segment, a query
// parameter or a fragment.
void appendInUrl(QString& out, const TemplateValue& value, qsizetype offset);
// A value for a placeholder in a body of `type`, standing in `context` when
// the body is JSON: inside a string literal, the text form JSON-escaped; as
// a whole value, JSON of the value's own type (null for nothing). A form
// body takes a URL component with + for spaces
// (application/x-www-form-urlencoded); a text body the text form.
void appendInBody(QByteArray& out, const TemplateValue& value, BodyContentType type,
    JsonTemplateScanner::Context context);
// The two above as strings of their own.
QString inUrl(const QJsonValue& value, qsizetype offset);
QString inBody(const QJsonValue& value, BodyContentType type, JsonTemplateScanner::Context context);
} // namespace ValueEncoder
