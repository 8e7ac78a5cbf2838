#pragma once

#include <QString>

#include <optional>

// Where the values behind ${NAME} secret references come from: the system
// keychain in the app, the environment in the CLI, a map in tests.
class SecretResolver
{
public:
    virtual ~SecretResolver() = default;
    virtual std::optional<QString> value(const QString& name) const = 0;
    // Where a missing secret should be put, for the message that asks for it.
    virtual QString hint(const QString& name) const = 0;
};
