#include "secrets/SecretPrompt.h"

#include "catalog/EventCatalog.h"
#include "delivery/DeliveryPreparer.h"
#include "document/CampaignSession.h"
#include "keychain/SecretKeychain.h"
#include "model/SecretReference.h"

using namespace Qt::StringLiterals;

SecretPrompt::SecretPrompt(CampaignSession* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

QStringList SecretPrompt::missingSecrets(int webhookIndex, SecretsDialog::Purpose purpose) const
{
    const CampaignDocument& document = m_session->document();
    const WebhookConfig& webhook = document.webhooks.at(webhookIndex);
    const EventContext context = EventContext::build(
        document, EventCatalog::representative(webhook.events), m_session->contextOptions());
    QStringList names
        = DeliveryPreparer::missingSecrets(RequestTemplate(webhook), context, m_session->secrets());
    // An export keeps header secrets as variables; only signing needs a value.
    if (purpose == SecretsDialog::Purpose::Export) {
        const QString signing = SecretReference::name(webhook.signing.secret);
        return webhook.signing.isEnabled() && names.contains(signing) ? QStringList { signing }
                                                                      : QStringList();
    }
    // The environment's client certificate may need its passphrase.
    if (const Environment* environment = document.findEnvironment(context.environmentName())) {
        for (const QString& name : SecretReference::namesIn(environment->tls.passphrase)) {
            if (!m_session->secrets().value(name) && !names.contains(name))
                names.append(name);
        }
    }
    return names;
}

void SecretPrompt::withSecrets(
    int webhookIndex, SecretsDialog::Purpose purpose, const std::function<void()>& proceed)
{
    const QStringList missing = missingSecrets(webhookIndex, purpose);
    if (missing.isEmpty()) {
        proceed();
        return;
    }
    const QString webhookId = m_session->document().webhooks.at(webhookIndex).id;
    m_session->fetchSecrets(missing, [this, webhookIndex, purpose, proceed, webhookId] {
        // The document may have changed while the keychain answered.
        const QList<WebhookConfig>& webhooks = m_session->document().webhooks;
        if (webhookIndex >= webhooks.size() || webhooks.at(webhookIndex).id != webhookId)
            return;
        const QStringList stillMissing = missingSecrets(webhookIndex, purpose);
        if (stillMissing.isEmpty() || askFor(webhookIndex, purpose, stillMissing))
            proceed();
    });
}

bool SecretPrompt::askFor(
    int webhookIndex, SecretsDialog::Purpose purpose, const QStringList& names)
{
    SecretsDialog dialog(purpose, m_session->document().webhooks.at(webhookIndex).name, names,
        m_session->keychain()->unavailableReason(), m_window);
    dialog.setObjectName(u"secretsDialog"_s);
    if (dialog.exec() == QDialog::Accepted) {
        const QHash<QString, QString> values = dialog.values();
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            m_session->keepSecret(it.key(), it.value());
        return true;
    }
    return purpose != SecretsDialog::Purpose::Send;
}
