#include "MemorySecretStore.h"

std::optional<QString> MemorySecretStore::value(const QString& name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.cend())
        return m_fallback ? m_fallback->value(name) : std::nullopt;
    return *it;
}

QString MemorySecretStore::hint(const QString& name) const
{
    // Where values come from in the end is where a missing one should go.
    return m_fallback ? m_fallback->hint(name) : tr("enter a value for %1").arg(name);
}
