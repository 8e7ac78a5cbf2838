#include "HttpHeaders.h"

#include <algorithm>

namespace HttpHeaders {
QString value(const QList<RequestHeader>& headers, QStringView name)
{
    for (const RequestHeader& header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

bool contains(const QList<RequestHeader>& headers, QStringView name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const RequestHeader& header) {
        return header.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray value(const QList<QPair<QByteArray, QByteArray>>& headers, const QByteArray& name)
{
    for (const auto& [key, headerValue] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return headerValue;
    }
    return {};
}
} // namespace HttpHeaders
