#pragma once

#include <QByteArray>
#include <QList>

#include <atomic>
#include <limits>

// Where each display row of a text starts, so a view can draw any row of a
// 50 MB body without scanning it. Lines longer than `maxRowBytes` are broken
// into several rows (never inside a UTF-8 sequence): a minified JSON body is
// one line, and no view should lay out 50 MB of it at once.
//
// Four bytes a row: starts are 32-bit offsets (texts are capped far below
// 4 GiB: the response body cap is at most 1 GiB), and whether a row ends in a
// line break is read from the text itself, which the index shares.
class TextLineIndex
{
public:
    static constexpr qsizetype kDefaultMaxRowBytes = 4096;
    // Longer texts are indexed up to here.
    static constexpr qsizetype kMaxTextBytes = std::numeric_limits<quint32>::max();

    TextLineIndex() = default;

    // Returns an empty index when cancelled.
    static TextLineIndex build(const QByteArray& text, qsizetype maxRowBytes = kDefaultMaxRowBytes,
        const std::atomic<bool>* cancel = nullptr);

    qsizetype rowCount() const { return m_starts.size(); }
    qsizetype rowStart(qsizetype row) const { return qsizetype(m_starts.at(row)); }
    // The end of the row's text, without its line break.
    qsizetype rowEnd(qsizetype row) const;
    // The row holding byte `offset`.
    qsizetype rowOf(qsizetype offset) const;
    qsizetype textSize() const { return m_size; }
    // The length in bytes of the longest row, for a horizontal scroll bar.
    qsizetype longestRowBytes() const { return m_longest; }
    bool isEmpty() const { return m_starts.isEmpty(); }

private:
    // Implicitly shared: an index of millions of rows is handed from the
    // worker thread to the view without a copy.
    QList<quint32> m_starts;
    QByteArray m_text; // shared with the caller's, not a copy
    qsizetype m_size = 0;
    qsizetype m_longest = 0;
};
