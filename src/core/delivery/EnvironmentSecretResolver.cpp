#include "EnvironmentSecretResolver.h"

std::optional<QString> EnvironmentSecretResolver::value(const QString& name) const
{
    const QByteArray key = name.toLocal8Bit();
    if (!qEnvironmentVariableIsSet(key.constData()))
        return std::nullopt;
    return qEnvironmentVariable(key.constData());
}

QString EnvironmentSecretResolver::hint(const QString& name) const
{
    return tr("set the environment variable %1").arg(name);
}
