#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

JsonWriter::JsonWriter(int indent)
    : m_indent(indent)
{ }

void JsonWriter::newline()
{
    if (m_indent < 0)
        return;
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
    m_out += m_indent < 0 ? ":" : ": ";
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
    return m_indent < 0 ? m_out : m_out + '\n';
}

QByteArray JsonWriter::quoted(QStringView text)
{
    return '"' + escaped(text.toString()).toUtf8() + '"';
}

namespace {
// Inline, not passed as a function pointer: renders scan every value.
constexpr auto needsEscape = [](QChar character) {
    const char16_t c = character.unicode();
    return c < 0x20 || c == u'"' || c == u'\\';
};
} // namespace

QString JsonWriter::escaped(const QString& text)
{
    if (std::none_of(text.cbegin(), text.cend(), needsEscape))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    appendEscaped(out, text);
    return out;
}

void JsonWriter::appendEscaped(QString& out, QStringView text)
{
    static const char16_t kHex[] = u"0123456789abcdef";
    const auto first = std::find_if(text.cbegin(), text.cend(), needsEscape);
    out.append(text.constData(), first - text.cbegin());
    for (auto it = first; it != text.cend(); ++it) {
        const QChar character = *it;
        const char16_t c = character.unicode();
        switch (c) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\b':
            out += u"\\b"_s;
            break;
        case u'\f':
            out += u"\\f"_s;
            break;
        default:
            if (c < 0x20) {
                out += u"\\u00"_s;
                out += QChar(kHex[c >> 4]);
                out += QChar(kHex[c & 0xF]);
            } else {
                out += character;
            }
        }
    }
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
