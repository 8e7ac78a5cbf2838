#include "ReceivedRequest.h"

#include "model/HttpHeaders.h"

QByteArray ReceivedRequest::header(const QByteArray& name) const
{
    return HttpHeaders::value(headers, name);
}
