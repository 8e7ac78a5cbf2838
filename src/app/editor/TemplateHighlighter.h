#pragma once

#include "validation/Problem.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a template as it is typed: {{placeholders}} always, JSON tokens when
// the body is JSON, and a wavy underline under every problem range.
class TemplateHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    struct Mark
    {
        qsizetype offset = 0; // in the whole document
        qsizetype length = 1;
        Severity severity = Severity::Error;
    };

    explicit TemplateHighlighter(QTextDocument* document);

    void setJson(bool json);
    void setMarks(const QList<Mark>& marks);

protected:
    void highlightBlock(const QString& text) override;

private:
    void highlightJson(const QString& text);
    void highlightPlaceholders(const QString& text);
    void highlightMarks(const QString& text);
    void updateFormats();

    bool m_json = false;
    QList<Mark> m_marks;
    QTextCharFormat m_keyFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_placeholderFormat;
};
