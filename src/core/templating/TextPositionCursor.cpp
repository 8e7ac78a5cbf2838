#include "TextPositionCursor.h"

#include <algorithm>

TextPositionCursor::TextPositionCursor(QStringView text)
    : m_text(text)
{ }

TextPosition TextPositionCursor::at(qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    if (offset < m_offset)
        *this = TextPositionCursor(m_text);
    for (; m_offset < offset; ++m_offset) {
        const QChar c = m_text.at(m_offset);
        if (c == u'\n') {
            ++m_line;
            m_lineStart = m_offset + 1;
            m_lowSurrogates = 0;
        } else if (c.isLowSurrogate()) {
            ++m_lowSurrogates;
        }
    }
    TextPosition position;
    position.offset = offset;
    position.line = m_line;
    position.column = int(offset - m_lineStart - m_lowSurrogates) + 1;
    return position;
}
