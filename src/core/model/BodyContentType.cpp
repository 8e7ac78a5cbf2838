#include "BodyContentType.h"

#include "EnumNameTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<BodyContentType, 3> kNames({ {
    { BodyContentType::Json, "json"_L1 },
    { BodyContentType::Form, "form"_L1 },
    { BodyContentType::Text, "text"_L1 },
} });
} // namespace

QString bodyContentTypeName(BodyContentType type)
{
    return kNames.name(type);
}

std::optional<BodyContentType> bodyContentTypeFromName(QStringView name)
{
    return kNames.fromName(name);
}

QStringList bodyContentTypeNames()
{
    return kNames.names();
}

QString bodyContentTypeMimeType(BodyContentType type)
{
    switch (type) {
    case BodyContentType::Json:
        return u"application/json"_s;
    case BodyContentType::Form:
        return u"application/x-www-form-urlencoded"_s;
    case BodyContentType::Text:
        return u"text/plain; charset=utf-8"_s;
    }
    return {};
}
