#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class DeliveryTracker;
struct AttemptRecord;

// The attempts of one delivery drawn over its total-timeout window: each
// attempt a bar as long as it took, coloured by its verdict, inside the
// outline of its own deadline; the waits between attempts; the total
// deadline; and, while the delivery runs, the present moment and a countdown
// to the next attempt. Updates live; clicking a bar selects that attempt.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);

    void setTracker(DeliveryTracker* tracker);
    void setSelectedAttempt(int number);
    // Scales the chart to what happened instead of the whole window.
    void setFitToAttempts(bool fit);
    bool fitsToAttempts() const { return m_fit; }

    // The text above the chart (what is happening, or how it ended).
    QString caption() const;
    // The attempt whose bar is at `position`, or 0.
    int attemptAt(const QPoint& position) const;
    // The bar of attempt `number`, in widget coordinates.
    QRect barRect(int number) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void attemptClicked(int number);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    qint64 windowMs() const;
    QRect chartRect() const;
    int xFor(qint64 ms) const;
    QRect barBetween(qint64 startMs, qint64 endMs) const;
    QColor colorFor(const AttemptRecord& attempt) const;
    void paintAxis(QPainter& painter) const;
    void paintAttempts(QPainter& painter) const;
    void paintLive(QPainter& painter) const;
    void onTrackerChanged();

    QPointer<DeliveryTracker> m_tracker;
    int m_selected = 0;
    bool m_fit = false;
    QTimer m_animation;
};
