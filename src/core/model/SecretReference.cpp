#include "SecretReference.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression& referencePattern()
{
    static const QRegularExpression kPattern(u"^\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}$"_s);
    return kPattern;
}

QString envToken(const QString& text)
{
    static const QRegularExpression kNotWord(u"[^A-Z0-9]+"_s);
    QString token = text.toUpper().replace(kNotWord, u"_"_s);
    while (token.startsWith(u'_'))
        token.remove(0, 1);
    while (token.endsWith(u'_'))
        token.chop(1);
    return token;
}
} // namespace

namespace SecretReference {
bool isReference(const QString& value)
{
    return referencePattern().match(value).hasMatch();
}

QString name(const QString& value)
{
    return referencePattern().match(value).captured(1);
}

QString make(const QString& name)
{
    return u"${"_s + name + u'}';
}

const QRegularExpression& embeddedPattern()
{
    static const QRegularExpression kEmbedded(u"\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"_s);
    return kEmbedded;
}

QStringList namesIn(const QString& text)
{
    QStringList names;
    for (const QRegularExpressionMatch& match : embeddedPattern().globalMatch(text)) {
        if (!names.contains(match.captured(1)))
            names.append(match.captured(1));
    }
    return names;
}

std::optional<QString> expand(
    const QString& text, const std::function<std::optional<QString>(const QString&)>& lookup)
{
    // One pass, so a value that itself contains ${...} is never expanded.
    QString result;
    qsizetype copied = 0;
    for (const QRegularExpressionMatch& match : embeddedPattern().globalMatch(text)) {
        const std::optional<QString> value = lookup(match.captured(1));
        if (!value)
            return std::nullopt;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += *value;
        copied = match.capturedEnd();
    }
    result += QStringView(text).mid(copied);
    return result;
}

QString deriveName(const QString& webhookId, const QString& purpose)
{
    QString result = envToken(webhookId);
    const QString tail = envToken(purpose);
    if (!tail.isEmpty())
        result += (result.isEmpty() ? QString() : u"_"_s) + tail;
    if (result.isEmpty() || result.front().isDigit())
        result.prepend(u"SECRET_"_s);
    return result;
}
} // namespace SecretReference
