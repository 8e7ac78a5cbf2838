#include "TextSearch.h"

namespace {
char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}
} // namespace

namespace TextSearch {
Matches findAll(const QByteArray& haystack, const QByteArray& needle, size_t maxMatches,
    const std::atomic<bool>* cancel)
{
    Matches matches;
    const qsizetype length = needle.size();
    if (length == 0)
        return matches;
    const QByteArray lowered = needle.toLower();
    const char* data = haystack.constData();
    const char* wanted = lowered.constData();
    const qsizetype last = haystack.size() - length;
    for (qsizetype i = 0; i <= last; ++i) {
        if ((i & 0xFFFFF) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return {};
        if (asciiLower(data[i]) != wanted[0])
            continue;
        qsizetype k = 1;
        while (k < length && asciiLower(data[i + k]) == wanted[k])
            ++k;
        if (k < length)
            continue;
        if (matches.offsets.size() == maxMatches) {
            matches.capped = true;
            break;
        }
        matches.offsets.push_back(i);
        i += length - 1;
    }
    return matches;
}
} // namespace TextSearch
