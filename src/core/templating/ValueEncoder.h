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
// A URL component: everything but A–Z a–z 0–9 - . _ ~ percent-encoded, so a
// value can never add a path segment, a query parameter or a fragment.
QString urlComponent(const QJsonValue& value);
// application/x-www-form-urlencoded: as a URL component, with + for spaces.
QString formComponent(const QJsonValue& value);
// The inside of a JSON string literal: the text form, JSON-escaped.
QString jsonStringContent(const QJsonValue& value);
// A whole JSON value of the value's own type.
QString jsonValue(const QJsonValue& value);

// Each of the two below appends to `out`, as a render builds its text.
// A value for a placeholder in a URL: one that starts the URL supplies its
// scheme and host (such as {{local_receiver}}) and goes in as it is; any
// other is one component and is percent-encoded.
void appendInUrl(QString& out, const TemplateValue& value, qsizetype offset);
// A value for a placeholder in a body of `type`, standing in `context` when
// the body is JSON.
void appendInBody(QString& out, const TemplateValue& value, BodyContentType type,
    JsonTemplateScanner::Context context);
// The two above as strings of their own.
QString inUrl(const QJsonValue& value, qsizetype offset);
QString inBody(const QJsonValue& value, BodyContentType type, JsonTemplateScanner::Context context);
} // namespace ValueEncoder
