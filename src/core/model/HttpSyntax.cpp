#include "HttpSyntax.h"

#include <string_view>

using namespace Qt::StringLiterals;

namespace {
bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isLowerAlnum(char16_t c)
{
    return (c >= u'a' && c <= u'z') || isDigit(c);
}

// Whether an ASCII character is one of `set`; no string built per call.
bool isOneOf(char16_t c, std::string_view set)
{
    return c <= 0x7f && set.find(char(c)) != std::string_view::npos;
}

// Characters QUrl leaves as they are in a path, query or fragment.
bool isPlainUrlCharacter(char16_t c)
{
    return isLowerAlnum(c) || (c >= u'A' && c <= u'Z') || isOneOf(c, "-._~!$&()*+,;=:@/?");
}

bool isHexDigit(char16_t c)
{
    return isDigit(c) || (c >= u'A' && c <= u'F');
}

bool isNumber(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return isDigit(c.unicode()); });
}

// A number without leading zeros up to `max` (QUrl rewrites 010 or 080).
bool isCanonicalNumber(QStringView text, int max)
{
    if (!isNumber(text) || text.size() > 5 || (text.size() > 1 && text.front() == u'0'))
        return false;
    int number = 0;
    for (QChar digit : text)
        number = number * 10 + (digit.unicode() - u'0');
    return number <= max;
}

// host[:port] of lowercase DNS labels (no IDN, no user info, no IPv6) or a
// dotted IPv4 address of four numbers (QUrl rewrites 127.1), with a port of
// 0–65535.
bool isPlainAuthority(QStringView authority)
{
    const qsizetype colon = authority.indexOf(u':');
    const QStringView host = colon < 0 ? authority : authority.left(colon);
    if (colon >= 0 && !isCanonicalNumber(authority.mid(colon + 1), 65535))
        return false;
    if (host.isEmpty() || host.size() > 253)
        return false;
    if (isDigit(host.back().unicode())) {
        int numbers = 0;
        for (qsizetype start = 0; start <= host.size(); ++numbers) {
            const qsizetype dot = host.indexOf(u'.', start);
            const qsizetype end = dot < 0 ? host.size() : dot;
            if (!isCanonicalNumber(host.mid(start, end - start), 255))
                return false;
            start = end + 1;
        }
        return numbers == 4;
    }
    for (qsizetype start = 0; start <= host.size();) {
        const qsizetype dot = host.indexOf(u'.', start);
        const QStringView label = host.mid(start, (dot < 0 ? host.size() : dot) - start);
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u"xn--")
            || label.front() == u'-' || label.back() == u'-'
            || !std::all_of(label.begin(), label.end(),
                [](QChar c) { return isLowerAlnum(c.unicode()) || c == u'-'; }))
            return false;
        start += label.size() + 1;
    }
    return true;
}

// Whether QUrl would give `url` back unchanged: an http(s) URL in plain
// ASCII, percent-escapes only of characters that need them, one fragment.
bool isAlreadyEncoded(QStringView url)
{
    qsizetype start = 0;
    if (url.startsWith(u"http://"))
        start = 7;
    else if (url.startsWith(u"https://"))
        start = 8;
    else
        return false;
    qsizetype end = start;
    while (end < url.size() && url.at(end) != u'/' && url.at(end) != u'?' && url.at(end) != u'#')
        ++end;
    if (!isPlainAuthority(url.mid(start, end - start)))
        return false;
    bool inFragment = false;
    for (qsizetype i = end; i < url.size(); ++i) {
        const char16_t c = url.at(i).unicode();
        if (c == u'#') {
            if (inFragment)
                return false;
            inFragment = true;
        } else if (c == u'%') {
            // QUrl decodes an escaped unreserved character and writes hex
            // digits in upper case.
            if (i + 2 >= url.size() || !isHexDigit(url.at(i + 1).unicode())
                || !isHexDigit(url.at(i + 2).unicode()))
                return false;
            const char16_t decoded = char16_t(url.mid(i + 1, 2).toUShort(nullptr, 16));
            if (isLowerAlnum(decoded) || (decoded >= u'A' && decoded <= u'Z')
                || isOneOf(decoded, "-._~"))
                return false;
            i += 2;
        } else if (!isPlainUrlCharacter(c)) {
            return false;
        }
    }
    return true;
}
} // namespace

namespace HttpSyntax {
bool isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    // Every render checks every header name: no string built per character.
    for (QChar character : text) {
        const char16_t c = character.unicode();
        const bool alnum
            = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && !isOneOf(c, "!#$%&'*+-.^_`|~"))
            return false;
    }
    return true;
}

qsizetype forbiddenHeaderValueCharacter(QStringView value)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c == u'\r' || c == u'\n' || c == u'\0')
            return i;
    }
    return -1;
}

QString describeCharacter(QChar character)
{
    switch (character.unicode()) {
    case u'\r':
        return u"a carriage return (CR)"_s;
    case u'\n':
        return u"a line feed (LF)"_s;
    case u'\0':
        return u"a NUL byte"_s;
    default:
        return u"\""_s + character + u'"';
    }
}

QString encodedHttpUrl(const QString& url)
{
    if (isAlreadyEncoded(url))
        return url;
    const QUrl parsed(url, QUrl::TolerantMode);
    return isHttpUrl(parsed) ? QString::fromUtf8(parsed.toEncoded()) : QString();
}

bool isHttpUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}
} // namespace HttpSyntax
