#include "LargeTextView.h"

#include "text/JsonPrettyPrinter.h"
#include "text/TextSearch.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPromise>
#include <QScrollBar>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr int kHexBytesPerRow = 16;
constexpr int kMargin = 6;
constexpr size_t kMaxMatches = 100000;

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

struct JsonColors
{
    QColor key;
    QColor string;
    QColor number;
    QColor keyword;
};

JsonColors jsonColors(const QPalette& palette)
{
    if (isDark(palette))
        return { QColor(0x9c, 0xdc, 0xfe), QColor(0xce, 0x91, 0x78), QColor(0xb5, 0xce, 0xa8),
            QColor(0x56, 0x9c, 0xd6) };
    return { QColor(0x04, 0x51, 0xa5), QColor(0xa3, 0x15, 0x15), QColor(0x09, 0x86, 0x58),
        QColor(0x00, 0x00, 0xff) };
}
} // namespace

LargeTextView::LargeTextView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    connect(&m_prepareWatcher, &QFutureWatcher<Prepared>::resultReadyAt, this,
        [this](int index) { applyPrepared(m_prepareWatcher.resultAt(index)); });
    connect(&m_searchWatcher, &QFutureWatcher<TextSearch::Matches>::finished, this, [this] {
        if (m_searchWatcher.future().resultCount() > 0)
            applyMatches(m_searchWatcher.result());
    });
}

LargeTextView::~LargeTextView()
{
    cancelWork();
    // The workers only read copies of the text; waiting keeps the thread
    // pool from outliving what it reports to.
    m_prepareWatcher.waitForFinished();
    m_searchWatcher.waitForFinished();
}

void LargeTextView::cancelWork()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_searchCancel)
        m_searchCancel->store(true);
}

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

LargeTextView::Prepared LargeTextView::prepare(
    const QByteArray& raw, Mode mode, const std::atomic<bool>* cancel)
{
    Prepared prepared;
    if (mode == Mode::Hex)
        return prepared;
    if (mode == Mode::Pretty) {
        JsonPrettyPrinter::Result formatted = JsonPrettyPrinter::format(raw, 2, cancel);
        if (formatted.succeeded()) {
            prepared.index
                = TextLineIndex::build(formatted.text, TextLineIndex::kDefaultMaxRowBytes, cancel);
            prepared.text = std::move(formatted.text);
            return prepared;
        }
        prepared.cancelled = formatted.cancelled;
        if (!formatted.cancelled) {
            prepared.error = tr("Not indented: %1 (at byte %2). Shown as sent.")
                                 .arg(formatted.error)
                                 .arg(formatted.errorOffset);
        }
    }
    prepared.index = TextLineIndex::build(raw, TextLineIndex::kDefaultMaxRowBytes, cancel);
    prepared.cancelled = prepared.cancelled || (cancel && cancel->load());
    return prepared;
}

void LargeTextView::startPreparing()
{
    cancelWork();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_busy = true;
    if (m_raw.size() <= kSynchronousBytes || m_mode == Mode::Hex) {
        // Results of earlier work must not arrive after this.
        m_prepareWatcher.setFuture(QFuture<Prepared>());
        applyPrepared(prepare(m_raw, m_mode, nullptr));
        return;
    }
    const QByteArray raw = m_raw;
    const Mode mode = m_mode;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    // Raw rows first, as they take a moment; the indented text follows.
    m_prepareWatcher.setFuture(QtConcurrent::run([raw, mode, cancel](QPromise<Prepared>& promise) {
        if (mode == Mode::Pretty) {
            Prepared first = prepare(raw, Mode::Raw, cancel.get());
            first.error = tr("Indenting %1…").arg(QLocale().formattedDataSize(raw.size()));
            first.interim = true;
            promise.addResult(first);
        }
        promise.addResult(prepare(raw, mode, cancel.get()));
    }));
    setStatus(tr("Reading %1…").arg(QLocale().formattedDataSize(m_raw.size())));
}

void LargeTextView::applyPrepared(const Prepared& prepared)
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
    if (!m_searchText.isEmpty())
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
    if (m_matches.empty())
        return;
    const QColor match = isDark(palette()) ? QColor(0x61, 0x53, 0x15) : QColor(0xff, 0xef, 0x9e);
    const QColor current = isDark(palette()) ? QColor(0xb3, 0x6b, 0x00) : QColor(0xff, 0xb3, 0x4d);
    auto it = std::lower_bound(m_matches.begin(), m_matches.end(), start - m_matchLength);
    for (; it != m_matches.end() && *it < qMax(end, start + 1); ++it) {
        const bool isCurrent = int(it - m_matches.begin()) == m_currentMatch;
        span(*it, *it + m_matchLength, isCurrent ? current : match);
    }
}

void LargeTextView::paintRow(QPainter& painter, qsizetype row, int y) const
{
    const QString text = rowText(row);
    const int baseline = y + fontMetrics().ascent();
    const int x = textOrigin().x();
    painter.setPen(palette().color(QPalette::Text));
    if (m_pretty && m_mode == Mode::Pretty)
        paintJsonRow(painter, text, x, baseline);
    else
        painter.drawText(x, baseline, text);
}

void LargeTextView::paintJsonRow(QPainter& painter, const QString& text, int x, int y) const
{
    // Indented JSON keeps each string on one row, so a row can be coloured on
    // its own: keys, strings, numbers and true/false/null.
    const JsonColors colors = jsonColors(palette());
    const QColor plain = palette().color(QPalette::Text);
    const QFontMetrics metrics = fontMetrics();
    qsizetype i = 0;
    const auto draw = [&](qsizetype from, qsizetype to, const QColor& color) {
        const QString part = text.mid(from, to - from);
        painter.setPen(color);
        painter.drawText(x, y, part);
        x += metrics.horizontalAdvance(part);
    };
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype end = i + 1;
        if (c == u'"') {
            while (end < text.size() && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = qMin(end + 1, text.size());
            qsizetype next = end;
            while (next < text.size() && text.at(next) == u' ')
                ++next;
            const bool key = next < text.size() && text.at(next) == u':';
            draw(i, end, key ? colors.key : colors.string);
        } else if (c.isDigit() || c == u'-') {
            while (
                end < text.size() && (text.at(end).isDigit() || u".eE+-"_s.contains(text.at(end))))
                ++end;
            draw(i, end, colors.number);
        } else if (c.isLetter()) {
            while (end < text.size() && text.at(end).isLetter())
                ++end;
            draw(i, end, colors.keyword);
        } else {
            while (end < text.size() && !u"\"-0123456789"_s.contains(text.at(end))
                && !text.at(end).isLetter())
                ++end;
            draw(i, end, plain);
        }
        i = end;
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
    m_searchText = text;
    startSearch();
}

void LargeTextView::startSearch()
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    m_searchCancel = std::make_shared<std::atomic<bool>>(false);
    const QByteArray needle = m_searchText.toUtf8();
    const QByteArray haystack = m_mode == Mode::Hex ? m_raw : displayedText();
    m_matchLength = needle.size();
    if (needle.isEmpty() || haystack.size() <= kSynchronousBytes) {
        m_searchWatcher.setFuture(QFuture<TextSearch::Matches>());
        applyMatches(TextSearch::findAll(haystack, needle, kMaxMatches));
        return;
    }
    const std::shared_ptr<std::atomic<bool>> cancel = m_searchCancel;
    m_searchWatcher.setFuture(QtConcurrent::run([haystack, needle, cancel] {
        return TextSearch::findAll(haystack, needle, kMaxMatches, cancel.get());
    }));
}

void LargeTextView::applyMatches(const TextSearch::Matches& matches)
{
    m_matches = matches.offsets;
    m_matchesCapped = matches.capped;
    m_currentMatch = -1;
    if (!m_matches.empty()) {
        // The first match at or after the top of the view.
        const qsizetype top = rowStart(firstVisibleRow());
        const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), top);
        selectMatch(it == m_matches.end() ? 0 : int(it - m_matches.begin()));
    }
    viewport()->update();
    emit searchFinished();
}

void LargeTextView::selectMatch(int match)
{
    if (m_matches.empty())
        return;
    const int count = int(m_matches.size());
    m_currentMatch = (match % count + count) % count;
    const qsizetype offset = m_matches[size_t(m_currentMatch)];
    scrollToOffset(offset);
    viewport()->update();
}

void LargeTextView::findNext()
{
    selectMatch(m_currentMatch + 1);
    emit searchFinished();
}

void LargeTextView::findPrevious()
{
    selectMatch(m_currentMatch - 1);
    emit searchFinished();
}
