#pragma once

#include "SecretResolver.h"

#include <QCoreApplication>
#include <QHash>

// Secrets held in memory for the session, for when no keychain is available
// (and for tests).
class MemorySecretStore : public SecretResolver
{
    Q_DECLARE_TR_FUNCTIONS(MemorySecretStore)

public:
    void insert(const QString& name, const QString& value) { m_values.insert(name, value); }
    void remove(const QString& name) { m_values.remove(name); }
    // Where values not held here come from (the environment, say).
    void setFallback(const SecretResolver* fallback) { m_fallback = fallback; }
    bool contains(const QString& name) const { return m_values.contains(name); }
    std::optional<QString> value(const QString& name) const override;
    QString hint(const QString& name) const override;

private:
    QHash<QString, QString> m_values;
    const SecretResolver* m_fallback = nullptr;
};
