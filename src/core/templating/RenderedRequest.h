#pragma once

#include "TemplateProblem.h"
#include "model/HttpHeaders.h"
#include "model/HttpMethod.h"

#include <QByteArray>
#include <QList>
#include <QString>

// A request exactly as it goes on the wire — method, URL, headers and body
// bytes — together with the problems met while rendering it. With any error
// among them, nothing is sent.
struct RenderedRequest
{
    using Header = RequestHeader;

    HttpMethod method = HttpMethod::Post;
    // The final URL, percent-encoded as sent.
    QString url;
    QList<Header> headers;
    QByteArray body;
    QString contentType;
    // True when the body is the standard event envelope (no body template).
    bool usesEnvelope = false;
    QList<TemplateProblem> problems;

    bool isSendable() const;
    // The value of the first header called `name` (case-insensitive).
    QString header(QStringView name) const;
};
