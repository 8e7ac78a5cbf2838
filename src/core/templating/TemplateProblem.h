#pragma once

#include "TextPosition.h"
#include "io/JsonPath.h"
#include "validation/Problem.h"

#include <QString>

// A problem found while rendering, located in one template of the webhook
// (the URL, a header value or the body) so an editor can underline it.
struct TemplateProblem
{
    enum class Part { Url, HeaderValue, Body };

    Severity severity = Severity::Error;
    Part part = Part::Body;
    // For Part::HeaderValue: the header's index in the webhook's headers.
    int headerIndex = -1;
    TextPosition position;
    qsizetype length = 0;
    // The variable concerned, if any.
    QString variable;
    QString code;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // The JSON path of the template below `webhook`, e.g.
    // $.webhooks[0].request.headers[1].value.
    JsonPath path(const JsonPath& webhook) const;
    // As a document problem; the message gains the line and column.
    Problem toProblem(const JsonPath& webhook) const;
};
