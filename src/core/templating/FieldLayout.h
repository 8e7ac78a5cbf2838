#pragma once

#include "model/DataSource.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

struct CampaignDocument;

// Where an event context keeps each value a template can use: one slot per
// built-in variable, per timestamp and call-log field of the catalog, per
// field the campaign declares, per variable its environments define and per
// field of its own event payloads.
// A template resolves its placeholders to slots once, when it is compiled
// against the layout, so a render reads values by index instead of looking
// names up. Slots follow a fixed order (built-ins, the fixed catalogs, then
// the campaign's own names as it lists them), so two layouts of the same
// campaign agree; hasSameSlots() tells whether two do.
class FieldLayout
{
public:
    enum BuiltIn { Event, EventId, Timestamp, LocalReceiver, BuiltInCount };

    // The built-ins and the fixed catalogs only: a campaign without declared
    // fields or environments.
    FieldLayout();
    explicit FieldLayout(const CampaignDocument& document);

    // The slot of a built-in variable (event, event_id, timestamp,
    // local_receiver), or -1.
    static int builtInSlot(QStringView name);
    // The slot of a field of a source, or -1 when the source has no such
    // field (and always for DefaultValue, which has no fields).
    int slot(DataSource source, const QString& field) const;
    // The first slot of a source and how many it has; built-ins have none.
    int firstSlot(DataSource source) const { return m_first.at(index(source)); }
    int slotCount(DataSource source) const { return m_count.at(index(source)); }
    int size() const { return int(m_names.size()); }
    // The field name of a slot.
    const QString& name(int slot) const { return m_names.at(slot); }
    // Whether every name has the same slot in both: a template compiled
    // against one layout reads a context of another only after binding again.
    bool hasSameSlots(const FieldLayout& other) const;

private:
    static constexpr int kSources = int(DataSource::EventPayload) + 1;
    static constexpr int kScanLimit = 32;
    static int index(DataSource source) { return int(source); }

    void addSource(DataSource source, const QStringList& names);

    QList<QString> m_names;
    // The campaign's own names → slot, for sources with more than
    // kScanLimit of them; the fixed catalogs have a static index.
    QHash<QString, int> m_declared[kSources];
    std::array<int, kSources> m_first {};
    std::array<int, kSources> m_count {};
    // A quick first test for hasSameSlots().
    size_t m_key = 0;
};
