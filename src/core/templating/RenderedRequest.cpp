#include "RenderedRequest.h"

#include <algorithm>

bool RenderedRequest::isSendable() const
{
    return std::none_of(problems.cbegin(), problems.cend(),
        [](const TemplateProblem& problem) { return problem.isError(); });
}

QString RenderedRequest::header(QStringView name) const
{
    return HttpHeaders::value(headers, name);
}
