#pragma once

#include <QColor>
#include <QFontMetrics>
#include <QString>

class QPainter;
class QPalette;

// Colours one row of indented JSON: keys, strings, numbers and
// true/false/null. Indented JSON keeps each string on one row, so a row can be
// coloured on its own, without reading the rows above it — which is what lets
// LargeTextView draw only the rows on screen of a body of any size.
class JsonRowPainter
{
public:
    // `dark` picks colours that read on a dark base.
    JsonRowPainter(const QPalette& palette, bool dark, const QFontMetrics& metrics);

    // Draws `text` from (x, y), y being the baseline.
    void paint(QPainter& painter, const QString& text, int x, int y) const;

private:
    struct Token
    {
        qsizetype end;
        QColor color;
    };

    Token tokenAt(const QString& text, qsizetype start) const;
    Token stringAt(const QString& text, qsizetype start) const;

    QColor m_key;
    QColor m_string;
    QColor m_number;
    QColor m_keyword;
    QColor m_plain;
    QFontMetrics m_metrics;
};
