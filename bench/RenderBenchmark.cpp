// Renders per second of the sample campaign's call.ended webhook (CRM sync) on
// one thread, in three ways:
//   render only   the webhook compiled once and the event context built once,
//                 as a burst or a retry renders (the figure the aim is about);
//   with context  a new event context (id, time, sample call) for each render,
//                 as each new delivery does;
//   from scratch  also parsing the templates each time, as a preview does after
//                 every keystroke.
// and, as a preview meets it mid-edit, a minified 100 KB body with 2,000
// placeholders not mapped yet: each is a problem with its line and column.
#include "catalog/EventCatalog.h"
#include "io/DocumentReader.h"
#include "templating/RequestRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
struct Result
{
    qint64 renders = 0;
    qint64 nanoseconds = 0;
    double perSecond() const { return renders * 1e9 / double(nanoseconds); }
};

// Runs `work` in batches until `seconds` have passed.
Result measure(double seconds, const std::function<qsizetype()>& work, int batch = 1000)
{
    Result result;
    qsizetype sink = 0;
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        for (int i = 0; i < batch; ++i)
            sink += work();
        result.renders += batch;
    }
    result.nanoseconds = timer.nsecsElapsed();
    if (sink == 42)
        std::puts(""); // keeps the work from being optimised away
    return result;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 3.0;
    const QString samplePath = QStringLiteral(WEBHOOKSTUDIO_SOURCE_DIR)
        + u"/resources/samples/winter-renewal.webhooks.json"_s;
    const LoadResult loaded = DocumentReader::readFile(samplePath);
    if (!loaded.document) {
        std::fprintf(stderr, "cannot load the sample campaign\n");
        return 1;
    }
    const CampaignDocument& document = *loaded.document;
    const WebhookConfig& webhook = document.webhooks.at(document.indexOfWebhook(u"CRM sync"_s));
    const EventInfo& event = *EventCatalog::find(u"call.ended"_s);

    const EventContext context = EventContext::build(document, event, {});
    const RequestTemplate compiled(webhook, context.layout());
    const RenderedRequest check = RequestRenderer::render(compiled, context);
    if (!check.isSendable()) {
        std::fprintf(stderr, "the sample does not render cleanly\n");
        return 1;
    }

    const Result renderOnly
        = measure(seconds, [&] { return RequestRenderer::render(compiled, context).body.size(); });
    const Result withContext = measure(seconds, [&] {
        return RequestRenderer::render(compiled, EventContext::build(document, event, {}))
            .body.size();
    });
    const Result fromScratch = measure(seconds, [&] {
        const EventContext fresh = EventContext::build(document, event, {});
        return RequestRenderer::render(RequestTemplate(webhook, fresh.layout()), fresh).body.size();
    });

    WebhookConfig unmapped = webhook;
    unmapped.body = u"["_s;
    for (int i = 0; i < 2000; ++i)
        unmapped.body
            += u"{\"note\":\"a line of padding text\",\"value\":\"{{not_mapped_%1}}\"},"_s.arg(i);
    unmapped.body += u"{}]"_s;
    const Result manyProblems = measure(
        seconds,
        [&] {
            return RequestRenderer::render(RequestTemplate(unmapped, context.layout()), context)
                .problems.size();
        },
        1);

    QTextStream out(stdout);
    out << "Rendering the sample call.ended webhook (CRM sync, " << check.body.size()
        << "-byte body, 17 variables), one thread, " << seconds << " s each:\n";
    const auto row = [&](const char* name, const Result& result) {
        out << "  " << QString::fromLatin1(name).leftJustified(14)
            << QString::number(result.perSecond(), 'f', 0).rightJustified(10) << " renders/s  "
            << QString::number(result.nanoseconds / 1000.0 / result.renders, 'f', 2)
                   .rightJustified(8)
            << " µs each\n";
    };
    row("render only", renderOnly);
    row("with context", withContext);
    row("from scratch", fromScratch);
    out << "A " << unmapped.body.size() / 1000
        << " KB one-line body with 2000 unmapped placeholders:\n";
    row("from scratch", manyProblems);
    out << "Aim: at least 250000 renders/s (render only), and 5 times from scratch.\n";
    // For bench/run-all.sh.
    out << "= renders_per_second " << qint64(renderOnly.perSecond())
        << "\n= renders_per_second_from_scratch " << qint64(fromScratch.perSecond())
        << "\n= renders_per_second_many_problems " << manyProblems.perSecond() << Qt::endl;
    return 0;
}
