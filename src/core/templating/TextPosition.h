#pragma once

#include <QString>

// A place in a template as an editor shows it: 1-based line and column
// (counted in characters) beside the offset into the string.
struct TextPosition
{
    qsizetype offset = 0;
    int line = 1;
    int column = 1;

    static TextPosition at(QStringView text, qsizetype offset);

    friend bool operator==(const TextPosition& a, const TextPosition& b)
    {
        return a.offset == b.offset && a.line == b.line && a.column == b.column;
    }
};
