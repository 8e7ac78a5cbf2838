#include "TemplateParser.h"

#include "TextPositionCursor.h"
#include "VariableName.h"

using namespace Qt::StringLiterals;

namespace {
void appendLiteral(ParsedTemplate& parsed, QStringView text, qsizetype offset, qsizetype length)
{
    if (length == 0)
        return;
    if (!parsed.segments.isEmpty() && !parsed.segments.last().isPlaceholder()) {
        ParsedTemplate::Segment& last = parsed.segments.last();
        last.text += text;
        last.length = offset + length - last.offset;
        return;
    }
    parsed.segments.append(
        { ParsedTemplate::Segment::Kind::Literal, text.toString(), offset, length });
}
} // namespace

ParsedTemplate TemplateParser::parse(const QString& text)
{
    ParsedTemplate parsed;
    const QStringView view(text);
    qsizetype literalStart = 0; // start of pending literal text in `text`
    qsizetype i = 0;
    const auto flushLiteral = [&](qsizetype end) {
        appendLiteral(
            parsed, view.mid(literalStart, end - literalStart), literalStart, end - literalStart);
    };
    TextPositionCursor positions(view);
    // The next "}}" and line break at or after a position, searched for again
    // only once passed (-1: there is none further on; -2: not searched yet),
    // so a long line with many placeholders is read once, not once for each.
    qsizetype nextClose = -2;
    qsizetype nextLineEnd = -2;
    const auto next = [&view](qsizetype& cached, QStringView needle, qsizetype from) {
        if (cached != -1 && cached < from)
            cached = view.indexOf(needle, from);
        return cached;
    };
    const auto error = [&](qsizetype offset, qsizetype length, const QString& message) {
        parsed.errors.append({ positions.at(offset), length, message });
    };

    while (i < view.size()) {
        if (view.at(i) == u'\\') {
            qsizetype run = 1;
            while (i + run < view.size() && view.at(i + run) == u'\\')
                ++run;
            if (run % 2 == 1 && view.mid(i + run).startsWith(u"{{")) {
                // An odd run escapes the braces: drop its last backslash and
                // keep "{{" as text. Pairs stay, so "\\{{x}}" in a JSON
                // string is an escaped backslash followed by x.
                flushLiteral(i + run - 1);
                appendLiteral(parsed, u"{{", i + run - 1, 3);
                i += run + 2;
                literalStart = i;
            } else {
                i += run;
            }
            continue;
        }
        if (!view.mid(i).startsWith(u"{{")) {
            ++i;
            continue;
        }
        // In a run of braces the last two open the placeholder, so "{{{x}}}"
        // is a literal "{", the variable x and a literal "}".
        while (i + 2 < view.size() && view.at(i + 2) == u'{')
            ++i;
        const qsizetype close = next(nextClose, u"}}", i + 2);
        const qsizetype lineEnd = next(nextLineEnd, u"\n", i + 2);
        if (close < 0 || (lineEnd >= 0 && lineEnd < close)) {
            error(i, 2,
                tr("Unclosed placeholder: \"{{\" needs a matching \"}}\" on the same line "
                   "(write \\{{ for a literal \"{{\")."));
            i += 2;
            continue;
        }
        const QString name = view.mid(i + 2, close - i - 2).trimmed().toString();
        const qsizetype length = close + 2 - i;
        if (name.isEmpty()) {
            error(i, length, tr("Empty placeholder: write a variable name between the braces."));
        } else if (!VariableName::isValid(name)) {
            error(i, length,
                tr("\"%1\" is not a valid variable name: start with a letter or underscore, "
                   "then letters, digits, underscores or dots.")
                    .arg(name));
        } else {
            flushLiteral(i);
            parsed.segments.append({ ParsedTemplate::Segment::Kind::Placeholder, name, i, length });
            i = close + 2;
            literalStart = i;
            continue;
        }
        i = close + 2; // a malformed placeholder stays literal text
    }
    flushLiteral(view.size());
    return parsed;
}

QString TemplateParser::escapeLiteral(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.mid(i).startsWith(u"{{")) {
            escaped += u"\\{{";
            i += 2;
        } else {
            escaped += text.at(i++);
        }
    }
    return escaped;
}
