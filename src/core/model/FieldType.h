#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

enum class FieldType { String, Number, Boolean, DateTime, Object };

QString fieldTypeName(FieldType type);
std::optional<FieldType> fieldTypeFromName(QStringView name);
QStringList fieldTypeNames();

// Whether a sample value has the shape the declared type promises; datetimes
// must be ISO-8601 strings, objects may also be arrays.
bool fieldTypeAccepts(FieldType type, const QJsonValue& value);
