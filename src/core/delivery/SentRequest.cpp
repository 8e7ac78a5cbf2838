#include "SentRequest.h"

#include "model/HttpHeaders.h"

using namespace Qt::StringLiterals;

QString SentRequest::header(QStringView name) const
{
    return HttpHeaders::value(headers, name);
}

QString SentRequest::mask()
{
    return u"••••••••"_s;
}

SentRequest SentRequest::redacted() const
{
    SentRequest copy = *this;
    for (Header& header : copy.headers) {
        if (header.secret)
            header.value = mask();
    }
    return copy;
}
