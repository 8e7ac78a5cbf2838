#pragma once

#include <QCoreApplication>
#include <QList>

#include <array>

// Where an attempt's time went, split as curl's -w and browsers' developer
// tools split it: the moment each phase ended, in microseconds since the
// request started, or -1 for a phase that did not happen (no lookup, connect
// or handshake on a kept connection, no handshake for http://, nothing after
// a failure). Through a proxy, "connect" ends once the tunnel is open.
struct PhaseTimings
{
    Q_DECLARE_TR_FUNCTIONS(PhaseTimings)

public:
    enum class Phase { Dns, Connect, Tls, RequestSent, FirstByte, LastByte };
    static constexpr int kPhaseCount = 6;

    struct Span
    {
        Phase phase;
        qint64 startUs;
        qint64 durationUs;
    };

    std::array<qint64, kPhaseCount> endsUs { -1, -1, -1, -1, -1, -1 };

    qint64 end(Phase phase) const { return endsUs[std::size_t(phase)]; }
    // Records the end of `phase` unless it has one already.
    void mark(Phase phase, qint64 elapsedUs);
    bool isEmpty() const;
    // The phases that happened, in order, each from the end of the one
    // before: their durations add up to the end of the last.
    QList<Span> spans() const;

    // "dns", "connect", "tls", "sent", "firstByte", "lastByte": for JSON.
    static QString name(Phase phase);
    // What the phase is, for people: "DNS lookup", "Waiting for the answer"…
    static QString title(Phase phase);
    // "0.4 ms", "12.0 ms", "1.25 s".
    static QString durationText(qint64 microseconds);

    friend bool operator==(const PhaseTimings& a, const PhaseTimings& b)
    {
        return a.endsUs == b.endsUs;
    }
};
