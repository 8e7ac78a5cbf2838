#pragma once

#include "EventSample.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Values that previews and test sends use in place of the catalog's defaults.
// Declared fields carry their samples in their definitions; this holds the
// overrides for the fixed call-log fields and the user's own event payloads.
struct SampleData
{
    QJsonObject callLog;
    // At most one per event, in the order they were added.
    QList<EventSample> events;

    bool isEmpty() const { return callLog.isEmpty() && events.isEmpty(); }
    const EventSample* findEvent(const QString& event) const;
    // Replaces the event's own sample, or adds it.
    void setEvent(const EventSample& sample);
    // The events whose own samples have a field of that name.
    QStringList eventsWith(const QString& field) const;

    friend bool operator==(const SampleData& a, const SampleData& b)
    {
        return a.callLog == b.callLog && a.events == b.events;
    }
    friend bool operator!=(const SampleData& a, const SampleData& b) { return !(a == b); }
};
