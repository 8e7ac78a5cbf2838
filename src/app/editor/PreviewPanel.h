#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class PreviewPanel;
}
class CampaignSession;
class QAbstractItemModel;
struct RenderedRequest;

// The request exactly as the selected webhook would send it for a chosen
// event, with the sample data: request line, headers, the body indented, and
// the problems above it. Refreshed shortly after each change, so typing never
// waits for it.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPanel(CampaignSession* session, QWidget* parent = nullptr);
    ~PreviewPanel() override;

    void setWebhookIndex(int index);
    QString eventName() const;
    // The events to choose from, for another picker that stays in step.
    QAbstractItemModel* eventModel() const;
    void setEvent(const QString& event);
    // The text shown, for tests and copy.
    QString text() const;
    // Renders now instead of after the pause.
    void refreshNow();

signals:
    void eventChanged(const QString& event);

private:
    void scheduleRefresh();
    QString html(const RenderedRequest& request) const;

    std::unique_ptr<Ui::PreviewPanel> m_ui;
    CampaignSession* m_session;
    int m_webhook = -1;
    QTimer m_refreshTimer;
    // One id while the panel lives, so the preview does not flicker.
    QString m_eventId;
};
