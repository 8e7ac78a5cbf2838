#include "ValueEncoder.h"

#include "io/JsonWriter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QByteArray compactJson(const QJsonValue& value)
{
    JsonWriter writer(-1);
    writer.value(value);
    return writer.toJson();
}

// Renders append to the body they build: no temporary string per value.
void appendJsonValue(QByteArray& out, const TemplateValue& value)
{
    switch (value.json.type()) {
    case QJsonValue::String:
        JsonWriter::appendBytes(out, "\"");
        JsonWriter::appendEscaped(out, value.utf8);
        JsonWriter::appendBytes(out, "\"");
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        JsonWriter::appendBytes(out, "null");
        return;
    default:
        JsonWriter::appendBytes(out, value.utf8); // numbers, true, false, JSON
    }
}

QByteArray formEncoded(const QString& text)
{
    // WHATWG's urlencoded serializer keeps * - . _ and alphanumerics, writes
    // a space as +, and percent-encodes everything else (~ included).
    QByteArray encoded = QUrl::toPercentEncoding(text, "*", "~");
    encoded.replace("%20", "+");
    return encoded;
}
} // namespace

namespace ValueEncoder {
QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::fromLatin1(JsonWriter::number(value));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Object:
    case QJsonValue::Array:
        return QString::fromUtf8(compactJson(value));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void appendInUrl(QString& out, const TemplateValue& value, qsizetype offset)
{
    if (offset == 0)
        out += value.text;
    else
        out += QLatin1StringView(QUrl::toPercentEncoding(value.text));
}

void appendInBody(QByteArray& out, const TemplateValue& value, BodyContentType type,
    JsonTemplateScanner::Context context)
{
    switch (type) {
    case BodyContentType::Json:
        if (context == JsonTemplateScanner::Context::InString)
            JsonWriter::appendEscaped(out, value.utf8);
        else if (context == JsonTemplateScanner::Context::Value)
            appendJsonValue(out, value);
        else
            JsonWriter::appendBytes(out, value.utf8); // the template is not JSON
        return;
    case BodyContentType::Form:
        out += formEncoded(value.text);
        return;
    case BodyContentType::Text:
        break;
    }
    JsonWriter::appendBytes(out, value.utf8);
}

QString inUrl(const QJsonValue& value, qsizetype offset)
{
    QString out;
    appendInUrl(out, TemplateValue(value), offset);
    return out;
}

QString inBody(const QJsonValue& value, BodyContentType type, JsonTemplateScanner::Context context)
{
    QByteArray out;
    appendInBody(out, TemplateValue(value), type, context);
    return QString::fromUtf8(out);
}
} // namespace ValueEncoder
