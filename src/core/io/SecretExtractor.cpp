#include "SecretExtractor.h"

#include "JsonPath.h"
#include "model/SecretReference.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {
QString uniqueName(const QString& wanted, QSet<QString>* taken)
{
    QString name = wanted;
    for (int suffix = 2; taken->contains(name); ++suffix)
        name = wanted + u'_' + QString::number(suffix);
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
            if (SecretReference::isReference(header.value))
                names.insert(SecretReference::name(header.value));
        }
        if (SecretReference::isReference(webhook.signing.secret))
            names.insert(SecretReference::name(webhook.signing.secret));
    }
    return names;
}
} // namespace

QList<SecretExtractor::Secret> SecretExtractor::extract(CampaignDocument& document)
{
    QList<Secret> secrets;
    QSet<QString> taken = referencedNames(document);
    const auto moveOut = [&](QString& value, const QString& webhookId, const QString& purpose,
                             const JsonPath& path) {
        if (value.isEmpty() || SecretReference::isReference(value))
            return;
        const QString name = uniqueName(SecretReference::deriveName(webhookId, purpose), &taken);
        secrets.append({ name, value, path.toString() });
        value = SecretReference::make(name);
    };

    for (qsizetype w = 0; w < document.webhooks.size(); ++w) {
        WebhookConfig& webhook = document.webhooks[w];
        const QString owner = webhook.id.isEmpty() ? webhook.name : webhook.id;
        const JsonPath webhookPath = JsonPath().key(u"webhooks").index(w);
        for (qsizetype h = 0; h < webhook.headers.size(); ++h) {
            HeaderEntry& header = webhook.headers[h];
            if (header.secret) {
                moveOut(header.value, owner, header.name,
                    webhookPath.key(u"request").key(u"headers").index(h).key(u"value"));
            }
        }
        if (webhook.signing.isEnabled() || !webhook.signing.secret.isEmpty()) {
            moveOut(webhook.signing.secret, owner, u"signing secret"_s,
                webhookPath.key(u"signing").key(u"secret"));
        }
    }
    return secrets;
}
