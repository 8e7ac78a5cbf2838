#include "SampleData.h"

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
