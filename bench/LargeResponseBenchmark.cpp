// How the window copes with a 50 MB JSON response: the real main window sends
// the sample's chat webhook to a receiver (in a process of its own, so
// neither its work nor its memory counts against the window) that answers
// with minified JSON, and
// the inspector shows it. Prints the time until the body is on screen, until
// it is indented, until a search over it is done, and the longest stall of
// the window's event loop over the whole run (a timer that should fire every
// 5 ms, and the largest gap between two firings).
//
//   large-response-benchmark [MEGABYTES]      (default 50)
#include "MainWindow.h"
#include "StartupProbe.h"
#include "ToolEnvironment.h"
#include "delivery/DeliveryController.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/InspectorPanel.h"
#include "document/CampaignSession.h"
#include "editor/PreviewPanel.h"
#include "receiver/LocalReceiver.h"
#include "storage/Preferences.h"
#include "widgets/LargeTextView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSocketNotifier>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// Minified JSON like a paginated API answer, about `bytes` long.
QByteArray makeBody(qsizetype bytes)
{
    QByteArray body = R"({"data":[)";
    body.reserve(bytes + 512);
    for (int i = 0; body.size() < bytes; ++i) {
        if (i > 0)
            body += ',';
        body += R"({"id":"call_)" + QByteArray::number(i)
            + R"(","contact":{"name":"Maria Okafor",)"
              R"("phone":"+16465550178","tags":["renewal","winter",")"
            + QByteArray::number(i % 97) + R"("]},"duration_seconds":)"
            + QByteArray::number(i % 600)
            + R"(,"sentiment":"positive","summary":"Agreed to renew the premium plan for 12 )"
              R"(months; asked for an invoice by email.","interested":true,"score":0.)"
            + QByteArray::number(i % 1000) + "}";
    }
    body += R"(],"next":null,"marker":"needle-in-the-haystack"})";
    return body;
}

// The endpoint, in a process of its own (this program with --serve), so that
// its copy of the body does not count in the window's memory.
class ServerProcess
{
public:
    explicit ServerProcess(qsizetype megabytes)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(
            QCoreApplication::applicationFilePath(), { u"--serve"_s, QString::number(megabytes) });
        if (!m_process.waitForReadyRead(60000))
            qFatal("the server did not start");
        const QList<QByteArray> fields = m_process.readLine().trimmed().split(' ');
        m_port = quint16(fields.value(0).toUInt());
        m_bodyBytes = fields.value(1).toLongLong();
        if (m_port == 0)
            qFatal("the server did not listen");
    }
    ~ServerProcess()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    quint16 port() const { return m_port; }
    qsizetype bodyBytes() const { return m_bodyBytes; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    qsizetype m_bodyBytes = 0;
};

// --serve MEGABYTES: answers every request with the body; prints "PORT BYTES".
int serve(qsizetype megabytes)
{
    const QByteArray body = makeBody(megabytes * 1000 * 1000);
    LocalReceiver receiver;
    ResponseScript::Step step = ResponseScript::respond(200, body);
    step.headers = { { "Content-Type", "application/json" } };
    receiver.setScript(ResponseScript({ step }));
    QTextStream(stdout) << receiver.start() << ' ' << body.size() << Qt::endl;
    // Ends with the benchmark even when that one crashes (its end of our
    // stdin closes); left running, it kept run_all.py waiting for ever.
    QSocketNotifier parentGone(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&parentGone, &QSocketNotifier::activated, &QCoreApplication::quit);
    return QCoreApplication::exec();
}

// The longest gap between firings of a 5 ms timer on the window's thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this,
            [this] { m_longest = qMax(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

void print(const QString& what, const QString& value)
{
    QTextStream(stdout) << what.leftJustified(44, u' ') << value << Qt::endl;
}

QString ms(qint64 value)
{
    return QString::number(value) + u" ms"_s;
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (QCoreApplication::arguments().value(1) == u"--serve"_s)
        return serve(QCoreApplication::arguments().value(2).toLongLong());
    const ToolEnvironment environment;
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 50;

    Preferences::setResponseBodyCapMiB(int(megabytes) + 16);
    Preferences::setReceiverPort(0);

    const ServerProcess receiver(megabytes);
    const qsizetype bodyBytes = receiver.bodyBytes();

    MainWindow window;
    ToolEnvironment::showSample(window, QSize(1440, 1000));
    window.session()->setLocalReceiverUrl(
        u"http://127.0.0.1:"_s + QString::number(receiver.port()));
    window.selectWebhook(2);
    window.preview()->setEvent(u"conversation.intent_detected"_s);
    QCoreApplication::processEvents();

    StallMeter stalls;
    QElapsedTimer clock;
    const qint64 rssBefore = StartupProbe::peakRssKiB() / 1024;
    stalls.start();
    clock.start();
    window.sendTestEvent();
    DeliveryTracker* tracker = window.inspector()->tracker();
    if (!tracker)
        qFatal("nothing was sent");
    // The inspector is built when the first delivery starts.
    auto* view = window.findChild<LargeTextView*>(u"responseBodyView"_s);
    if (!QTest::qWaitFor([tracker] { return !tracker->isRunning(); }, 120000))
        qFatal("the delivery did not finish");
    const qint64 received = clock.elapsed();
    const qint64 receiveStall = stalls.longestMs();
    const qint64 rssReceived = StartupProbe::peakRssKiB() / 1024;
    if (!tracker->record().delivered())
        qFatal("not delivered: %s", qPrintable(tracker->record().verdict.summary()));

    stalls.start();
    clock.restart();
    if (!QTest::qWaitFor([view] { return view->rowCount() > 1; }, 60000))
        qFatal("the body was never shown");
    const qint64 firstView = clock.elapsed();
    if (!QTest::qWaitFor([view] { return !view->isBusy(); }, 120000))
        qFatal("the body was never indented");
    const qint64 indented = clock.elapsed();
    if (view->mode() != LargeTextView::Mode::Pretty || view->displayedText().size() <= bodyBytes)
        qFatal("the body is not shown indented: %s", qPrintable(view->statusText()));
    const qint64 showStall = stalls.longestMs();
    const qint64 rssShown = StartupProbe::peakRssKiB() / 1024;

    stalls.start();
    clock.restart();
    bool searched = false;
    QObject::connect(view, &LargeTextView::searchFinished, &app, [&searched] { searched = true; });
    window.findChild<QLineEdit*>(u"searchLineEdit"_s)->setText(u"needle-in-the-haystack"_s);
    if (!QTest::qWaitFor([&searched] { return searched; }, 60000))
        qFatal("the search did not finish");
    const qint64 search = clock.elapsed();
    const qint64 searchStall = stalls.longestMs();
    // Scroll through it as a reader would: page by page from the match.
    stalls.start();
    for (int page = 0; page < 200; ++page) {
        QTest::keyClick(view, Qt::Key_PageDown);
        QCoreApplication::processEvents();
    }
    const qint64 scrollStall = stalls.longestMs();

    QTextStream(stdout) << "Large response in the inspector (" << QSysInfo::prettyProductName()
                        << ", " << QThread::idealThreadCount() << " threads)" << Qt::endl;
    print(u"body"_s,
        QString::number(bodyBytes / 1e6, 'f', 1) + u" MB minified JSON, "_s
            + QString::number(view->rowCount()) + u" rows indented"_s);
    print(u"send → response complete"_s, ms(received));
    print(u"  longest UI stall while receiving"_s, ms(receiveStall));
    print(u"response → body on screen (raw rows)"_s, ms(firstView));
    print(u"response → indented and coloured"_s, ms(indented));
    print(u"  longest UI stall while showing"_s, ms(showStall));
    print(u"search over the indented body"_s,
        ms(search) + u", "_s + QString::number(view->matchCount()) + u" match"_s);
    print(u"  longest UI stall while searching"_s, ms(searchStall));
    print(u"  longest UI stall paging 200 pages"_s, ms(scrollStall));
    print(u"peak RSS before / received / shown / after"_s,
        QString::number(rssBefore) + u" MB / "_s + QString::number(rssReceived) + u" MB / "_s
            + QString::number(rssShown) + u" MB / "_s
            + QString::number(StartupProbe::peakRssKiB() / 1024) + u" MB"_s);
    // For bench/run-all.sh.
    QTextStream(stdout) << "= body_bytes " << bodyBytes << "\n= first_view_ms " << firstView
                        << "\n= indented_ms " << indented << "\n= longest_stall_ms "
                        << qMax(qMax(receiveStall, showStall), qMax(searchStall, scrollStall))
                        << "\n= peak_rss_kb " << StartupProbe::peakRssKiB() << "\n= rss_before_kb "
                        << rssBefore * 1024 << Qt::endl;

    window.session()->undoStack()->setClean();
    return 0;
}
