#include "ParsedTemplate.h"

QStringList ParsedTemplate::variables() const
{
    QStringList names;
    for (const Segment& segment : segments) {
        if (segment.isPlaceholder() && !names.contains(segment.text))
            names.append(segment.text);
    }
    return names;
}

bool ParsedTemplate::hasPlaceholders() const
{
    return std::any_of(segments.cbegin(), segments.cend(),
        [](const Segment& segment) { return segment.isPlaceholder(); });
}
