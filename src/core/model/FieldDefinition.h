#pragma once

#include "FieldType.h"

#include <QJsonValue>
#include <QString>

#include <tuple>

// A field the campaign declares (a contact field, an agent outcome, a dynamic
// variable or a post-call outcome), with the sample value previews and test
// sends use.
struct FieldDefinition
{
    QString name;
    FieldType type = FieldType::String;
    QJsonValue sample;
    QString description;

    friend bool operator==(const FieldDefinition& a, const FieldDefinition& b)
    {
        return std::tie(a.name, a.type, a.sample, a.description)
            == std::tie(b.name, b.type, b.sample, b.description);
    }
    friend bool operator!=(const FieldDefinition& a, const FieldDefinition& b) { return !(a == b); }
};
