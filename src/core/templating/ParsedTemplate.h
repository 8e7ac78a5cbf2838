#pragma once

#include "TextPosition.h"

#include <QList>
#include <QString>
#include <QStringList>

// A template split into literal text and {{variable}} placeholders, with the
// syntax errors found on the way. Offsets refer to the template as typed.
struct ParsedTemplate
{
    struct Segment
    {
        enum class Kind { Literal, Placeholder };
        Kind kind = Kind::Literal;
        // The literal text (escapes resolved) or the variable's name.
        QString text;
        // Where the segment starts in the template and how long it is there.
        qsizetype offset = 0;
        qsizetype length = 0;
        // For a placeholder compiled by RequestTemplate: which of its
        // variables (and bindings) it is.
        int variable = -1;

        bool isPlaceholder() const { return kind == Kind::Placeholder; }
    };

    struct SyntaxError
    {
        TextPosition position;
        qsizetype length = 0;
        QString message;
    };

    QList<Segment> segments;
    QList<SyntaxError> errors;

    // Variable names in order of first use, without repeats.
    QStringList variables() const;
    bool hasPlaceholders() const;
};
