#include "widgets/BackgroundTextSearch.h"

#include <QtConcurrent>

#include <algorithm>

namespace {
constexpr size_t kMaxMatches = 100000;
} // namespace

BackgroundTextSearch::BackgroundTextSearch(qsizetype synchronousBytes, QObject* parent)
    : QObject(parent)
    , m_synchronousBytes(synchronousBytes)
{
    connect(&m_watcher, &QFutureWatcher<TextSearch::Matches>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            applyMatches(m_watcher.result());
    });
}

BackgroundTextSearch::~BackgroundTextSearch()
{
    cancel();
    // The worker only reads a copy of the text; waiting keeps the thread pool
    // from outliving what it reports to.
    m_watcher.waitForFinished();
}

void BackgroundTextSearch::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundTextSearch::start(const QByteArray& haystack)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QByteArray needle = m_needle.toUtf8();
    m_matchLength = needle.size();
    if (needle.isEmpty() || haystack.size() <= m_synchronousBytes) {
        m_watcher.setFuture(QFuture<TextSearch::Matches>());
        applyMatches(TextSearch::findAll(haystack, needle, kMaxMatches));
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([haystack, needle, cancel = m_cancel] {
        return TextSearch::findAll(haystack, needle, kMaxMatches, cancel.get());
    }));
}

void BackgroundTextSearch::applyMatches(const TextSearch::Matches& matches)
{
    m_matches = matches.offsets;
    m_capped = matches.capped;
    m_currentMatch = -1;
    emit finished();
}

qsizetype BackgroundTextSearch::selectMatch(int match)
{
    if (m_matches.empty())
        return -1;
    const int count = int(m_matches.size());
    m_currentMatch = (match % count + count) % count;
    return m_matches[size_t(m_currentMatch)];
}

int BackgroundTextSearch::firstMatchFrom(qsizetype offset) const
{
    const auto it = std::lower_bound(m_matches.begin(), m_matches.end(), offset);
    return it == m_matches.end() ? 0 : int(it - m_matches.begin());
}
