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

// Renders append to the text they build: no temporary string per value.
void appendJsonValue(QString& out, const TemplateValue& value)
{
    switch (value.json.type()) {
    case QJsonValue::String:
        out += u'"';
        JsonWriter::appendEscaped(out, value.text);
        out += u'"';
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += u"null"_s;
        return;
    default:
        out += value.text; // numbers, true, false and compact JSON are JSON
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
        return QString::fromLatin1(JsonWriter::number(value.toDouble()));
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

QString urlComponent(const QJsonValue& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text(value)));
}

QString formComponent(const QJsonValue& value)
{
    return QString::fromLatin1(formEncoded(text(value)));
}

QString jsonStringContent(const QJsonValue& value)
{
    return JsonWriter::escaped(text(value));
}

QString jsonValue(const QJsonValue& value)
{
    QString out;
    appendJsonValue(out, TemplateValue(value));
    return out;
}

void appendInUrl(QString& out, const TemplateValue& value, qsizetype offset)
{
    if (offset == 0)
        out += value.text;
    else
        out += QLatin1StringView(QUrl::toPercentEncoding(value.text));
}

void appendInBody(QString& out, const TemplateValue& value, BodyContentType type,
    JsonTemplateScanner::Context context)
{
    switch (type) {
    case BodyContentType::Json:
        if (context == JsonTemplateScanner::Context::InString)
            JsonWriter::appendEscaped(out, value.text);
        else if (context == JsonTemplateScanner::Context::Value)
            appendJsonValue(out, value);
        else
            out += value.text; // the template is not JSON
        return;
    case BodyContentType::Form:
        out += QLatin1StringView(formEncoded(value.text));
        return;
    case BodyContentType::Text:
        break;
    }
    out += value.text;
}

QString inUrl(const QJsonValue& value, qsizetype offset)
{
    QString out;
    appendInUrl(out, TemplateValue(value), offset);
    return out;
}

QString inBody(const QJsonValue& value, BodyContentType type, JsonTemplateScanner::Context context)
{
    QString out;
    appendInBody(out, TemplateValue(value), type, context);
    return out;
}
} // namespace ValueEncoder
