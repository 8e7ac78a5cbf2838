#include "HttpSyntax.h"

using namespace Qt::StringLiterals;

namespace HttpSyntax {
bool isToken(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar character : text) {
        const char16_t c = character.unicode();
        const bool alnum
            = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!alnum && !u"!#$%&'*+-.^_`|~"_s.contains(character))
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

bool isHttpUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}
} // namespace HttpSyntax
