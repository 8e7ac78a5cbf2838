#include "editor/TemplateHighlighter.h"

#include "settings/Theme.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

TemplateHighlighter::TemplateHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    updateFormats();
}

void TemplateHighlighter::updateFormats()
{
    // Two sets of colours with enough contrast on their background.
    const bool dark = Theme::isDark();
    m_keyFormat.setForeground(dark ? QColor(0x8c, 0xb4, 0xff) : QColor(0x1f, 0x4f, 0xb5));
    m_stringFormat.setForeground(dark ? QColor(0x9c, 0xd6, 0x8c) : QColor(0x2e, 0x7d, 0x32));
    m_numberFormat.setForeground(dark ? QColor(0xf0, 0xa8, 0x6a) : QColor(0xb3, 0x54, 0x00));
    m_keywordFormat.setForeground(dark ? QColor(0xd7, 0x9c, 0xf5) : QColor(0x7b, 0x1f, 0xa2));
    m_placeholderFormat.setForeground(dark ? QColor(0xff, 0xd5, 0x6b) : QColor(0x8a, 0x4b, 0x00));
    m_placeholderFormat.setBackground(dark ? QColor(0x4a, 0x3d, 0x12) : QColor(0xff, 0xf1, 0xc4));
    m_placeholderFormat.setFontWeight(QFont::DemiBold);
}

void TemplateHighlighter::setJson(bool json)
{
    if (m_json == json)
        return;
    m_json = json;
    rehighlight();
}

void TemplateHighlighter::setMarks(const QList<Mark>& marks)
{
    const auto same = [](const Mark& a, const Mark& b) {
        return a.offset == b.offset && a.length == b.length && a.severity == b.severity;
    };
    if (std::equal(marks.cbegin(), marks.cend(), m_marks.cbegin(), m_marks.cend(), same))
        return;
    m_marks = marks;
    rehighlight();
}

void TemplateHighlighter::highlightBlock(const QString& text)
{
    if (m_json)
        highlightJson(text);
    highlightPlaceholders(text);
    highlightMarks(text);
}

void TemplateHighlighter::highlightJson(const QString& text)
{
    static const QRegularExpression kToken(
        u"(\"(?:[^\"\\\\]|\\\\.)*\")(\\s*:)?|(-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)|\\b(true|false|null)\\b"_s);
    for (QRegularExpressionMatchIterator it = kToken.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0) {
            const bool key = match.capturedLength(2) > 0;
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                key ? m_keyFormat : m_stringFormat);
        } else if (match.capturedLength(3) > 0) {
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_numberFormat);
        } else {
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_keywordFormat);
        }
    }
}

void TemplateHighlighter::highlightPlaceholders(const QString& text)
{
    static const QRegularExpression kPlaceholder(u"\\{\\{[^{}\\n]*\\}\\}"_s);
    for (QRegularExpressionMatchIterator it = kPlaceholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int start = int(match.capturedStart());
        if (start > 0 && text.at(start - 1) == u'\\')
            continue; // an escaped \{{ is text
        setFormat(start, int(match.capturedLength()), m_placeholderFormat);
    }
}

void TemplateHighlighter::highlightMarks(const QString& text)
{
    const qsizetype blockStart = currentBlock().position();
    for (const Mark& mark : std::as_const(m_marks)) {
        qsizetype start = mark.offset - blockStart;
        qsizetype end = start + qMax<qsizetype>(1, mark.length);
        if (end <= 0 || start > text.size() || text.isEmpty())
            continue;
        start = qBound<qsizetype>(0, start, text.size());
        end = qBound<qsizetype>(0, end, text.size());
        if (start == end)
            start = end - 1; // a problem at the end of a line marks its last character
        for (qsizetype i = start; i < end; ++i) {
            QTextCharFormat merged = format(int(i));
            merged.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            merged.setUnderlineColor(mark.severity == Severity::Error ? QColor(0xd3, 0x2f, 0x2f)
                                                                      : QColor(0xe0, 0x8e, 0x0b));
            setFormat(int(i), 1, merged);
        }
    }
}
