#include "widgets/LargeTextView.h"

#include "widgets/JsonRowPainter.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kHexBytesPerRow = 16;
constexpr int kMargin = 6;

QString decodeRow(const char* data, qsizetype size)
{
    if (size > 0 && data[size - 1] == '\r')
        --size; // a CRLF line ends here
    return QString::fromUtf8(data, size);
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

LargeTextView::LargeTextView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    connect(&m_preparer, &BackgroundTextPreparer::resultReady, this, &LargeTextView::applyPrepared);
    connect(&m_search, &BackgroundTextSearch::finished, this, &LargeTextView::showMatches);
}

LargeTextView::~LargeTextView() = default;

void LargeTextView::clear()
{
    setContent({}, false);
}

void LargeTextView::setContent(const QByteArray& bytes, bool json)
{
    m_raw = bytes;
    m_json = json;
    m_mode = json ? Mode::Pretty : (m_mode == Mode::Hex ? Mode::Hex : Mode::Raw);
    m_anchor = m_cursor = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    startPreparing();
}

void LargeTextView::setMode(Mode mode)
{
    if (mode == Mode::Pretty && !m_json)
        mode = Mode::Raw;
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_anchor = m_cursor = -1;
    startPreparing();
}

const QByteArray& LargeTextView::displayedText() const
{
    return m_pretty ? m_text : m_raw;
}

void LargeTextView::startPreparing()
{
    m_search.cancel();
    m_busy = true;
    if (m_mode == Mode::Hex) {
        // Hex rows are read straight from the bytes.
        m_preparer.discard();
        applyPrepared({});
        return;
    }
    if (m_preparer.start(m_raw, m_mode == Mode::Pretty))
        setStatus(tr("Reading %1…").arg(QLocale().formattedDataSize(m_raw.size())));
}

void LargeTextView::applyPrepared(const BackgroundTextPreparer::Prepared& prepared)
{
    if (prepared.cancelled)
        return;
    const bool interim = prepared.interim;
    const qsizetype topOffset = m_index.isEmpty() ? 0 : rowStart(firstVisibleRow());
    const bool wasPretty = m_pretty;
    m_text = prepared.text;
    m_pretty = !prepared.text.isEmpty();
    m_index = prepared.index;
    m_busy = interim;
    setStatus(prepared.error);
    updateScrollBars();
    // The raw view of a body stays where the reader was when the indented
    // one replaces it only at the top; elsewhere offsets do not carry over.
    if (wasPretty == m_pretty && topOffset > 0)
        scrollToOffset(topOffset);
    viewport()->update();
    if (!m_search.needle().isEmpty())
        startSearch();
    if (!interim)
        emit ready();
}

void LargeTextView::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

qsizetype LargeTextView::textRowCount() const
{
    if (m_mode == Mode::Hex)
        return qMax<qsizetype>(1, (m_raw.size() + kHexBytesPerRow - 1) / kHexBytesPerRow);
    return qMax<qsizetype>(1, m_index.rowCount());
}

qsizetype LargeTextView::rowCount() const
{
    return textRowCount();
}

qsizetype LargeTextView::rowStart(qsizetype row) const
{
    if (m_mode == Mode::Hex)
        return row * kHexBytesPerRow;
    return m_index.isEmpty() ? 0 : m_index.rowStart(row);
}

qsizetype LargeTextView::rowEnd(qsizetype row) const
{
    if (m_mode == Mode::Hex)
        return qMin(m_raw.size(), (row + 1) * kHexBytesPerRow);
    return m_index.isEmpty() ? 0 : m_index.rowEnd(row);
}

QString LargeTextView::hexRow(qsizetype row) const
{
    const qsizetype start = row * kHexBytesPerRow;
    const qsizetype end = qMin(m_raw.size(), start + kHexBytesPerRow);
    QString text = QString::number(start, 16).rightJustified(8, u'0') + u"  "_s;
    QString ascii;
    for (qsizetype i = start; i < start + kHexBytesPerRow; ++i) {
        if (i < end) {
            const auto byte = static_cast<unsigned char>(m_raw.at(i));
            text += QString::number(byte, 16).rightJustified(2, u'0') + u' ';
            ascii += (byte >= 0x20 && byte < 0x7F) ? QChar(char16_t(byte)) : u'.';
        } else {
            text += u"   "_s;
        }
        if (i - start == kHexBytesPerRow / 2 - 1)
            text += u' ';
    }
    return text + u" |"_s + ascii + u'|';
}

QString LargeTextView::rowText(qsizetype row) const
{
    if (row < 0 || row >= textRowCount())
        return {};
    if (m_mode == Mode::Hex)
        return m_raw.isEmpty() ? QString() : hexRow(row);
    const QByteArray& text = displayedText();
    const qsizetype start = rowStart(row);
    return decodeRow(text.constData() + start, rowEnd(row) - start);
}

int LargeTextView::lineHeight() const
{
    return fontMetrics().height();
}

int LargeTextView::gutterWidth() const
{
    const int digits = int(QString::number(textRowCount()).size());
    return fontMetrics().horizontalAdvance(u'9') * qMax(3, digits) + 2 * kMargin;
}

QPoint LargeTextView::textOrigin() const
{
    return { gutterWidth() + kMargin - horizontalScrollBar()->value(), 0 };
}

qsizetype LargeTextView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

void LargeTextView::updateScrollBars()
{
    const int visibleRows = qMax(1, viewport()->height() / lineHeight());
    const qsizetype rows = textRowCount();
    verticalScrollBar()->setRange(0, int(qMax<qsizetype>(0, rows - visibleRows)));
    verticalScrollBar()->setPageStep(visibleRows);
    verticalScrollBar()->setSingleStep(1);
    const qsizetype longest
        = m_mode == Mode::Hex ? 10 + kHexBytesPerRow * 4 + 4 : m_index.longestRowBytes();
    const int contentWidth = int(qMin<qsizetype>(longest, TextLineIndex::kDefaultMaxRowBytes))
            * fontMetrics().horizontalAdvance(u'M')
        + gutterWidth() + 2 * kMargin;
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(u'M') * 4);
}

void LargeTextView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LargeTextView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollBars();
        viewport()->update();
    }
}

void LargeTextView::scrollToOffset(qsizetype offset)
{
    const qsizetype row = m_mode == Mode::Hex ? offset / kHexBytesPerRow : m_index.rowOf(offset);
    const int visibleRows = qMax(1, viewport()->height() / lineHeight());
    if (row < firstVisibleRow() || row >= firstVisibleRow() + visibleRows)
        verticalScrollBar()->setValue(int(qMax<qsizetype>(0, row - visibleRows / 3)));
}

int LargeTextView::xOfOffset(qsizetype row, qsizetype offset) const
{
    const QByteArray& text = displayedText();
    const qsizetype start = rowStart(row);
    const qsizetype end = qBound(start, offset, rowEnd(row));
    return fontMetrics().horizontalAdvance(
        QString::fromUtf8(text.constData() + start, end - start));
}

qsizetype LargeTextView::offsetAt(const QPoint& position) const
{
    if (m_mode == Mode::Hex || m_index.isEmpty())
        return -1;
    const qsizetype row
        = qBound<qsizetype>(0, firstVisibleRow() + position.y() / lineHeight(), textRowCount() - 1);
    const QString text = rowText(row);
    const int x = position.x() - textOrigin().x();
    int advance = 0;
    qsizetype characters = 0;
    for (; characters < text.size(); ++characters) {
        const int width = fontMetrics().horizontalAdvance(text.at(characters));
        if (advance + width / 2 > x)
            break;
        advance += width;
    }
    return rowStart(row) + text.left(characters).toUtf8().size();
}

void LargeTextView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    const QPalette& colors = palette();
    painter.fillRect(viewport()->rect(), colors.color(QPalette::Base));
    const int height = lineHeight();
    const qsizetype first = firstVisibleRow();
    const qsizetype last = qMin(textRowCount(), first + viewport()->height() / height + 2);
    const bool empty = m_raw.isEmpty() || (m_mode != Mode::Hex && m_index.isEmpty());

    painter.setClipRect(QRect(gutterWidth(), 0, viewport()->width(), viewport()->height()));
    for (qsizetype row = first; !empty && row < last; ++row) {
        const int y = int(row - first) * height;
        paintHighlights(painter, row, y);
        paintRow(painter, row, y);
    }
    painter.setClipping(false);

    // The row numbers, drawn last so wide rows scroll under them.
    const QRect gutter(0, 0, gutterWidth(), viewport()->height());
    painter.fillRect(gutter, colors.color(QPalette::AlternateBase));
    painter.setPen(colors.color(QPalette::PlaceholderText));
    for (qsizetype row = first; !empty && row < last; ++row) {
        const int y = int(row - first) * height;
        painter.drawText(QRect(0, y, gutterWidth() - kMargin, height),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(row + 1));
    }
    if (m_raw.isEmpty()) {
        painter.drawText(viewport()->rect().adjusted(gutterWidth() + kMargin, 0, 0, 0),
            Qt::AlignLeft | Qt::AlignTop, tr("(no body)"));
    }
}

void LargeTextView::paintHighlights(QPainter& painter, qsizetype row, int y) const
{
    const int height = lineHeight();
    const int left = textOrigin().x();
    const qsizetype start = rowStart(row);
    const qsizetype end = rowEnd(row);
    const auto span = [&](qsizetype from, qsizetype to, const QColor& color) {
        const qsizetype a = qMax(from, start);
        const qsizetype b = qMin(to, end);
        if (m_mode == Mode::Hex) {
            if (from < end + (end == start ? 1 : 0) && to > start)
                painter.fillRect(QRect(left, y, viewport()->width(), height), color);
            return;
        }
        if (b < a || (b == a && !(from <= end && to > end)))
            return;
        const int x1 = left + xOfOffset(row, a);
        const int x2 = left + xOfOffset(row, b) + (to > end ? fontMetrics().averageCharWidth() : 0);
        painter.fillRect(QRect(x1, y, qMax(2, x2 - x1), height), color);
    };

    if (m_anchor >= 0 && m_cursor != m_anchor) {
        span(qMin(m_anchor, m_cursor), qMax(m_anchor, m_cursor),
            palette().color(QPalette::Highlight).lighter(isDark(palette()) ? 100 : 160));
    }
    const std::vector<qsizetype>& matches = m_search.matches();
    if (matches.empty())
        return;
    const QColor match = isDark(palette()) ? QColor(0x61, 0x53, 0x15) : QColor(0xff, 0xef, 0x9e);
    const QColor current = isDark(palette()) ? QColor(0xb3, 0x6b, 0x00) : QColor(0xff, 0xb3, 0x4d);
    const qsizetype length = m_search.matchLength();
    auto it = std::lower_bound(matches.begin(), matches.end(), start - length);
    for (; it != matches.end() && *it < qMax(end, start + 1); ++it) {
        const bool isCurrent = int(it - matches.begin()) == m_search.currentMatch();
        span(*it, *it + length, isCurrent ? current : match);
    }
}

void LargeTextView::paintRow(QPainter& painter, qsizetype row, int y) const
{
    const QString text = rowText(row);
    const int baseline = y + fontMetrics().ascent();
    const int x = textOrigin().x();
    painter.setPen(palette().color(QPalette::Text));
    if (m_pretty && m_mode == Mode::Pretty) {
        const JsonRowPainter json(palette(), isDark(palette()), fontMetrics());
        json.paint(painter, text, x, baseline);
    } else {
        painter.drawText(x, baseline, text);
    }
}

void LargeTextView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    m_cursor = offsetAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchor < 0)
        m_anchor = m_cursor;
    viewport()->update();
}

void LargeTextView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    m_cursor = offsetAt(event->position().toPoint());
    viewport()->update();
}

void LargeTextView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->matches(QKeySequence::FindNext)) {
        findNext();
    } else if (event->matches(QKeySequence::FindPrevious)) {
        findPrevious();
    } else if (event->key() == Qt::Key_Home && event->modifiers() & Qt::ControlModifier) {
        verticalScrollBar()->setValue(0);
    } else if (event->key() == Qt::Key_End && event->modifiers() & Qt::ControlModifier) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

QString LargeTextView::selectedText() const
{
    if (m_anchor < 0 || m_anchor == m_cursor)
        return {};
    const QByteArray& text = m_mode == Mode::Hex ? m_raw : displayedText();
    const qsizetype from = qMin(m_anchor, m_cursor);
    return QString::fromUtf8(text.mid(from, qMax(m_anchor, m_cursor) - from));
}

void LargeTextView::selectAll()
{
    m_anchor = 0;
    m_cursor = (m_mode == Mode::Hex ? m_raw : displayedText()).size();
    viewport()->update();
}

void LargeTextView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void LargeTextView::setSearchText(const QString& text)
{
    m_search.setNeedle(text);
    startSearch();
}

void LargeTextView::startSearch()
{
    m_search.start(m_mode == Mode::Hex ? m_raw : displayedText());
}

void LargeTextView::showMatches()
{
    // The first match at or after the top of the view.
    if (m_search.matchCount() > 0)
        selectMatch(m_search.firstMatchFrom(rowStart(firstVisibleRow())));
    viewport()->update();
    emit searchFinished();
}

void LargeTextView::selectMatch(int match)
{
    const qsizetype offset = m_search.selectMatch(match);
    if (offset < 0)
        return;
    scrollToOffset(offset);
    viewport()->update();
}

void LargeTextView::findNext()
{
    selectMatch(m_search.currentMatch() + 1);
    emit searchFinished();
}

void LargeTextView::findPrevious()
{
    selectMatch(m_search.currentMatch() - 1);
    emit searchFinished();
}
