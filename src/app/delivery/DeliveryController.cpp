#include "delivery/DeliveryController.h"

#include "catalog/EventCatalog.h"
#include "delivery/Delivery.h"
#include "delivery/DeliveryBurst.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/DeliveryTracker.h"
#include "document/CampaignSession.h"
#include "io/SecretExtractor.h"
#include "storage/Preferences.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// Secret values typed into the document move to the session's store and
// become ${NAME} references, so the history can keep a replay of them.
WebhookConfig withSecretReferences(CampaignSession* session, int webhookIndex)
{
    CampaignDocument copy = session->document();
    for (const SecretExtractor::Secret& secret : SecretExtractor::extract(copy))
        session->secrets().insert(secret.name, secret.value);
    return copy.webhooks.at(webhookIndex);
}
} // namespace

DeliveryController::DeliveryController(
    CampaignSession* session, const QString& historyPath, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_history(historyPath)
{
    m_history.setRetention(Preferences::historyRetention());
}

void DeliveryController::openHistory()
{
    if (m_history.isOpen() || !m_history.open())
        return;
    emit historyOpened();
}

DeliveryController::~DeliveryController()
{
    // Deliveries must end before the HTTP client goes.
    if (m_current)
        m_current->cancel();
}

quint16 DeliveryController::startReceiver(quint16 port)
{
    if (m_receiver.isListening())
        m_receiver.stop();
    const quint16 listening = m_receiver.start(port);
    if (listening != 0)
        m_session->setLocalReceiverUrl(m_receiver.baseUrl());
    emit receiverStateChanged(listening != 0);
    return listening;
}

void DeliveryController::stopReceiver()
{
    m_receiver.stop();
    emit receiverStateChanged(false);
}

bool DeliveryController::isSending() const
{
    return m_current && m_current->isRunning();
}

void DeliveryController::cancel()
{
    if (m_current)
        m_current->cancel();
}

DeliveryController::Outcome DeliveryController::send(int webhookIndex, const QString& event)
{
    Outcome outcome;
    const EventInfo* info = EventCatalog::find(event);
    if (webhookIndex < 0 || webhookIndex >= m_session->document().webhooks.size() || !info)
        return outcome;
    const WebhookConfig webhook = withSecretReferences(m_session, webhookIndex);
    const EventContext context
        = EventContext::build(m_session->document(), *info, m_session->contextOptions());
    DeliveryPreparer::Options options;
    options.bodyCapBytes = Preferences::responseBodyCapBytes();
    const DeliveryPreparer::Result prepared
        = DeliveryPreparer::prepare(RequestTemplate(webhook, context.layout()), context,
            m_session->secrets(), JsonPath().key(u"webhooks").index(webhookIndex), options);
    if (!prepared.plan) {
        outcome.problems = prepared.problems;
        return outcome;
    }
    outcome = start(*prepared.plan, prepared.replay);
    outcome.problems = prepared.problems;
    return outcome;
}

DeliveryController::Outcome DeliveryController::redeliver(const DeliveryReplay& replay)
{
    const DeliveryPreparer::Result prepared = DeliveryPreparer::replan(
        replay, m_session->secrets(), Preferences::responseBodyCapBytes());
    if (!prepared.plan)
        return { nullptr, prepared.problems };
    Outcome outcome = start(*prepared.plan, replay);
    outcome.problems = prepared.problems;
    return outcome;
}

DeliveryController::Outcome DeliveryController::start(
    const DeliveryPlan& plan, const DeliveryReplay& replay)
{
    if (isSending()) {
        return { nullptr,
            { Problem::error(u"$"_s, u"send.busy"_s,
                tr("A delivery is still running; cancel it or wait for it to finish.")) } };
    }
    if (const std::optional<Problem> problem = useNetworkSettings(plan.environment))
        return { nullptr, { *problem } };
    auto* delivery = new Delivery(&m_client, plan, this);
    auto* tracker = new DeliveryTracker(delivery, replay, this);
    // The previous delivery's tracker stays alive while views still show it;
    // they let go of it when they take the new one.
    if (m_current)
        m_current->deleteLater();
    m_current = tracker;
    connect(tracker, &DeliveryTracker::finished, this, [this, tracker] { onFinished(tracker); });
    emit deliveryStarted(tracker);
    delivery->start();
    return { tracker, {} };
}

void DeliveryController::onFinished(DeliveryTracker* tracker)
{
    HistoryEntry entry;
    entry.origin = HistoryOrigin::App;
    entry.campaign = m_session->document().name;
    entry.record = tracker->record();
    entry.replay = tracker->replay();
    openHistory();
    tracker->setHistoryId(m_history.add(entry));
    tracker->delivery()->deleteLater();
    emit deliveryFinished(tracker);
}

DeliveryBurst* DeliveryController::startBurst(
    int webhookIndex, const QString& event, int count, int concurrency, QList<Problem>* problems)
{
    const EventInfo* info = EventCatalog::find(event);
    if (webhookIndex < 0 || webhookIndex >= m_session->document().webhooks.size() || !info)
        return nullptr;
    const WebhookConfig webhook = withSecretReferences(m_session, webhookIndex);
    const EventContext::Options contextOptions = m_session->contextOptions();
    const EventContext context = EventContext::build(m_session->document(), *info, contextOptions);
    const JsonPath path = JsonPath().key(u"webhooks").index(webhookIndex);
    DeliveryPreparer::Options options;
    options.bodyCapBytes = Preferences::responseBodyCapBytes();
    // Checked once up front; every delivery of the burst renders the same way.
    const RequestTemplate compiled(webhook, context.layout());
    const DeliveryPreparer::Result first
        = DeliveryPreparer::prepare(compiled, context, m_session->secrets(), path, options);
    *problems = first.problems;
    if (!first.plan)
        return nullptr;
    const MemorySecretStore& secrets = m_session->secrets();
    // Each delivery is the same event again, with an id and time of its own.
    auto factory = [=, &secrets](int) {
        return *DeliveryPreparer::prepare(compiled,
            context.nextDelivery(contextOptions.eventId, contextOptions.timestamp), secrets, path,
            options)
                    .plan;
    };
    if (const std::optional<Problem> problem = useNetworkSettings(first.plan->environment)) {
        problems->append(*problem);
        return nullptr;
    }
    return new DeliveryBurst(&m_client, count, concurrency, factory, this);
}

std::optional<Problem> DeliveryController::useNetworkSettings(const QString& environmentName)
{
    m_client.setProxyConfig(Preferences::proxyConfig(
        m_session->secrets().value(Preferences::proxyPasswordSecret()).value_or(QString())));
    const CampaignDocument& document = m_session->document();
    const Environment* found = document.findEnvironment(environmentName);
    if (!found) {
        m_client.setTlsOptions({});
        return std::nullopt;
    }
    // Relative paths are the campaign file's; an unsaved one has none yet.
    const QString base = m_session->filePath().isEmpty()
        ? QDir::currentPath()
        : QFileInfo(m_session->filePath()).absolutePath();
    QString error;
    const std::optional<TlsOptions> tls
        = TlsOptions::loadFor(found->tls, base, m_session->secrets(), &error);
    if (!tls) {
        return Problem::error(JsonPath()
                                  .key(u"environments")
                                  .index(found - document.environments.constData())
                                  .key(u"tls")
                                  .toString(),
            u"send.tls"_s,
            tr("The TLS files of the environment \"%1\": %2").arg(found->name, error));
    }
    m_client.setTlsOptions(*tls);
    return std::nullopt;
}
