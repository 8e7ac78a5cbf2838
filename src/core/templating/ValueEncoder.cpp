#include "ValueEncoder.h"

#include "io/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString compactJson(const QJsonValue& value)
{
    const QJsonDocument document
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}
} // namespace

namespace ValueEncoder {
QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::fromLatin1(JsonWriter::number(value.toDouble()));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
    case QJsonValue::Array:
        return compactJson(value);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString urlComponent(const QJsonValue& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text(value)));
}

QString formComponent(const QJsonValue& value)
{
    // WHATWG's urlencoded serializer keeps * - . _ and alphanumerics, writes
    // a space as +, and percent-encodes everything else (~ included).
    QByteArray encoded = QUrl::toPercentEncoding(text(value), "*", "~");
    encoded.replace("%20", "+");
    return QString::fromLatin1(encoded);
}

QString jsonStringContent(const QJsonValue& value)
{
    return JsonWriter::escaped(text(value));
}

QString jsonValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + JsonWriter::escaped(value.toString()) + u'"';
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    default:
        return text(value);
    }
}

QString inUrl(const QJsonValue& value, qsizetype offset)
{
    return offset == 0 ? text(value) : urlComponent(value);
}

QString inBody(const QJsonValue& value, BodyContentType type, JsonTemplateScanner::Context context)
{
    switch (type) {
    case BodyContentType::Json:
        if (context == JsonTemplateScanner::Context::InString)
            return jsonStringContent(value);
        if (context == JsonTemplateScanner::Context::Value)
            return jsonValue(value);
        return text(value); // the template is not JSON
    case BodyContentType::Form:
        return formComponent(value);
    case BodyContentType::Text:
        break;
    }
    return text(value);
}
} // namespace ValueEncoder
