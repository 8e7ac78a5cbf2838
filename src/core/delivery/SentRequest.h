#pragma once

#include "model/HttpHeaders.h"
#include "model/HttpMethod.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A request as it went out on one attempt: the rendered request plus the
// signing headers of that attempt, with secret values marked so views and
// history can mask them.
struct SentRequest
{
    using Header = RequestHeader;

    HttpMethod method = HttpMethod::Post;
    QString url;
    QList<Header> headers;
    QByteArray body;

    QString header(QStringView name) const;
    // The same request with every secret value replaced by a mask.
    SentRequest redacted() const;
    static QString mask();
};
