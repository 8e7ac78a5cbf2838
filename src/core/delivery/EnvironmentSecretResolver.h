#pragma once

#include "SecretResolver.h"

#include <QCoreApplication>

// Resolves ${NAME} from the environment variable NAME, as CI systems pass
// secrets.
class EnvironmentSecretResolver : public SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentSecretResolver)

public:
    std::optional<QString> value(const QString& name) const override;
    QString hint(const QString& name) const override;
};
