#include "editor/TemplateTextEdit.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTextBlock>

using namespace Qt::StringLiterals;

TemplateTextEdit::TemplateTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new TemplateHighlighter(document()))
{
    // Undo belongs to the document (CampaignSession), not to the field.
    setUndoRedoEnabled(false);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            emit textEdited(toPlainText());
    });
}

void TemplateTextEdit::setSingleLine(bool singleLine)
{
    m_singleLine = singleLine;
    setLineWrapMode(singleLine ? NoWrap : WidgetWidth);
    setWordWrapMode(singleLine ? QTextOption::NoWrap : QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTabChangesFocus(singleLine);
    setVerticalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(singleLine ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, singleLine ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    updateGeometry();
}

QSize TemplateTextEdit::sizeHint() const
{
    if (!m_singleLine)
        return QPlainTextEdit::sizeHint();
    // As tall as a line edit in the current style.
    QStyleOptionFrame option;
    option.initFrom(this);
    const QFontMetrics metrics(font());
    const int contentHeight = metrics.height() + 2 * int(document()->documentMargin());
    return style()->sizeFromContents(QStyle::CT_LineEdit, &option,
        QSize(metrics.horizontalAdvance(u'x') * 30, contentHeight), this);
}

QSize TemplateTextEdit::minimumSizeHint() const
{
    return m_singleLine ? sizeHint() : QPlainTextEdit::minimumSizeHint();
}

void TemplateTextEdit::setText(const QString& text)
{
    if (text == toPlainText())
        return;
    m_settingText = true;
    const int position = textCursor().position();
    setPlainText(text);
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    setTextCursor(cursor);
    m_settingText = false;
}

void TemplateTextEdit::moveCursorTo(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    QTextCursor cursor(block);
    cursor.movePosition(
        QTextCursor::Right, QTextCursor::MoveAnchor, qMin(qMax(0, column - 1), block.length() - 1));
    setTextCursor(cursor);
    ensureCursorVisible();
}

void TemplateTextEdit::keyPressEvent(QKeyEvent* event)
{
    if (m_singleLine && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore(); // a line edit has no line breaks; let the dialog have it
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool TemplateTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return FieldDrag::read(source).has_value() || QPlainTextEdit::canInsertFromMimeData(source);
}

void TemplateTextEdit::dropEvent(QDropEvent* event)
{
    const std::optional<FieldReference> field = FieldDrag::read(event->mimeData());
    if (!field) {
        QPlainTextEdit::dropEvent(event); // ordinary text drops as ever
        return;
    }
    // The placeholder goes where the drop caret showed it would.
    const int position = cursorForPosition(event->position().toPoint()).position();
    event->acceptProposedAction();
    emit fieldDropped(*field, position);
}

void TemplateTextEdit::insertFromMimeData(const QMimeData* source)
{
    if (m_pasteHandler && source->hasText() && m_pasteHandler(source->text()))
        return;
    if (!m_singleLine || !source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    // Pasting several lines into a single-line field joins them.
    QString text = source->text();
    text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    insertPlainText(text);
}
