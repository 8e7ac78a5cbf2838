#pragma once

#include "TemplateValue.h"
#include "catalog/FieldRequirement.h"
#include "model/DataSource.h"

#include <QString>

// What one variable of a template stands for, decided when the template is
// compiled against a FieldLayout: a render reads the slot (or the constant)
// instead of looking the name up in mappings and sources.
struct PlaceholderBinding
{
    enum class Kind {
        BuiltIn, // event, event_id, timestamp, local_receiver
        Constant, // mapped to a default value
        Field, // mapped to a field of a source
        Environment, // an environment variable, mapped or by its own name
        Unmapped,
        UnknownField, // mapped to a field the campaign lacks
    };

    Kind kind = Kind::Unmapped;
    // The context's slot; -1 for an environment variable no environment
    // of the campaign defines.
    int slot = -1;
    TemplateValue constant;
    // Which events give the field a value.
    FieldRequirement requirement = FieldRequirement::Always;
    // The source and field (or environment variable) named, for messages.
    DataSource source = DataSource::DefaultValue;
    QString field;
};
