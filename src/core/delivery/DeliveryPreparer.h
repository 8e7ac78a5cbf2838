#pragma once

#include "DeliveryPlan.h"
#include "DeliveryReplay.h"
#include "SecretResolver.h"
#include "templating/EventContext.h"
#include "templating/RenderedRequest.h"
#include "templating/RequestTemplate.h"
#include "validation/Problem.h"

#include <QCoreApplication>

// Turns a webhook and an event context into a DeliveryPlan: renders the
// request, fills in secret header values and the signing key, and applies a
// URL override. Any error means there is no plan and nothing is sent.
class DeliveryPreparer
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryPreparer)

public:
    struct Options
    {
        // Send here instead of the webhook's URL (the local receiver, say).
        QString urlOverride;
        qint64 bodyCapBytes = DeliveryPlan::kDefaultBodyCapBytes;
    };

    struct Result
    {
        std::optional<DeliveryPlan> plan;
        RenderedRequest rendered;
        // How to send the same request again, with secrets as references.
        DeliveryReplay replay;
        // Rendering problems and secret problems, with JSON paths.
        QList<Problem> problems;
    };

    static Result prepare(const RequestTemplate& compiled, const EventContext& context,
        const SecretResolver& secrets, const JsonPath& webhookPath, const Options& options);
    // A plan for sending a stored request again (Redeliver), its secrets
    // filled in afresh. Problem paths are relative to the stored webhook.
    static Result replan(const DeliveryReplay& replay, const SecretResolver& secrets,
        qint64 bodyCapBytes = DeliveryPlan::kDefaultBodyCapBytes);

    // The ${NAME} references a send of `compiled` in `context` needs (secret
    // headers, secret environment variables, the signing secret) that
    // `secrets` has no value for, in order, without repeats.
    static QStringList missingSecrets(const RequestTemplate& compiled, const EventContext& context,
        const SecretResolver& secrets);

private:
    // Fills `result.plan` from `replay` unless a secret is missing or unusable.
    static void fill(const DeliveryReplay& replay, const SecretResolver& secrets,
        const JsonPath& webhookPath, qint64 bodyCapBytes, Result& result);
};
