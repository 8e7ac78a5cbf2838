#include "JsonPath.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// [A-Za-z_][A-Za-z0-9_]*, by hand: own samples name every member of a body
// with this, and a regular expression per key showed in their cost.
bool isIdentifier(QStringView key)
{
    const auto letter
        = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_'; };
    if (key.isEmpty() || !letter(key.front()))
        return false;
    return std::all_of(key.begin(), key.end(),
        [&letter](QChar c) { return letter(c) || (c >= u'0' && c <= u'9'); });
}
} // namespace

JsonPath JsonPath::key(QStringView key) const
{
    if (isIdentifier(key))
        return JsonPath(m_text + u'.' + key);
    QString quoted = key.toString();
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return JsonPath(m_text + u"[\""_s + quoted + u"\"]"_s);
}

JsonPath JsonPath::index(qsizetype index) const
{
    return JsonPath(m_text + u'[' + QString::number(index) + u']');
}
