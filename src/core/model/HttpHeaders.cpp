#include "HttpHeaders.h"

namespace HttpHeaders {
QString value(const QList<RequestHeader>& headers, QStringView name)
{
    for (const RequestHeader& header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
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
