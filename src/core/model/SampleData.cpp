#include "SampleData.h"

#include <algorithm>

bool EventSample::hasField(const QString& name) const
{
    return std::any_of(fields.cbegin(), fields.cend(),
        [&name](const FieldDefinition& field) { return field.name == name; });
}

const EventSample* SampleData::findEvent(const QString& event) const
{
    for (const EventSample& sample : events) {
        if (sample.event == event)
            return &sample;
    }
    return nullptr;
}

void SampleData::setEvent(const EventSample& sample)
{
    for (EventSample& existing : events) {
        if (existing.event == sample.event) {
            existing = sample;
            return;
        }
    }
    events.append(sample);
}

QStringList SampleData::eventsWith(const QString& field) const
{
    QStringList names;
    for (const EventSample& sample : events) {
        if (sample.hasField(field))
            names.append(sample.event);
    }
    return names;
}
