#pragma once

#include "text/TextLineIndex.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

// Turns a body into what LargeTextView draws from: the rows of the body, or
// the body indented as JSON and the rows of that. Indenting and indexing 50 MB
// take seconds, so a large body is prepared on a worker thread, and when it is
// being indented its raw rows come first, to read in the meantime.
class BackgroundTextPreparer : public QObject
{
    Q_OBJECT

public:
    struct Prepared
    {
        QByteArray text; // the indented text; empty for the body's own rows
        TextLineIndex index;
        // Why the body is not indented, or what is still being done.
        QString error;
        bool cancelled = false;
        // Raw rows shown while the indented text is still being made.
        bool interim = false;
    };

    // Bodies up to `synchronousBytes` are prepared on the spot.
    explicit BackgroundTextPreparer(qsizetype synchronousBytes, QObject* parent = nullptr);
    ~BackgroundTextPreparer() override;

    // Prepares `raw`, indented when `indent` is set, and hands the result to
    // resultReady(): at once for a small body, or later from a worker thread, in
    // which case this returns true. Results of earlier work no longer arrive.
    bool start(const QByteArray& raw, bool indent);
    // Stops earlier work and drops its results, for a view that needs nothing
    // prepared.
    void discard();

signals:
    void resultReady(const BackgroundTextPreparer::Prepared& result);

private:
    static Prepared prepare(const QByteArray& raw, bool indent, const std::atomic<bool>* cancel);

    qsizetype m_synchronousBytes;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Prepared> m_watcher;
};
