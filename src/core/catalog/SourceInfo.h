#pragma once

#include "FieldRequirement.h"
#include "model/DataSource.h"

#include <QString>

struct SourceInfo
{
    DataSource source = DataSource::DefaultValue;
    QString title;
    QString description;
    // For declared sources, what every one of their fields needs; the fixed
    // catalogs set it per field.
    FieldRequirement requirement = FieldRequirement::Always;
};
