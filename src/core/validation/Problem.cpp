#include "Problem.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

QString severityName(Severity severity)
{
    return severity == Severity::Error ? u"error"_s : u"warning"_s;
}

Problem Problem::error(const QString& path, const QString& code, const QString& message)
{
    return { Severity::Error, path, code, message };
}

Problem Problem::warning(const QString& path, const QString& code, const QString& message)
{
    return { Severity::Warning, path, code, message };
}

QString Problem::toString() const
{
    return path + u": "_s + severityName(severity) + u": "_s + message;
}

bool operator==(const Problem& a, const Problem& b)
{
    return std::tie(a.severity, a.path, a.code, a.message)
        == std::tie(b.severity, b.path, b.code, b.message);
}

bool containsErrors(const QList<Problem>& problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
        [](const Problem& problem) { return problem.isError(); });
}
