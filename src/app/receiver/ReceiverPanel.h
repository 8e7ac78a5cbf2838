#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ReceiverPanel;
}
class DeliveryController;
class ReceivedRequestModel;

// The local test receiver: start and stop it, its port and URL, how it
// answers (the response script), the secret it checks signatures with, and
// every request it got, live, with headers and body.
class ReceiverPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReceiverPanel(DeliveryController* controller, QWidget* parent = nullptr);
    ~ReceiverPanel() override;

    // Starts on the port in the panel (falling back to any free port when
    // the preferred one is taken at start-up).
    void start(bool fallBackToAnyPort);
    // Takes the port from the preferences; a running receiver on another
    // port moves there.
    void usePreferredPort();

signals:
    // The user picked a received body as an event's own sample.
    void useAsSampleRequested(const QByteArray& body, const QString& origin);

private:
    void useSelectedAsSample();
    void toggle();
    void applyScript();
    void applySigningSecret();
    void updateState();
    void showSelected();
    void updateCount();

    std::unique_ptr<Ui::ReceiverPanel> m_ui;
    DeliveryController* m_controller;
    ReceivedRequestModel* m_model;
};
