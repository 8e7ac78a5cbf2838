#include "HttpMethod.h"

#include "EnumNameTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<HttpMethod, 4> kNames({ {
    { HttpMethod::Get, "GET"_L1 },
    { HttpMethod::Post, "POST"_L1 },
    { HttpMethod::Put, "PUT"_L1 },
    { HttpMethod::Delete, "DELETE"_L1 },
} });
} // namespace

QString httpMethodName(HttpMethod method)
{
    return kNames.name(method);
}

std::optional<HttpMethod> httpMethodFromName(QStringView name)
{
    return kNames.fromName(name);
}

QStringList httpMethodNames()
{
    return kNames.names();
}

bool httpMethodExpectsBody(HttpMethod method)
{
    return method == HttpMethod::Post || method == HttpMethod::Put;
}
