#include "TextLineIndex.h"

#include <algorithm>
#include <cstring>

namespace {
bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
} // namespace

TextLineIndex TextLineIndex::build(
    const QByteArray& text, qsizetype maxRowBytes, const std::atomic<bool>* cancel)
{
    TextLineIndex index;
    index.m_text = text;
    const char* data = text.constData();
    const qsizetype size = std::min(text.size(), kMaxTextBytes);
    index.m_size = size;
    qsizetype start = 0;
    qsizetype nextCheck = 0;
    // The exact room, counted first (memchr runs at memory speed): growing
    // the lists by doubling would hold two copies of millions of rows.
    qsizetype breaks = 0;
    for (const char* at = data;
         (at = static_cast<const char*>(std::memchr(at, '\n', size_t(data + size - at)))); ++at) {
        ++breaks;
    }
    const qsizetype rows = breaks + size / std::max<qsizetype>(maxRowBytes, 1) + 2;
    index.m_starts.reserve(rows);
    do {
        if (start >= nextCheck) {
            nextCheck = start + 1024 * 1024;
            if (cancel && cancel->load(std::memory_order_relaxed))
                return {};
        }
        index.m_starts.append(quint32(start));
        const qsizetype limit = std::min(size - start, maxRowBytes);
        const void* found = std::memchr(data + start, '\n', size_t(limit));
        if (found) {
            const qsizetype end = static_cast<const char*>(found) - data;
            index.m_longest = std::max(index.m_longest, end - start);
            start = end + 1;
            continue;
        }
        qsizetype end = start + limit;
        // Back off to the start of a UTF-8 sequence, unless the row would
        // then be empty (broken input).
        qsizetype cut = end;
        while (cut > start + 1 && cut < size && isContinuationByte(data[cut]))
            --cut;
        index.m_longest = std::max(index.m_longest, cut - start);
        start = cut;
    } while (start < size);
    // Text ending in a line break has one more (empty) row.
    if (size > 0 && data[size - 1] == '\n')
        index.m_starts.append(quint32(size));
    return index;
}

qsizetype TextLineIndex::rowEnd(qsizetype row) const
{
    const qsizetype start = rowStart(row);
    const qsizetype next = row + 1 < m_starts.size() ? rowStart(row + 1) : m_size;
    // A row cut for length never ends in a break, so the byte before the next
    // row says whether this one did.
    const bool endsWithBreak = next > start && m_text.at(next - 1) == '\n';
    return endsWithBreak ? next - 1 : next;
}

qsizetype TextLineIndex::rowOf(qsizetype offset) const
{
    if (m_starts.isEmpty())
        return 0;
    if (offset < 0)
        return 0;
    const auto it = std::upper_bound(
        m_starts.cbegin(), m_starts.cend(), quint32(std::min(offset, kMaxTextBytes)));
    return std::max<qsizetype>(0, (it - m_starts.cbegin()) - 1);
}
