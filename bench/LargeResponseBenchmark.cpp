// How the window copes with a 50 MB JSON response: the real main window sends
// the sample's chat webhook to a receiver (on its own thread, so its writing
// is not counted against the window) that answers with minified JSON, and
// the inspector shows it. Prints the time until the body is on screen, until
// it is indented, until a search over it is done, and the longest stall of
// the window's event loop over the whole run (a timer that should fire every
// 5 ms, and the largest gap between two firings).
//
//   large-response-benchmark [MEGABYTES]      (default 50)
#include "CampaignSession.h"
#include "DeliveryController.h"
#include "DeliveryTracker.h"
#include "InspectorPanel.h"
#include "LargeTextView.h"
#include "MainWindow.h"
#include "PreviewPanel.h"
#include "ToolEnvironment.h"
#include "receiver/LocalReceiver.h"
#include "storage/Preferences.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

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

// The receiver on a thread of its own.
class ReceiverThread : public QThread
{
public:
    explicit ReceiverThread(QByteArray body)
        : m_body(std::move(body))
    { }

    quint16 port() const { return m_port.loadAcquire(); }

protected:
    void run() override
    {
        LocalReceiver receiver;
        ResponseScript::Step step = ResponseScript::respond(200, m_body);
        step.headers = { { "Content-Type", "application/json" } };
        receiver.setScript(ResponseScript({ step }));
        m_port.storeRelease(receiver.start());
        exec();
    }

private:
    QByteArray m_body;
    QAtomicInteger<quint16> m_port { 0 };
};

long peakRssMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
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
    const ToolEnvironment environment;
    const qsizetype megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 50;

    Preferences::setResponseBodyCapMiB(int(megabytes) + 16);
    Preferences::setReceiverPort(0);

    const QByteArray body = makeBody(megabytes * 1000 * 1000);
    ReceiverThread receiver(body);
    receiver.start();
    while (receiver.port() == 0)
        QThread::msleep(5);

    MainWindow window;
    window.resize(1440, 1000);
    window.show();
    window.openSample();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    window.session()->setLocalReceiverUrl(
        u"http://127.0.0.1:"_s + QString::number(receiver.port()));
    window.selectWebhook(2);
    window.preview()->setEvent(u"conversation.intent_detected"_s);
    auto* view = window.findChild<LargeTextView*>(u"responseBodyView"_s);
    QCoreApplication::processEvents();

    StallMeter stalls;
    QElapsedTimer clock;
    const long rssBefore = peakRssMegabytes();
    stalls.start();
    clock.start();
    window.sendTestEvent();
    DeliveryTracker* tracker = window.inspector()->tracker();
    if (!tracker)
        qFatal("nothing was sent");
    if (!QTest::qWaitFor([tracker] { return !tracker->isRunning(); }, 120000))
        qFatal("the delivery did not finish");
    const qint64 received = clock.elapsed();
    const qint64 receiveStall = stalls.longestMs();
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
    if (view->mode() != LargeTextView::Mode::Pretty || view->displayedText().size() <= body.size())
        qFatal("the body is not shown indented: %s", qPrintable(view->statusText()));
    const qint64 showStall = stalls.longestMs();

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
        QString::number(body.size() / 1e6, 'f', 1) + u" MB minified JSON, "_s
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
    print(u"peak RSS before / after"_s,
        QString::number(rssBefore) + u" MB / "_s + QString::number(peakRssMegabytes()) + u" MB"_s);

    window.session()->undoStack()->setClean();
    receiver.quit();
    receiver.wait();
    return 0;
}
