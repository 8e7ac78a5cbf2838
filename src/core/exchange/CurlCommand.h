#pragma once

#include "delivery/DeliveryPlan.h"
#include "delivery/DeliveryReplay.h"
#include "delivery/SentRequest.h"

#include <QString>

// A request as a curl command line for a POSIX shell that sends the same
// method, URL, headers and body bytes: every argument single-quoted, bodies
// that are not plain text (NUL, invalid UTF-8) piped in from printf, and
// curl's own default headers that we do not send switched off.
class CurlCommand
{
public:
    enum class Secrets { Masked, Revealed };

    // A secret header whose value is a ${NAME} reference becomes
    // -H 'Name: '"${NAME}": the shell fills it in from the environment.
    static QString fromRequest(const SentRequest& request, Secrets secrets = Secrets::Masked);
    // What a delivery of `plan` would send now (signed now, when it signs),
    // with the secret headers as their references from `replay`.
    static QString fromPlan(const DeliveryPlan& plan, const DeliveryReplay& replay);
    // `text` as one shell word.
    static QString quote(const QString& text);
    static QString withShellVariables(const QString& text);
};
