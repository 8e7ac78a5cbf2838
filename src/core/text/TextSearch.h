#pragma once

#include <QByteArray>

#include <atomic>
#include <vector>

// Finds every occurrence of a needle in a body of any size, ignoring ASCII
// case (UTF-8 needles match byte for byte otherwise). Runs on a worker thread
// for large bodies and can be cancelled from another.
namespace TextSearch {
struct Matches
{
    // Start offsets, ascending, not overlapping.
    std::vector<qsizetype> offsets;
    // True when there were more than `maxMatches`.
    bool capped = false;
};

Matches findAll(const QByteArray& haystack, const QByteArray& needle, size_t maxMatches,
    const std::atomic<bool>* cancel = nullptr);
} // namespace TextSearch
