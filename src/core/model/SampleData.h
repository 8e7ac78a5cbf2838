#pragma once

#include <QJsonObject>

// Values that previews and test sends use in place of the catalog's defaults.
// Declared fields carry their samples in their definitions; this holds the
// overrides for the fixed call-log fields.
struct SampleData
{
    QJsonObject callLog;

    bool isEmpty() const { return callLog.isEmpty(); }

    friend bool operator==(const SampleData& a, const SampleData& b)
    {
        return a.callLog == b.callLog;
    }
    friend bool operator!=(const SampleData& a, const SampleData& b) { return !(a == b); }
};
