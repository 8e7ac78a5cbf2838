#include "FieldType.h"

#include "EnumNameTable.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<FieldType, 5> kNames({ {
    { FieldType::String, "string"_L1 },
    { FieldType::Number, "number"_L1 },
    { FieldType::Boolean, "boolean"_L1 },
    { FieldType::DateTime, "datetime"_L1 },
    { FieldType::Object, "object"_L1 },
} });
} // namespace

QString fieldTypeName(FieldType type)
{
    return kNames.name(type);
}

std::optional<FieldType> fieldTypeFromName(QStringView name)
{
    return kNames.fromName(name);
}

QStringList fieldTypeNames()
{
    return kNames.names();
}

bool fieldTypeAccepts(FieldType type, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return true; // "no sample" is allowed for every type
    switch (type) {
    case FieldType::String:
        return value.isString();
    case FieldType::Number:
        return value.isDouble();
    case FieldType::Boolean:
        return value.isBool();
    case FieldType::DateTime:
        return value.isString()
            && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
    case FieldType::Object:
        return value.isObject() || value.isArray();
    }
    return false;
}
