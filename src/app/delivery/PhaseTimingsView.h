#pragma once

#include "delivery/PhaseTimings.h"

#include <QWidget>

// An attempt's time split into phases as a waterfall, the way browsers'
// developer tools draw a request: a row a phase with its name, a bar where
// it fell within the attempt and how long it took. The bars of one attempt
// add up to its last byte.
class PhaseTimingsView : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseTimingsView(QWidget* parent = nullptr);

    void setTimings(const PhaseTimings& timings);
    const PhaseTimings& timings() const { return m_timings; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static QColor colorOf(PhaseTimings::Phase phase);
    int rowHeight() const;

    PhaseTimings m_timings;
    QList<PhaseTimings::Span> m_spans;
};
