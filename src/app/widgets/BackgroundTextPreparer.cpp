#include "widgets/BackgroundTextPreparer.h"

#include "text/JsonPrettyPrinter.h"
#include "widgets/LargeTextView.h"

#include <QLocale>
#include <QPromise>
#include <QtConcurrent>

BackgroundTextPreparer::BackgroundTextPreparer(qsizetype synchronousBytes, QObject* parent)
    : QObject(parent)
    , m_synchronousBytes(synchronousBytes)
{
    connect(&m_watcher, &QFutureWatcher<Prepared>::resultReadyAt, this,
        [this](int index) { emit resultReady(m_watcher.resultAt(index)); });
}

BackgroundTextPreparer::~BackgroundTextPreparer()
{
    m_cancel->store(true);
    // The worker only reads a copy of the body; waiting keeps the thread pool
    // from outliving what it reports to.
    m_watcher.waitForFinished();
}

void BackgroundTextPreparer::discard()
{
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // Results of earlier work must not arrive after this.
    m_watcher.setFuture(QFuture<Prepared>());
}

bool BackgroundTextPreparer::start(const QByteArray& raw, bool indent)
{
    discard();
    if (raw.size() <= m_synchronousBytes) {
        emit resultReady(prepare(raw, indent, nullptr));
        return false;
    }
    // Raw rows first, as they take a moment; the indented text follows.
    const auto work = [raw, indent, cancel = m_cancel](QPromise<Prepared>& promise) {
        if (indent) {
            Prepared first = prepare(raw, false, cancel.get());
            first.error
                = LargeTextView::tr("Indenting %1…").arg(QLocale().formattedDataSize(raw.size()));
            first.interim = true;
            promise.addResult(first);
        }
        promise.addResult(prepare(raw, indent, cancel.get()));
    };
    m_watcher.setFuture(QtConcurrent::run(work));
    return true;
}

BackgroundTextPreparer::Prepared BackgroundTextPreparer::prepare(
    const QByteArray& raw, bool indent, const std::atomic<bool>* cancel)
{
    Prepared prepared;
    if (indent) {
        JsonPrettyPrinter::Result formatted = JsonPrettyPrinter::format(raw, 2, cancel);
        if (formatted.succeeded()) {
            prepared.index
                = TextLineIndex::build(formatted.text, TextLineIndex::kDefaultMaxRowBytes, cancel);
            prepared.text = std::move(formatted.text);
            return prepared;
        }
        prepared.cancelled = formatted.cancelled;
        if (!formatted.cancelled) {
            prepared.error = LargeTextView::tr("Not indented: %1 (at byte %2). Shown as sent.")
                                 .arg(formatted.error)
                                 .arg(formatted.errorOffset);
        }
    }
    prepared.index = TextLineIndex::build(raw, TextLineIndex::kDefaultMaxRowBytes, cancel);
    prepared.cancelled = prepared.cancelled || (cancel && cancel->load());
    return prepared;
}
