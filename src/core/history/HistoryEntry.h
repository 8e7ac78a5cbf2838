#pragma once

#include "delivery/DeliveryRecord.h"
#include "delivery/DeliveryReplay.h"

#include <QString>

#include <optional>

// Where a delivery in the history was sent from.
enum class HistoryOrigin { App, Cli };

// One delivery as the history keeps it: the record (secrets masked, bodies
// cut at DeliveryHistory::kStoredBodyBytes) and what Redeliver needs.
struct HistoryEntry
{
    qint64 id = 0;
    HistoryOrigin origin = HistoryOrigin::App;
    QString campaign;
    DeliveryRecord record;
    std::optional<DeliveryReplay> replay;
};
