#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// How the body template is encoded; decides how placeholders are escaped and
// which Content-Type header is sent when the user sets none.
enum class BodyContentType { Json, Form, Text };

QString bodyContentTypeName(BodyContentType type);
std::optional<BodyContentType> bodyContentTypeFromName(QStringView name);
QStringList bodyContentTypeNames();
QString bodyContentTypeMimeType(BodyContentType type);
