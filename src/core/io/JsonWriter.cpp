#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

JsonWriter::JsonWriter(int indent)
    : m_indent(indent)
{ }

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(m_levels.size() * m_indent, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level& level = m_levels.last();
    if (level.count++ > 0)
        m_out += ',';
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({ true, 0 });
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({ false, 0 });
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::close(char bracket)
{
    const Level level = m_levels.takeLast();
    if (level.count > 0)
        newline();
    m_out += bracket;
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    m_out += quoted(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::member(QStringView name, const QJsonValue& value)
{
    key(name);
    this->value(value);
}

void JsonWriter::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            member(it.key(), it.value());
        endObject();
        return;
    }
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue& item : value.toArray())
            this->value(item);
        endArray();
        return;
    }
    case QJsonValue::Bool:
        beforeValue();
        m_out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        beforeValue();
        m_out += number(value.toDouble());
        return;
    case QJsonValue::String:
        beforeValue();
        m_out += quoted(value.toString());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        beforeValue();
        m_out += "null";
        return;
    }
}

QByteArray JsonWriter::toJson() const
{
    return m_out + '\n';
}

QByteArray JsonWriter::quoted(QStringView text)
{
    static const char kHex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += kHex[c >> 4];
                out += kHex[c & 0xF];
            } else {
                out += byte;
            }
        }
    }
    out += '"';
    return out;
}

QByteArray JsonWriter::number(double value)
{
    if (!std::isfinite(value))
        return "null"; // JSON has no NaN or infinity
    constexpr double kExactIntegerLimit = 9007199254740992.0; // 2^53
    if (value == std::floor(value) && std::abs(value) < kExactIntegerLimit)
        return QByteArray::number(static_cast<qint64>(value));
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}
