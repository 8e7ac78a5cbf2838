// Memory of the real window: peak RSS once it is up with the sample, then
// the resident memory after 1,000 deliveries sent from it to its own
// receiver (each recorded in the history and listed in the history panel),
// against the bytes the history file grew by. Prints figures; asserts
// nothing.
#include "MainWindow.h"
#include "StartupProbe.h"
#include "ToolEnvironment.h"
#include "delivery/DeliveryController.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/InspectorPanel.h"
#include "document/CampaignSession.h"
#include "editor/PreviewPanel.h"
#include "history/DeliveryHistory.h"
#include "receiver/LocalReceiver.h"
#include "storage/Preferences.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <QTextStream>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace {
qint64 historyBytes(const QString& path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

void send(MainWindow& window)
{
    window.sendTestEvent();
    DeliveryTracker* tracker = window.inspector()->tracker();
    if (!tracker || !QTest::qWaitFor([tracker] { return !tracker->isRunning(); }, 30000))
        qFatal("a delivery did not finish");
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const ToolEnvironment environment;
    const int deliveries = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    Preferences::setReceiverPort(0);
    Preferences::setHistoryRetention(Preferences::kMaxHistoryRetention);

    MainWindow window;
    ToolEnvironment::showSample(window, QSize(1440, 1000));
    window.selectWebhook(2); // Sales chat notifier: no secrets to ask for
    window.preview()->setEvent(u"conversation.intent_detected"_s);
    QTest::qWait(200);
    const qint64 startPeak = StartupProbe::peakRssKiB();

    // A first delivery warms up the network stack, SQLite and the inspector.
    send(window);
    malloc_trim(0);
    const qint64 before = StartupProbe::memoryKiB("VmRSS:");
    const QString path = DeliveryHistory::defaultPath();
    const qint64 historyBefore = historyBytes(path);
    for (int i = 0; i < deliveries; ++i)
        send(window);
    QTest::qWait(200);
    malloc_trim(0);
    const qint64 after = StartupProbe::memoryKiB("VmRSS:");
    const qint64 historyAfter = historyBytes(path);
    const qsizetype stored = window.deliveries()->history()->list().size();

    QTextStream out(stdout);
    out << "Memory of the window (" << deliveries << " deliveries to its own receiver)\n";
    out << "peak RSS with the sample open          " << startPeak / 1024 << " MB\n";
    out << "RSS before / after the deliveries      " << before / 1024 << " MB / " << after / 1024
        << " MB (" << stored << " in the history)\n";
    out << "growth per delivery                    " << (after - before) * 1024 / deliveries
        << " bytes of memory, " << (historyAfter - historyBefore) / deliveries
        << " bytes of history file\n";
    // For bench/run-all.sh.
    out << "= start_rss_kb " << startPeak << "\n= growth_per_delivery_bytes "
        << (after - before) * 1024 / deliveries << "\n= history_bytes_per_delivery "
        << (historyAfter - historyBefore) / deliveries << "\n= after_deliveries_rss_kb " << after
        << Qt::endl;
    window.session()->undoStack()->setClean();
    return 0;
}
