#pragma once

#include "delivery/DeliveryBurst.h"

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class BurstDialog;
}
class DeliveryController;
class QPushButton;

// Sends one event N times with at most C deliveries at once, with a progress
// bar and a summary: how many were delivered and the latency percentiles.
class BurstDialog : public QDialog
{
    Q_OBJECT

public:
    BurstDialog(DeliveryController* controller, int webhookIndex, const QString& webhookName,
        const QString& event, QWidget* parent = nullptr);
    ~BurstDialog() override;

    bool isRunning() const { return m_burst != nullptr; }
    void start();

protected:
    void reject() override;

private:
    void onProgress(int done, int total);
    void onFinished(const DeliveryBurst::Summary& summary);

    std::unique_ptr<Ui::BurstDialog> m_ui;
    DeliveryController* m_controller;
    int m_webhookIndex;
    QString m_event;
    QPushButton* m_startButton;
    QPointer<DeliveryBurst> m_burst;
};
