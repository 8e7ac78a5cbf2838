#include "PhaseTimings.h"

#include "model/EnumNameTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<PhaseTimings::Phase, PhaseTimings::kPhaseCount> kNames({ {
    { PhaseTimings::Phase::Dns, "dns"_L1 },
    { PhaseTimings::Phase::Connect, "connect"_L1 },
    { PhaseTimings::Phase::Tls, "tls"_L1 },
    { PhaseTimings::Phase::RequestSent, "sent"_L1 },
    { PhaseTimings::Phase::FirstByte, "firstByte"_L1 },
    { PhaseTimings::Phase::LastByte, "lastByte"_L1 },
} });
} // namespace

void PhaseTimings::mark(Phase phase, qint64 elapsedUs)
{
    qint64& end = endsUs[std::size_t(phase)];
    if (end < 0)
        end = elapsedUs;
}

bool PhaseTimings::isEmpty() const
{
    return std::all_of(endsUs.begin(), endsUs.end(), [](qint64 end) { return end < 0; });
}

QList<PhaseTimings::Span> PhaseTimings::spans() const
{
    QList<Span> spans;
    qint64 previous = 0;
    for (int i = 0; i < kPhaseCount; ++i) {
        const qint64 end = endsUs[std::size_t(i)];
        if (end < 0)
            continue;
        // Marks come from one clock in order; a phase cannot end before the
        // one before it did.
        const qint64 ended = qMax(end, previous);
        spans.append({ Phase(i), previous, ended - previous });
        previous = ended;
    }
    return spans;
}

QString PhaseTimings::name(Phase phase)
{
    return kNames.name(phase);
}

QString PhaseTimings::title(Phase phase)
{
    switch (phase) {
    case Phase::Dns:
        return tr("DNS lookup");
    case Phase::Connect:
        return tr("Connecting");
    case Phase::Tls:
        return tr("TLS handshake");
    case Phase::RequestSent:
        return tr("Sending the request");
    case Phase::FirstByte:
        return tr("Waiting for the answer");
    case Phase::LastByte:
        break;
    }
    return tr("Receiving the answer");
}

QString PhaseTimings::durationText(qint64 microseconds)
{
    if (microseconds < 1000 * 1000)
        return tr("%1 ms").arg(QString::number(microseconds / 1000.0, 'f', 1));
    return tr("%1 s").arg(QString::number(microseconds / 1e6, 'f', 2));
}
