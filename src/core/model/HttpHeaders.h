#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// A header of an outgoing request: name, value and whether the value is a
// secret that views must mask.
struct RequestHeader
{
    QString name;
    QString value;
    bool secret = false;
};

// Header lookups by name, case-insensitive as HTTP wants, for requests we
// build and for raw headers that came over the wire.
namespace HttpHeaders {
// The value of the first header called `name`, or an empty string.
QString value(const QList<RequestHeader>& headers, QStringView name);
bool contains(const QList<RequestHeader>& headers, QStringView name);
QByteArray value(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name);
} // namespace HttpHeaders
