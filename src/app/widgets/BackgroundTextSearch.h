#pragma once

#include "text/TextSearch.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

// Finds every match of a needle (ignoring ASCII case) in the text a view
// shows, and keeps which match is the current one. A large text is searched on
// a worker thread, so typing in a search field never waits for a 50 MB body;
// a new search cancels the one under way.
class BackgroundTextSearch : public QObject
{
    Q_OBJECT

public:
    // Texts up to `synchronousBytes` are searched on the spot.
    explicit BackgroundTextSearch(qsizetype synchronousBytes, QObject* parent = nullptr);
    ~BackgroundTextSearch() override;

    void setNeedle(const QString& needle) { m_needle = needle; }
    QString needle() const { return m_needle; }
    // Searches `haystack` for the needle; finished() follows, at once when
    // the needle is empty or the haystack small.
    void start(const QByteArray& haystack);
    // Asks the search under way to stop.
    void cancel();

    // Start offsets, ascending.
    const std::vector<qsizetype>& matches() const { return m_matches; }
    int matchCount() const { return int(m_matches.size()); }
    // In bytes, the same for every match.
    qsizetype matchLength() const { return m_matchLength; }
    // True when there were more matches than are kept.
    bool isCapped() const { return m_capped; }
    // 0-based, -1 when there is none.
    int currentMatch() const { return m_currentMatch; }
    // Makes `match` the current one, wrapping around at either end, and
    // returns its offset; -1 when there are no matches.
    qsizetype selectMatch(int match);
    // The first match at or after `offset`, or the first of all.
    int firstMatchFrom(qsizetype offset) const;

signals:
    // New matches are in; none is current yet.
    void finished();

private:
    void applyMatches(const TextSearch::Matches& matches);

    qsizetype m_synchronousBytes;
    QString m_needle;
    std::vector<qsizetype> m_matches;
    bool m_capped = false;
    int m_currentMatch = -1;
    qsizetype m_matchLength = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<TextSearch::Matches> m_watcher;
};
