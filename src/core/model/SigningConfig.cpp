#include "SigningConfig.h"

#include "EnumNameTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<SigningScheme, 2> kNames({ {
    { SigningScheme::None, "none"_L1 },
    { SigningScheme::StandardWebhooks, "standard-webhooks"_L1 },
} });
} // namespace

QString signingSchemeName(SigningScheme scheme)
{
    return kNames.name(scheme);
}

std::optional<SigningScheme> signingSchemeFromName(QStringView name)
{
    return kNames.fromName(name);
}

QStringList signingSchemeNames()
{
    return kNames.names();
}
