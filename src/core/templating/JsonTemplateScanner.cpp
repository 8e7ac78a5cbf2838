#include "JsonTemplateScanner.h"

using namespace Qt::StringLiterals;

namespace {
// Deep enough for any real payload, shallow enough to never exhaust the stack.
constexpr int kMaxDepth = 256;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
} // namespace

JsonTemplateScanner::JsonTemplateScanner(const QString& text, const ParsedTemplate& parsed)
    : m_text(text)
{
    m_result.contexts.fill(Context::NotPlaceholder, parsed.segments.size());
    m_units.reserve(text.size()); // at most one unit per character
    for (int s = 0; s < parsed.segments.size(); ++s) {
        const ParsedTemplate::Segment& segment = parsed.segments.at(s);
        if (segment.isPlaceholder()) {
            m_units.append({ 0, segment.offset, s });
            continue;
        }
        for (qsizetype j = 0; j < segment.text.size(); ++j)
            m_units.append({ segment.text.at(j).unicode(), segment.offset + j, -1 });
    }
}

JsonTemplateScanner::Result JsonTemplateScanner::scan(
    const QString& text, const ParsedTemplate& parsed)
{
    JsonTemplateScanner scanner(text, parsed);
    scanner.skipWhitespace();
    if (scanner.atEnd()) {
        scanner.fail(tr("The body is empty or only white space; JSON needs a value."));
    } else if (scanner.parseValue(0)) {
        scanner.skipWhitespace();
        if (!scanner.atEnd())
            scanner.fail(
                tr("Unexpected %1 after the end of the JSON value.").arg(scanner.describeHere()));
    }
    return scanner.m_result;
}

QString JsonTemplateScanner::describeHere() const
{
    if (atEnd())
        return tr("end of the body");
    if (atPlaceholder())
        return tr("placeholder");
    const char16_t c = peek();
    if (c == u'\n')
        return tr("line break");
    if (c < 0x20)
        return tr("control character U+%1").arg(int(c), 4, 16, QChar(u'0'));
    return u"\""_s + QChar(c) + u'"';
}

bool JsonTemplateScanner::fail(const QString& message)
{
    const qsizetype offset = atEnd() ? m_text.size() : m_units.at(m_pos).offset;
    m_result.errors.append(
        { TextPosition::at(m_text, offset), 1, tr("The body is not valid JSON: %1").arg(message) });
    return false;
}

void JsonTemplateScanner::skipWhitespace()
{
    while (!atEnd() && !atPlaceholder()) {
        const char16_t c = peek();
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
            return;
        ++m_pos;
    }
}

bool JsonTemplateScanner::expect(char16_t character, const QString& what)
{
    skipWhitespace();
    if (peek() != character)
        return fail(tr("expected %1, found %2.").arg(what, describeHere()));
    ++m_pos;
    return true;
}

bool JsonTemplateScanner::parseValue(int depth)
{
    skipWhitespace();
    if (atPlaceholder()) {
        m_result.contexts[m_units.at(m_pos).segment] = Context::Value;
        ++m_pos;
        return true;
    }
    if (depth > kMaxDepth)
        return fail(tr("nesting deeper than %1 levels.").arg(kMaxDepth));
    switch (peek()) {
    case u'{':
        return parseObject(depth + 1);
    case u'[':
        return parseArray(depth + 1);
    case u'"':
        return parseString();
    case u't':
        return parseWord(u"true");
    case u'f':
        return parseWord(u"false");
    case u'n':
        return parseWord(u"null");
    default:
        if (peek() == u'-' || isDigit(peek()))
            return parseNumber();
        return fail(tr("expected a value, found %1.").arg(describeHere()));
    }
}

bool JsonTemplateScanner::parseObject(int depth)
{
    ++m_pos; // {
    skipWhitespace();
    if (peek() == u'}') {
        ++m_pos;
        return true;
    }
    while (true) {
        skipWhitespace();
        if (atPlaceholder()) {
            return fail(tr("a placeholder used as a key must be inside quotes: "
                           "\"{{name}}\": …"));
        }
        if (peek() != u'"')
            return fail(tr("expected a key in double quotes, found %1.").arg(describeHere()));
        if (!parseString() || !expect(u':', tr("\":\" after the key")) || !parseValue(depth))
            return false;
        skipWhitespace();
        if (peek() == u',') {
            ++m_pos;
            continue;
        }
        return expect(u'}', tr("\",\" or \"}\" after a member of an object"));
    }
}

bool JsonTemplateScanner::parseArray(int depth)
{
    ++m_pos; // [
    skipWhitespace();
    if (peek() == u']' && !atPlaceholder()) {
        ++m_pos;
        return true;
    }
    while (true) {
        if (!parseValue(depth))
            return false;
        skipWhitespace();
        if (peek() == u',') {
            ++m_pos;
            continue;
        }
        return expect(u']', tr("\",\" or \"]\" after an element of an array"));
    }
}

bool JsonTemplateScanner::parseString()
{
    ++m_pos; // opening quote
    while (!atEnd()) {
        if (atPlaceholder()) {
            m_result.contexts[m_units.at(m_pos).segment] = Context::InString;
            ++m_pos;
            continue;
        }
        const char16_t c = peek();
        if (c == u'"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20) {
            return fail(c == u'\n' ? tr("a line break inside a string; write \\n instead.")
                                   : tr("%1 inside a string; escape it as \\u%2.")
                                         .arg(describeHere())
                                         .arg(int(c), 4, 16, QChar(u'0')));
        }
        if (c == u'\\') {
            ++m_pos;
            const char16_t escaped = peek();
            if (escaped == u'u') {
                for (int k = 0; k < 4; ++k) {
                    ++m_pos;
                    if (!isHexDigit(peek()))
                        return fail(tr("\\u must be followed by four hexadecimal digits."));
                }
            } else if (!u"\"\\/bfnrt"_s.contains(QChar(escaped)) || escaped == 0) {
                return fail(tr("invalid escape \\%1 in a string.").arg(QChar(escaped)));
            }
        }
        ++m_pos;
    }
    return fail(tr("a string is not closed: a \" is missing."));
}

bool JsonTemplateScanner::parseNumber()
{
    if (peek() == u'-')
        ++m_pos;
    if (peek() == u'0') {
        ++m_pos;
    } else if (isDigit(peek())) {
        while (isDigit(peek()))
            ++m_pos;
    } else {
        return fail(tr("a number needs digits after \"-\"."));
    }
    if (peek() == u'.') {
        ++m_pos;
        if (!isDigit(peek()))
            return fail(tr("a number needs digits after the decimal point."));
        while (isDigit(peek()))
            ++m_pos;
    }
    if (peek() == u'e' || peek() == u'E') {
        ++m_pos;
        if (peek() == u'+' || peek() == u'-')
            ++m_pos;
        if (!isDigit(peek()))
            return fail(tr("a number needs digits in its exponent."));
        while (isDigit(peek()))
            ++m_pos;
    }
    return true;
}

bool JsonTemplateScanner::parseWord(QStringView word)
{
    for (QChar expected : word) {
        if (peek() != expected.unicode())
            return fail(tr("expected %1, found %2.").arg(word.toString(), describeHere()));
        ++m_pos;
    }
    return true;
}
