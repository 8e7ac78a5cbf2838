#include "SecretExtractor.h"

#include "JsonPath.h"
#include "model/SecretReference.h"
#include "model/UniqueName.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QString claimName(const QString& wanted, QSet<QString>* taken)
{
    const QString name = uniqueName(
        wanted, [taken](const QString& candidate) { return taken->contains(candidate); });
    taken->insert(name);
    return name;
}

// Collects the reference names already in use, so derived names never collide
// with them.
QSet<QString> referencedNames(const CampaignDocument& document)
{
    QSet<QString> names;
    for (const WebhookConfig& webhook : document.webhooks) {
        for (const HeaderEntry& header : webhook.headers) {
            for (const QString& name : SecretReference::namesIn(header.value))
                names.insert(name);
        }
        if (SecretReference::isReference(webhook.signing.secret))
            names.insert(SecretReference::name(webhook.signing.secret));
    }
    for (const Environment& environment : document.environments) {
        for (const EnvironmentVariable& variable : environment.variables) {
            if (variable.secret && SecretReference::isReference(variable.value))
                names.insert(SecretReference::name(variable.value));
        }
        if (SecretReference::isReference(environment.tls.passphrase))
            names.insert(SecretReference::name(environment.tls.passphrase));
    }
    return names;
}

// Replaces plain values by fresh references and keeps what it took.
class SecretMover
{
public:
    explicit SecretMover(const CampaignDocument& document)
        : m_taken(referencedNames(document))
    { }

    void moveOut(QString& value, const QString& wantedName, const JsonPath& path)
    {
        // A value holding a reference ("Bearer ${TOKEN}") is already safe.
        if (value.isEmpty() || !SecretReference::namesIn(value).isEmpty())
            return;
        const QString name = claimName(wantedName, &m_taken);
        m_secrets.append({ name, value, path.toString() });
        value = SecretReference::make(name);
    }

    void moveWebhookSecrets(CampaignDocument& document)
    {
        for (qsizetype w = 0; w < document.webhooks.size(); ++w) {
            WebhookConfig& webhook = document.webhooks[w];
            const QString owner = webhook.id.isEmpty() ? webhook.name : webhook.id;
            const JsonPath webhookPath = JsonPath().key(u"webhooks").index(w);
            for (qsizetype h = 0; h < webhook.headers.size(); ++h) {
                HeaderEntry& header = webhook.headers[h];
                if (header.secret) {
                    moveOut(header.value, SecretReference::deriveName(owner, header.name),
                        webhookPath.key(u"request").key(u"headers").index(h).key(u"value"));
                }
            }
            if (webhook.signing.isEnabled() || !webhook.signing.secret.isEmpty()) {
                moveOut(webhook.signing.secret,
                    SecretReference::deriveName(owner, u"signing secret"_s),
                    webhookPath.key(u"signing").key(u"secret"));
            }
        }
    }

    void moveEnvironmentSecrets(CampaignDocument& document)
    {
        for (qsizetype e = 0; e < document.environments.size(); ++e) {
            Environment& environment = document.environments[e];
            const JsonPath path = JsonPath().key(u"environments").index(e);
            for (qsizetype v = 0; v < environment.variables.size(); ++v) {
                EnvironmentVariable& variable = environment.variables[v];
                if (variable.secret) {
                    moveOut(variable.value,
                        Environment::secretName(document.name, environment.name, variable.name),
                        path.key(u"variables").index(v).key(u"value"));
                }
            }
            moveOut(environment.tls.passphrase,
                Environment::secretName(document.name, environment.name, u"tls passphrase"_s),
                path.key(u"tls").key(u"passphrase"));
        }
    }

    const QList<SecretExtractor::Secret>& secrets() const { return m_secrets; }

private:
    QSet<QString> m_taken;
    QList<SecretExtractor::Secret> m_secrets;
};
} // namespace

QList<SecretExtractor::Secret> SecretExtractor::extract(CampaignDocument& document)
{
    SecretMover mover(document);
    mover.moveWebhookSecrets(document);
    mover.moveEnvironmentSecrets(document);
    return mover.secrets();
}

QList<SecretExtractor::Secret> SecretExtractor::extractEnvironments(CampaignDocument& document)
{
    SecretMover mover(document);
    mover.moveEnvironmentSecrets(document);
    return mover.secrets();
}
