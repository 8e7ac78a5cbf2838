#include "AttemptRecord.h"

#include "model/HttpHeaders.h"

QByteArray AttemptRecord::Response::header(const QByteArray& name) const
{
    return HttpHeaders::value(headers, name);
}
