#pragma once

#include "FieldRequirement.h"
#include "model/FieldType.h"

#include <QJsonValue>
#include <QString>

// A field of a fixed catalog (call log, timestamps), with the default sample
// value that makes previews look like a real call.
struct CatalogField
{
    QString name;
    QString title;
    FieldType type = FieldType::String;
    QString description;
    QJsonValue sample;
    FieldRequirement requirement = FieldRequirement::Call;
};
