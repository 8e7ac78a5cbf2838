#pragma once

#include "FieldDefinition.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <tuple>

// A real event body the user brought as the sample of one event: pasted,
// read from a file or taken from a request the local receiver captured. Its
// fields become mappable (DataSource::EventPayload) and its call, contact
// and outcome values replace the built-in sample's for that event. Made by
// EventPayload::sample(), which works out the fields once.
struct EventSample
{
    QString event;
    // Where it came from, in words: "pasted", a file name, a received
    // request. Shown beside the sample so a team knows what it looks at.
    QString origin;
    QJsonObject payload;
    // The payload's fields by JSON path, typed, with their values: derived
    // from `payload` (so not compared), kept because palettes, layouts and
    // checks ask for them on every edit.
    QList<FieldDefinition> fields;

    bool hasField(const QString& name) const;

    friend bool operator==(const EventSample& a, const EventSample& b)
    {
        return std::tie(a.event, a.origin, a.payload) == std::tie(b.event, b.origin, b.payload);
    }
    friend bool operator!=(const EventSample& a, const EventSample& b) { return !(a == b); }
};
