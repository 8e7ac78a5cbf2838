#include "TextPosition.h"

#include "TextPositionCursor.h"

TextPosition TextPosition::at(QStringView text, qsizetype offset)
{
    return TextPositionCursor(text).at(offset);
}
