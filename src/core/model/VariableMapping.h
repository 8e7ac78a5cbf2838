#pragma once

#include "DataSource.h"

#include <QString>

#include <tuple>

// Binds a template variable to a field of a data source, or to a literal when
// the source is DefaultValue (an empty literal means the variable's own name).
struct VariableMapping
{
    QString variable;
    DataSource source = DataSource::DefaultValue;
    QString field;
    QString value;

    friend bool operator==(const VariableMapping& a, const VariableMapping& b)
    {
        return std::tie(a.variable, a.source, a.field, a.value)
            == std::tie(b.variable, b.source, b.field, b.value);
    }
    friend bool operator!=(const VariableMapping& a, const VariableMapping& b) { return !(a == b); }
};
