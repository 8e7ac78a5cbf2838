#include "delivery/PhaseTimingsView.h"

#include <QPainter>

namespace {
constexpr int kBarMinimumWidth = 120;
constexpr int kGap = 8;
} // namespace

PhaseTimingsView::PhaseTimingsView(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PhaseTimingsView::setTimings(const PhaseTimings& timings)
{
    if (timings == m_timings)
        return;
    m_timings = timings;
    m_spans = timings.spans();
    setAccessibleDescription([this] {
        QStringList lines;
        for (const PhaseTimings::Span& span : m_spans) {
            lines.append(PhaseTimings::title(span.phase) + QStringLiteral(": ")
                + PhaseTimings::durationText(span.durationUs));
        }
        return lines.join(u'\n');
    }());
    updateGeometry();
    update();
}

int PhaseTimingsView::rowHeight() const
{
    return fontMetrics().height() + 4;
}

QSize PhaseTimingsView::sizeHint() const
{
    return { 2 * kBarMinimumWidth + 200, rowHeight() * int(qMax<qsizetype>(1, m_spans.size())) };
}

QSize PhaseTimingsView::minimumSizeHint() const
{
    return { kBarMinimumWidth + 200, sizeHint().height() };
}

// One hue a phase, as browsers' tools colour them; mid tones that read on
// light and dark backgrounds.
QColor PhaseTimingsView::colorOf(PhaseTimings::Phase phase)
{
    switch (phase) {
    case PhaseTimings::Phase::Dns:
        return QColor(0x2a, 0x9d, 0x8f);
    case PhaseTimings::Phase::Connect:
        return QColor(0xe7, 0x8a, 0x2f);
    case PhaseTimings::Phase::Tls:
        return QColor(0x9b, 0x5d, 0xe5);
    case PhaseTimings::Phase::RequestSent:
        return QColor(0x4c, 0xaf, 0x50);
    case PhaseTimings::Phase::FirstByte:
        return QColor(0x3d, 0x8b, 0xfd);
    case PhaseTimings::Phase::LastByte:
        break;
    }
    return QColor(0x1f, 0x5f, 0xbf);
}

void PhaseTimingsView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QFontMetrics metrics = fontMetrics();
    if (m_spans.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, tr("—"));
        return;
    }
    int titleWidth = 0;
    int durationWidth = 0;
    for (const PhaseTimings::Span& span : m_spans) {
        titleWidth = qMax(titleWidth, metrics.horizontalAdvance(PhaseTimings::title(span.phase)));
        durationWidth = qMax(
            durationWidth, metrics.horizontalAdvance(PhaseTimings::durationText(span.durationUs)));
    }
    const int barLeft = titleWidth + kGap;
    const int barWidth = qMax(20, width() - barLeft - kGap - durationWidth);
    const qint64 totalUs = qMax<qint64>(1, m_spans.last().startUs + m_spans.last().durationUs);
    const int height = rowHeight();
    for (int row = 0; row < m_spans.size(); ++row) {
        const PhaseTimings::Span& span = m_spans.at(row);
        const QRect line(0, row * height, width(), height);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(line.adjusted(0, 0, -(width() - titleWidth), 0),
            Qt::AlignLeft | Qt::AlignVCenter, PhaseTimings::title(span.phase));
        const int x = barLeft + int(double(span.startUs) / totalUs * barWidth);
        // Even an instant phase shows as a sliver, so every row has its bar.
        const int w = qMax(2, int(double(span.durationUs) / totalUs * barWidth));
        painter.fillRect(QRect(x, line.top() + 3, w, height - 6), colorOf(span.phase));
        painter.drawText(QRect(barLeft + barWidth + kGap, line.top(), durationWidth, height),
            Qt::AlignRight | Qt::AlignVCenter, PhaseTimings::durationText(span.durationUs));
    }
}
