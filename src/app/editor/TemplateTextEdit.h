#pragma once

#include "editor/TemplateHighlighter.h"
#include "mapping/FieldDrag.h"

#include <QPlainTextEdit>

#include <functional>

// A text field for templates, highlighted as it is typed (placeholders, JSON)
// with problem ranges underlined. In single-line mode it behaves like a line
// edit — no line breaks, Tab moves on, Return is left to the dialog — for
// the URL, where a QLineEdit could not show colours.
class TemplateTextEdit : public QPlainTextEdit
{
    Q_OBJECT
    Q_PROPERTY(bool singleLine READ isSingleLine WRITE setSingleLine)

public:
    explicit TemplateTextEdit(QWidget* parent = nullptr);

    bool isSingleLine() const { return m_singleLine; }
    void setSingleLine(bool singleLine);
    QString text() const { return toPlainText(); }
    // Replaces the text unless it is already the same (keeps the cursor).
    void setText(const QString& text);
    TemplateHighlighter* highlighter() const { return m_highlighter; }
    // Offered pasted text first; when it returns true the text was taken care
    // of and is not inserted (the URL field turns a curl command into a
    // request this way).
    void setPasteHandler(std::function<bool(const QString&)> handler)
    {
        m_pasteHandler = std::move(handler);
    }
    // Moves the cursor to a 1-based line and column and shows it.
    void moveCursorTo(int line, int column);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user changed the text (not setText()).
    void textEdited(const QString& text);
    // A field from the palette was dropped at `position` (a character offset).
    void fieldDropped(const FieldReference& field, int position);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void dropEvent(QDropEvent* event) override;

private:
    TemplateHighlighter* m_highlighter;
    bool m_singleLine = false;
    bool m_settingText = false;
    std::function<bool(const QString&)> m_pasteHandler;
};
