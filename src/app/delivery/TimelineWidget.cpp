#include "delivery/TimelineWidget.h"

#include "delivery/DeliveryTracker.h"
#include "delivery/Duration.h"
#include "delivery/SuccessEvaluator.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int kMargin = 10;
constexpr int kBarHeight = 22;
constexpr int kFrameMs = 33; // about 30 repaints a second while live

// A tick step of 1, 2 or 5 times a power of ten that gives about `ticks`
// ticks over `span` milliseconds.
qint64 tickStep(qint64 span, int ticks)
{
    const double raw = double(span) / qMax(1, ticks);
    const double power = std::pow(10.0, std::floor(std::log10(qMax(1.0, raw))));
    for (const double factor : { 1.0, 2.0, 5.0, 10.0 }) {
        if (power * factor >= raw)
            return qMax<qint64>(1, qint64(power * factor));
    }
    return qMax<qint64>(1, qint64(power * 10));
}

QString tickLabel(qint64 ms, qint64 step)
{
    if (step < 1000)
        return Duration::text(ms);
    return TimelineWidget::tr("%1 s").arg(ms / 1000.0, 0, 'g', 4);
}

QString attemptTooltip(const AttemptRecord& attempt)
{
    const QString outcome = attempt.response.received
        ? SuccessEvaluator::statusText(attempt.response.status, attempt.response.reason)
        : TimelineWidget::tr("no response");
    const QString verdict = attempt.verdict.delivered
        ? TimelineWidget::tr("delivered")
        : TimelineWidget::tr("failed: %1").arg(attempt.verdict.summary());
    return TimelineWidget::tr("Attempt %1 · %2 · %3 (deadline %4)\n%5")
        .arg(attempt.number)
        .arg(outcome, Duration::text(attempt.durationMs), Duration::text(attempt.deadlineMs),
            verdict);
}
} // namespace

TimelineWidget::TimelineWidget(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_animation.setInterval(kFrameMs);
    connect(&m_animation, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

QSize TimelineWidget::sizeHint() const
{
    return { 600, minimumSizeHint().height() };
}

QSize TimelineWidget::minimumSizeHint() const
{
    // The caption, the chart and the axis labels under it.
    return { 240, fontMetrics().height() * 2 + kBarHeight + kMargin + 14 };
}

void TimelineWidget::setTracker(DeliveryTracker* tracker)
{
    if (m_tracker)
        m_tracker->disconnect(this);
    m_tracker = tracker;
    m_selected = 0;
    if (tracker)
        connect(tracker, &DeliveryTracker::changed, this, &TimelineWidget::onTrackerChanged);
    onTrackerChanged();
}

void TimelineWidget::onTrackerChanged()
{
    if (m_tracker && m_tracker->isRunning())
        m_animation.start();
    else
        m_animation.stop();
    update();
}

void TimelineWidget::setSelectedAttempt(int number)
{
    m_selected = number;
    update();
}

void TimelineWidget::setFitToAttempts(bool fit)
{
    m_fit = fit;
    update();
}

qint64 TimelineWidget::windowMs() const
{
    if (!m_tracker)
        return 1000;
    const DeliveryRecord& record = m_tracker->record();
    qint64 reached = m_tracker->elapsedMs();
    for (const AttemptRecord& attempt : record.attempts)
        reached = qMax(reached, attempt.startOffsetMs + attempt.durationMs);
    reached = qMax(reached, m_tracker->waitUntilMs());
    if (m_fit)
        return qMax<qint64>(10, reached + reached / 10);
    return qMax(qMax<qint64>(1, record.totalTimeoutMs), reached);
}

QRect TimelineWidget::chartRect() const
{
    const int top = fontMetrics().height() + kMargin + 4;
    return { kMargin, top, width() - 2 * kMargin, kBarHeight };
}

int TimelineWidget::xFor(qint64 ms) const
{
    const QRect chart = chartRect();
    return chart.left() + int(double(ms) / double(windowMs()) * chart.width());
}

QRect TimelineWidget::barBetween(qint64 startMs, qint64 endMs) const
{
    const QRect chart = chartRect();
    const int left = xFor(startMs);
    // Fast attempts stay visible and clickable.
    const int right = qMax(xFor(endMs), left + 4);
    return { left, chart.top() + 3, right - left, chart.height() - 6 };
}

QRect TimelineWidget::barRect(int number) const
{
    if (!m_tracker)
        return {};
    for (const AttemptRecord& attempt : m_tracker->record().attempts) {
        if (attempt.number == number)
            return barBetween(attempt.startOffsetMs, attempt.startOffsetMs + attempt.durationMs);
    }
    if (number == m_tracker->inFlightAttempt())
        return barBetween(m_tracker->inFlightStartMs(), m_tracker->elapsedMs());
    return {};
}

int TimelineWidget::attemptAt(const QPoint& position) const
{
    if (!m_tracker)
        return 0;
    for (const AttemptRecord& attempt : m_tracker->record().attempts) {
        if (barRect(attempt.number).adjusted(-2, -3, 2, 3).contains(position))
            return attempt.number;
    }
    return 0;
}

QColor TimelineWidget::colorFor(const AttemptRecord& attempt) const
{
    if (attempt.verdict.delivered)
        return { 0x2e, 0x9d, 0x4f };
    switch (attempt.verdict.kind()) {
    case FailureKind::AttemptTimeout:
    case FailureKind::TotalTimeout:
        return { 0xe0, 0x8a, 0x0b };
    case FailureKind::Cancelled:
        return palette().color(QPalette::PlaceholderText);
    default:
        return { 0xd6, 0x45, 0x41 };
    }
}

QString TimelineWidget::caption() const
{
    if (!m_tracker)
        return tr("Send a test event to see its attempts here.");
    const DeliveryRecord& record = m_tracker->record();
    if (m_tracker->isWaiting()) {
        const qint64 left = qMax<qint64>(0, m_tracker->waitUntilMs() - m_tracker->elapsedMs());
        return tr("Attempt %1 in %2 (%3)")
            .arg(record.attempts.size() + 1)
            .arg(Duration::text(left), m_tracker->waitReason());
    }
    if (m_tracker->isRunning()) {
        if (m_tracker->inFlightAttempt() == 0)
            return tr("Starting…");
        return tr("Attempt %1 in flight for %2")
            .arg(m_tracker->inFlightAttempt())
            .arg(Duration::text(m_tracker->elapsedMs() - m_tracker->inFlightStartMs()));
    }
    if (record.delivered()) {
        return tr("Delivered on attempt %1 after %2")
            .arg(record.attempts.size())
            .arg(Duration::text(record.totalMs));
    }
    return tr("Not delivered after %n attempt(s), %1: %2", nullptr, int(record.attempts.size()))
        .arg(Duration::text(record.totalMs), record.verdict.summary());
}

void TimelineWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(palette().color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(kMargin, kMargin / 2, width() - 2 * kMargin, fontMetrics().height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        fontMetrics().elidedText(caption(), Qt::ElideRight, width() - 2 * kMargin));
    painter.setFont(font());

    const QRect chart = chartRect();
    painter.fillRect(chart, palette().color(QPalette::AlternateBase));
    if (!m_tracker)
        return;
    paintAxis(painter);
    paintAttempts(painter);
    paintLive(painter);
}

void TimelineWidget::paintAxis(QPainter& painter) const
{
    const QRect chart = chartRect();
    const qint64 window = windowMs();
    const qint64 step = tickStep(window, qMax(2, chart.width() / 90));
    const QColor tick = palette().color(QPalette::PlaceholderText);
    painter.setPen(tick);
    for (qint64 ms = 0; ms <= window; ms += step) {
        const int x = xFor(ms);
        painter.drawLine(x, chart.bottom() + 1, x, chart.bottom() + 4);
        const QString label = tickLabel(ms, step);
        const int labelWidth = fontMetrics().horizontalAdvance(label);
        const int left = qBound(0, x - labelWidth / 2, width() - labelWidth);
        painter.drawText(left, chart.bottom() + 4 + fontMetrics().ascent(), label);
    }

    // The total deadline: nothing starts after it.
    const qint64 total = m_tracker->record().totalTimeoutMs;
    if (total > 0 && total <= window) {
        const int x = xFor(total);
        painter.setPen(QPen(QColor(0xd6, 0x45, 0x41), 1.5, Qt::DashLine));
        painter.drawLine(x, chart.top() - 4, x, chart.bottom() + 2);
        const QString label = tr("total %1").arg(Duration::text(total));
        painter.drawText(x - fontMetrics().horizontalAdvance(label) - 3, chart.top() - 6, label);
    }
}

void TimelineWidget::paintAttempts(QPainter& painter) const
{
    const QRect chart = chartRect();
    const DeliveryRecord& record = m_tracker->record();

    // The waits between attempts, as a dotted line with their length.
    painter.setPen(QPen(palette().color(QPalette::PlaceholderText), 1, Qt::DotLine));
    for (const auto& [from, to] : m_tracker->waits()) {
        const int y = chart.center().y();
        painter.drawLine(xFor(from), y, xFor(to), y);
    }

    for (const AttemptRecord& attempt : record.attempts) {
        // The attempt's own deadline, as an outline the bar must stay in.
        const QRect deadline = barBetween(attempt.startOffsetMs,
            qMin(attempt.startOffsetMs + attempt.deadlineMs, qMax(record.totalTimeoutMs, 1LL)));
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(deadline);

        const QRect bar = barRect(attempt.number);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorFor(attempt));
        painter.drawRoundedRect(bar, 2, 2);
        if (attempt.number == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(bar.adjusted(-2, -2, 2, 2), 3, 3);
        }
        const QString label = QString::number(attempt.number);
        if (bar.width() > fontMetrics().horizontalAdvance(label) + 4) {
            painter.setPen(Qt::white);
            painter.drawText(bar, Qt::AlignCenter, label);
        }
    }
}

void TimelineWidget::paintLive(QPainter& painter) const
{
    if (!m_tracker->isRunning())
        return;
    const QRect chart = chartRect();
    const qint64 now = m_tracker->elapsedMs();
    const QColor live(0x3d, 0x7b, 0xe0);
    if (m_tracker->inFlightAttempt() > 0) {
        const qint64 start = m_tracker->inFlightStartMs();
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(barBetween(start, start + m_tracker->record().attemptTimeoutMs));
        painter.setPen(Qt::NoPen);
        painter.setBrush(live);
        painter.drawRoundedRect(barBetween(start, now), 2, 2);
    }
    if (m_tracker->isWaiting()) {
        const int y = chart.center().y();
        painter.setPen(QPen(live, 1.5, Qt::DotLine));
        painter.drawLine(xFor(m_tracker->waitStartMs()), y, xFor(m_tracker->waitUntilMs()), y);
        painter.setBrush(live);
        painter.drawEllipse(QPoint(xFor(m_tracker->waitUntilMs()), y), 3, 3);
    }
    painter.setPen(QPen(live, 1.5));
    const int x = xFor(now);
    painter.drawLine(x, chart.top() - 2, x, chart.bottom() + 2);
}

void TimelineWidget::mousePressEvent(QMouseEvent* event)
{
    const int number = attemptAt(event->position().toPoint());
    if (number > 0) {
        setSelectedAttempt(number);
        emit attemptClicked(number);
    }
}

bool TimelineWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_tracker) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int number = attemptAt(help->pos());
        for (const AttemptRecord& attempt : m_tracker->record().attempts) {
            if (attempt.number == number) {
                QToolTip::showText(help->globalPos(), attemptTooltip(attempt), this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}
