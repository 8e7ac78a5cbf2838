#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <type_traits>

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
        m_out += number(value);
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
// The same escaping for UTF-16 text and UTF-8 bytes: everything JSON
// escapes is ASCII, and UTF-8 continuation bytes are never below 0x80.
void appendAscii(QString& out, const char* ascii)
{
    out += QLatin1StringView(ascii);
}

void appendAscii(QByteArray& out, const char* ascii)
{
    JsonWriter::appendBytes(out, QByteArrayView(ascii));
}

void appendUnits(QString& out, const char16_t* units, qsizetype count)
{
    out.append(reinterpret_cast<const QChar*>(units), count);
}

void appendUnits(QByteArray& out, const char* units, qsizetype count)
{
    JsonWriter::appendBytes(out, QByteArrayView(units, count));
}

// A function object, not a function: find_if inlines it.
template<typename Unit>
constexpr auto needsEscape = [](Unit unit) {
    const auto c = static_cast<std::make_unsigned_t<Unit>>(unit);
    return c < 0x20 || c == '"' || c == '\\';
};

// For bytes, one table look-up each: renders scan every string value.
struct EscapeTable
{
    bool escapes[256] = {};
    constexpr EscapeTable()
    {
        for (int c = 0; c < 0x20; ++c)
            escapes[c] = true;
        escapes[int('"')] = escapes[int('\\')] = true;
    }
};
constexpr EscapeTable kEscapeTable;

template<>
constexpr auto needsEscape<char> = [](char unit) { return kEscapeTable.escapes[uchar(unit)]; };

template<typename Out, typename Unit>
void appendEscapedUnits(Out& out, const Unit* begin, const Unit* end)
{
    static const char kHex[] = "0123456789abcdef";
    for (const Unit* it = begin; it != end;) {
        const Unit* plain = std::find_if(it, end, needsEscape<Unit>);
        appendUnits(out, it, plain - it);
        if (plain == end)
            return;
        const auto c = static_cast<std::make_unsigned_t<Unit>>(*plain);
        switch (c) {
        case '"':
            appendAscii(out, "\\\"");
            break;
        case '\\':
            appendAscii(out, "\\\\");
            break;
        case '\n':
            appendAscii(out, "\\n");
            break;
        case '\r':
            appendAscii(out, "\\r");
            break;
        case '\t':
            appendAscii(out, "\\t");
            break;
        case '\b':
            appendAscii(out, "\\b");
            break;
        case '\f':
            appendAscii(out, "\\f");
            break;
        default: {
            const char escape[] = { '\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF], 0 };
            appendAscii(out, escape);
        }
        }
        it = plain + 1;
    }
}
} // namespace

QString JsonWriter::escaped(const QString& text)
{
    const char16_t* units = reinterpret_cast<const char16_t*>(text.constData());
    if (std::none_of(units, units + text.size(), needsEscape<char16_t>))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    appendEscapedUnits(out, units, units + text.size());
    return out;
}

void JsonWriter::appendBytes(QByteArray& out, QByteArrayView bytes)
{
    // QByteArray::append goes through a general insert(); a render appends
    // a few dozen short pieces into a buffer reserved for them. A plain
    // loop, not memcpy: glibc's AVX-512 memmove cost more than it saved on
    // pieces this short (render-benchmark on the Xeon VM: about 300,000
    // renders/s with memcpy, 440,000 with the loop).
    if (bytes.isEmpty()) // its data may be null, which memcpy must not get
        return;
    const qsizetype at = out.size();
    out.resize(at + bytes.size());
    char* to = out.data() + at;
    for (const char byte : bytes)
        *to++ = byte;
}

void JsonWriter::appendEscaped(QByteArray& out, QByteArrayView utf8)
{
    appendEscapedUnits(out, utf8.data(), utf8.data() + utf8.size());
}

QByteArray JsonWriter::number(const QJsonValue& value)
{
    // Qt keeps an integer read from JSON as a 64-bit integer: write it as it
    // was, even past 2^53 where a double would round it (64-bit ids).
    const qint64 integer = value.toInteger(0);
    if (integer != 0 && double(integer) == value.toDouble())
        return QByteArray::number(integer);
    return number(value.toDouble());
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
