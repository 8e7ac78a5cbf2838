// A process for CrashSafetyTest to kill with SIGKILL in the middle of its
// work, so what survives is what a real crash would leave:
//   crash-worker autosave          the window with the sample, one edit, then
//                                  idle once the recovery copy exists
//   crash-worker save-loop FILE    saves the campaign to FILE again and again,
//                                  in a different length each time
//   crash-worker history-burst DB  delivers to its own receiver, 8 at a time,
//                                  recording each delivery in the history DB
// Each prints a line when the interesting part is under way; the history
// burst prints "recorded N" after each delivery it has stored.
#include "MainWindow.h"
#include "delivery/Delivery.h"
#include "delivery/HttpClient.h"
#include "document/CampaignSession.h"
#include "document/DocumentController.h"
#include "history/DeliveryHistory.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"
#include "receiver/LocalReceiver.h"
#include "storage/DataLocation.h"
#include "storage/RecoveryStore.h"

#include <QApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
void say(const QByteArray& line)
{
    std::fputs(QByteArray(line + '\n').constData(), stdout);
    std::fflush(stdout);
}

int autosave(QApplication& app)
{
    MainWindow window;
    window.show();
    if (!window.openSample())
        return 1;
    window.session()->editWebhook(0, u"Rename"_s,
        [](WebhookConfig& webhook) { webhook.name = u"Renamed before the crash"_s; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&poll] {
        const QStringList copies = QDir(RecoveryStore::defaultDirectory())
                                       .entryList({ u"*.webhooks.json"_s }, QDir::Files);
        if (!copies.isEmpty()) {
            say("autosaved");
            poll.stop();
        }
    });
    poll.start(50);
    return app.exec();
}

int saveLoop(const QString& filePath)
{
    const LoadResult sample = DocumentReader::readFile(DocumentController::sampleFilePath());
    if (!sample.document)
        return 1;
    CampaignDocument document = *sample.document;
    const QList<WebhookConfig> webhooks = document.webhooks;
    for (int i = 0;; ++i) {
        document.name = u"Save %1"_s.arg(i);
        document.webhooks = webhooks.mid(0, 1 + i % int(webhooks.size()));
        const QString error = DocumentWriter::writeFile(document, filePath);
        if (!error.isEmpty()) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 1;
        }
        if (i == 0)
            say("saving");
    }
}

int historyBurst(QApplication& app, const QString& databasePath)
{
    DeliveryHistory history(databasePath);
    history.setRetention(DeliveryHistory::kDefaultRetention * 100);
    if (!history.open()) {
        std::fputs(qPrintable(history.errorString() + u'\n'), stderr);
        return 1;
    }
    LocalReceiver receiver;
    if (receiver.start() == 0)
        return 1;
    HttpClient client;
    int started = 0;
    int recorded = 0;
    std::function<void()> startOne = [&] {
        DeliveryPlan plan;
        plan.webhookId = u"crash-test"_s;
        plan.webhookName = u"Crash test"_s;
        plan.event = u"call.ended"_s;
        plan.eventId = u"evt_crash_%1"_s.arg(++started);
        plan.messageId = plan.eventId;
        plan.request.method = HttpMethod::Post;
        plan.request.url = receiver.baseUrl() + u"/hooks"_s;
        plan.request.headers = { { u"Content-Type"_s, u"application/json"_s, false } };
        plan.request.body = "{\"call\": \"" + QByteArray(2048, 'c') + "\"}";
        auto* delivery = new Delivery(&client, plan);
        QObject::connect(delivery, &Delivery::finished, &app, [&, delivery] {
            HistoryEntry entry;
            entry.campaign = u"Crash test"_s;
            entry.record = delivery->record();
            if (history.add(entry) == 0) {
                std::fputs(qPrintable(history.errorString() + u'\n'), stderr);
                app.exit(1);
                return;
            }
            say("recorded " + QByteArray::number(++recorded));
            delivery->deleteLater();
            startOne();
        });
        delivery->start();
    };
    for (int i = 0; i < 8; ++i)
        startOne();
    return app.exec();
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(DataLocation::organizationName());
    QApplication::setApplicationName(DataLocation::applicationName());
    const QStringList arguments = QApplication::arguments();
    const QString mode = arguments.value(1);
    if (mode == u"autosave")
        return autosave(app);
    if (mode == u"save-loop" && arguments.size() == 3)
        return saveLoop(arguments.at(2));
    if (mode == u"history-burst" && arguments.size() == 3)
        return historyBurst(app, arguments.at(2));
    std::fputs("usage: crash-worker autosave | save-loop FILE | history-burst DB\n", stderr);
    return 2;
}
