#include "JsonTemplateFormatter.h"

#include "JsonTemplateScanner.h"
#include "TemplateParser.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// Copies a string literal starting at `i` (the opening quote) to `out`.
qsizetype copyString(const QString& text, qsizetype i, QString& out)
{
    out += text.at(i++);
    while (i < text.size()) {
        const QChar c = text.at(i);
        out += c;
        ++i;
        if (c == u'\\' && i < text.size()) {
            out += text.at(i++);
        } else if (c == u'"') {
            break;
        }
    }
    return i;
}

// Copies a placeholder starting at `i` ("{{") to `out`.
qsizetype copyPlaceholder(const QString& text, qsizetype i, QString& out)
{
    const qsizetype close = text.indexOf(u"}}"_s, i + 2);
    const qsizetype end = close < 0 ? text.size() : close + 2;
    out += QStringView(text).mid(i, end - i);
    return end;
}
} // namespace

std::optional<QString> JsonTemplateFormatter::format(const QString& text)
{
    const ParsedTemplate parsed = TemplateParser::parse(text);
    if (!parsed.errors.isEmpty() || !JsonTemplateScanner::scan(text, parsed).errors.isEmpty())
        return std::nullopt;
    return reindent(text, true);
}

QString JsonTemplateFormatter::indentJson(const QString& json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(u"["_s.toUtf8() + json.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError)
        return json;
    return reindent(json, false);
}

QString JsonTemplateFormatter::reindent(const QString& text, bool placeholders)
{
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    const auto newline = [&] { out += u'\n' + QString(depth * 2, u' '); };
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == u'"') {
            i = copyString(text, i, out);
        } else if (placeholders && text.mid(i, 2) == u"{{"_s) {
            i = copyPlaceholder(text, i, out);
        } else if (c == u'{' || c == u'[') {
            // An empty container stays on one line.
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            const QChar closing = c == u'{' ? u'}' : u']';
            if (next < text.size() && text.at(next) == closing) {
                out += c;
                out += closing;
                i = next + 1;
                continue;
            }
            out += c;
            ++depth;
            newline();
            ++i;
        } else if (c == u'}' || c == u']') {
            --depth;
            newline();
            out += c;
            ++i;
        } else if (c == u',') {
            out += c;
            newline();
            ++i;
        } else if (c == u':') {
            out += u": "_s;
            ++i;
        } else if (c.isSpace()) {
            ++i; // whitespace outside strings is ours to choose
        } else {
            out += c;
            ++i;
        }
    }
    return out + u'\n';
}
