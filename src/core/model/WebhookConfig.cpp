#include "WebhookConfig.h"

#include "SecretReference.h"

#include <tuple>

const VariableMapping* WebhookConfig::findMapping(const QString& variable) const
{
    for (const VariableMapping& mapping : mappings) {
        if (mapping.variable == variable)
            return &mapping;
    }
    return nullptr;
}

QStringList WebhookConfig::secretNames() const
{
    QStringList names;
    const auto add = [&names](const QStringList& found) {
        for (const QString& name : found) {
            if (!names.contains(name))
                names.append(name);
        }
    };
    // A secret header may hold its reference inside text ("Bearer ${TOKEN}").
    for (const HeaderEntry& header : headers) {
        if (header.secret && header.enabled)
            add(SecretReference::namesIn(header.value));
    }
    if (signing.isEnabled() && SecretReference::isReference(signing.secret))
        add({ SecretReference::name(signing.secret) });
    return names;
}

bool operator==(const WebhookConfig& a, const WebhookConfig& b)
{
    return std::tie(a.id, a.name, a.enabled, a.events, a.method, a.url, a.headers, a.contentType,
               a.body, a.delivery, a.success, a.mappings, a.signing)
        == std::tie(b.id, b.name, b.enabled, b.events, b.method, b.url, b.headers, b.contentType,
            b.body, b.delivery, b.success, b.mappings, b.signing);
}
