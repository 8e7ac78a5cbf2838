#include "TextPosition.h"

#include <algorithm>

TextPosition TextPosition::at(QStringView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    TextPosition position;
    position.offset = offset;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == u'\n') {
            ++position.line;
            lineStart = i + 1;
        }
    }
    // A surrogate pair is one character to the person reading the column.
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (!text.at(i).isLowSurrogate())
            ++column;
    }
    position.column = column;
    return position;
}
