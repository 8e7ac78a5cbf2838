#pragma once

#include "ParsedTemplate.h"

#include <QCoreApplication>
#include <QList>

// Reads a JSON body template as JSON in which each placeholder is either a
// whole value ({"n": {{count}}}) or part of a string ("Hi {{name}}"). It
// decides which, so the renderer can insert typed JSON or escaped text, and
// reports the first place where the template is not JSON, at its position in
// the template. A template it accepts always renders to JSON that parses.
class JsonTemplateScanner
{
    Q_DECLARE_TR_FUNCTIONS(JsonTemplateScanner)

public:
    enum class Context { NotPlaceholder, InString, Value };

    struct Result
    {
        // One entry per segment of the parsed template.
        QList<Context> contexts;
        QList<ParsedTemplate::SyntaxError> errors;
    };

    static Result scan(const QString& text, const ParsedTemplate& parsed);

private:
    struct Unit
    {
        char16_t character = 0;
        qsizetype offset = 0;
        int segment = -1; // the placeholder's segment, or -1 for a character
    };

    JsonTemplateScanner(const QString& text, const ParsedTemplate& parsed);

    bool atEnd() const { return m_pos >= m_units.size(); }
    bool atPlaceholder() const { return !atEnd() && m_units.at(m_pos).segment >= 0; }
    char16_t peek() const { return atEnd() || atPlaceholder() ? 0 : m_units.at(m_pos).character; }
    void skipWhitespace();
    bool expect(char16_t character, const QString& what);

    bool parseValue(int depth);
    bool parseObject(int depth);
    bool parseArray(int depth);
    bool parseString();
    bool parseNumber();
    bool parseWord(QStringView word);
    bool fail(const QString& message);
    QString describeHere() const;

    const QString& m_text;
    QList<Unit> m_units;
    qsizetype m_pos = 0;
    Result m_result;
};
