#pragma once

#include "delivery/DeliveryPlan.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/HttpClient.h"
#include "history/DeliveryHistory.h"
#include "receiver/LocalReceiver.h"
#include "validation/Problem.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class CampaignSession;
class DeliveryBurst;

// Sends test events for the window: prepares the request from the session
// (sample data, secrets, the receiver's URL), runs the delivery engine on the
// event loop, records every finished delivery in the history, and runs the
// local receiver that the sample campaign sends to.
class DeliveryController : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        // The delivery now running; null when nothing was sent.
        DeliveryTracker* tracker = nullptr;
        // Why nothing was sent, or warnings about what was.
        QList<Problem> problems;
    };

    DeliveryController(
        CampaignSession* session, const QString& historyPath, QObject* parent = nullptr);
    ~DeliveryController() override;

    // Renders `webhookIndex` for `event` and sends it. One delivery runs at a
    // time: a send while one runs is refused.
    Outcome send(int webhookIndex, const QString& event);
    // Sends a stored delivery's request again with fresh secret values.
    Outcome redeliver(const DeliveryReplay& replay);
    bool isSending() const;
    DeliveryTracker* current() const { return m_current; }
    void cancel();

    // A burst of `count` deliveries of new events, at most `concurrency` at
    // once, for the caller to connect to and start(); null (and `problems`)
    // when the webhook cannot be sent. Bursts are summed up, not added to the
    // history.
    DeliveryBurst* startBurst(int webhookIndex, const QString& event, int count, int concurrency,
        QList<Problem>* problems);

    // The receiver: started on the preferred port (or any free one when that
    // is taken) and stopped on request.
    LocalReceiver* receiver() { return &m_receiver; }
    // Starts on `port` (0: any); returns the port or 0.
    quint16 startReceiver(quint16 port);
    void stopReceiver();

    DeliveryHistory* history() { return &m_history; }
    // Opens the history file, if it is not open yet. The window does so once
    // it is on screen (creating the file takes tens of milliseconds the first
    // paint need not wait for); recording a delivery does so first.
    void openHistory();

signals:
    void deliveryStarted(DeliveryTracker* tracker);
    void deliveryFinished(DeliveryTracker* tracker);
    void receiverStateChanged(bool listening);
    void historyOpened();

private:
    Outcome start(const DeliveryPlan& plan, const DeliveryReplay& replay);
    void onFinished(DeliveryTracker* tracker);
    // Points the client at the proxy the preferences say and loads the TLS
    // files of `environment`: read at each start (either may have changed),
    // never at start-up. A problem when the files cannot be used.
    std::optional<Problem> useNetworkSettings(const QString& environment);

    CampaignSession* m_session;
    HttpClient m_client;
    LocalReceiver m_receiver;
    DeliveryHistory m_history;
    QPointer<DeliveryTracker> m_current;
};
