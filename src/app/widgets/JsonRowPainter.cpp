#include "widgets/JsonRowPainter.h"

#include <QPainter>
#include <QPalette>
#include <QString>

using namespace Qt::StringLiterals;

JsonRowPainter::JsonRowPainter(const QPalette& palette, bool dark, const QFontMetrics& metrics)
    : m_key(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x04, 0x51, 0xa5))
    , m_string(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15))
    , m_number(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58))
    , m_keyword(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff))
    , m_plain(palette.color(QPalette::Text))
    , m_metrics(metrics)
{ }

void JsonRowPainter::paint(QPainter& painter, const QString& text, int x, int y) const
{
    for (qsizetype i = 0; i < text.size();) {
        const Token token = tokenAt(text, i);
        const QString part = text.mid(i, token.end - i);
        painter.setPen(token.color);
        painter.drawText(x, y, part);
        x += m_metrics.horizontalAdvance(part);
        i = token.end;
    }
}

JsonRowPainter::Token JsonRowPainter::tokenAt(const QString& text, qsizetype start) const
{
    const QChar c = text.at(start);
    if (c == u'"')
        return stringAt(text, start);
    qsizetype end = start + 1;
    if (c.isDigit() || c == u'-') {
        while (end < text.size() && (text.at(end).isDigit() || u".eE+-"_s.contains(text.at(end))))
            ++end;
        return { end, m_number };
    }
    if (c.isLetter()) {
        while (end < text.size() && text.at(end).isLetter())
            ++end;
        return { end, m_keyword };
    }
    while (
        end < text.size() && !u"\"-0123456789"_s.contains(text.at(end)) && !text.at(end).isLetter())
        ++end;
    return { end, m_plain };
}

JsonRowPainter::Token JsonRowPainter::stringAt(const QString& text, qsizetype start) const
{
    qsizetype end = start + 1;
    while (end < text.size() && text.at(end) != u'"')
        end += text.at(end) == u'\\' ? 2 : 1;
    end = qMin(end + 1, text.size());
    // A string followed by a colon is a key.
    qsizetype next = end;
    while (next < text.size() && text.at(next) == u' ')
        ++next;
    const bool key = next < text.size() && text.at(next) == u':';
    return { end, key ? m_key : m_string };
}
