#include "Environment.h"

#include "SecretReference.h"

const EnvironmentVariable* Environment::find(const QString& variableName) const
{
    for (const EnvironmentVariable& variable : variables) {
        if (variable.name == variableName)
            return &variable;
    }
    return nullptr;
}

QString Environment::secretName(
    const QString& campaign, const QString& environment, const QString& variable)
{
    return SecretReference::deriveName(campaign + u'_' + environment, variable);
}
