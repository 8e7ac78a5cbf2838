#pragma once

#include "TextPosition.h"

// Line and column of offsets into one text, asked for mostly in increasing
// order (the problems of a template come in the order of its text): each
// call walks on from the previous offset instead of from the start, so a
// body with thousands of problems is read once, not once per problem.
class TextPositionCursor
{
public:
    explicit TextPositionCursor(QStringView text);

    // Walks back to the start first when `offset` lies before the previous one.
    TextPosition at(qsizetype offset);

private:
    QStringView m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    // Low surrogates between the line start and m_offset: a surrogate pair is
    // one character to the person reading the column.
    qsizetype m_lowSurrogates = 0;
};
