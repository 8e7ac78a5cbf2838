#include "TemplateProblem.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

JsonPath TemplateProblem::path(const JsonPath& webhook) const
{
    const JsonPath request = webhook.key(u"request");
    switch (part) {
    case Part::Url:
        return request.key(u"url");
    case Part::HeaderValue:
        return request.key(u"headers").index(headerIndex).key(u"value");
    case Part::Body:
        break;
    }
    return request.key(u"body");
}

Problem TemplateProblem::toProblem(const JsonPath& webhook) const
{
    const QString located = QCoreApplication::translate("TemplateProblem", "Line %1, column %2: %3")
                                .arg(position.line)
                                .arg(position.column)
                                .arg(message);
    return { severity, path(webhook).toString(), code, located };
}
