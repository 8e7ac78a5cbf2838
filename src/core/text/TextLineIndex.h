#pragma once

#include <QByteArray>
#include <QList>

#include <atomic>

// Where each display row of a text starts, so a view can draw any row of a
// 50 MB body without scanning it. Lines longer than `maxRowBytes` are broken
// into several rows (never inside a UTF-8 sequence): a minified JSON body is
// one line, and no view should lay out 50 MB of it at once.
class TextLineIndex
{
public:
    static constexpr qsizetype kDefaultMaxRowBytes = 4096;

    TextLineIndex() = default;

    // Returns an empty index when cancelled.
    static TextLineIndex build(const QByteArray& text, qsizetype maxRowBytes = kDefaultMaxRowBytes,
        const std::atomic<bool>* cancel = nullptr);

    qsizetype rowCount() const { return m_starts.size(); }
    qsizetype rowStart(qsizetype row) const { return m_starts.at(row); }
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
    QList<qsizetype> m_starts;
    QList<bool> m_endsWithBreak;
    qsizetype m_size = 0;
    qsizetype m_longest = 0;
};
