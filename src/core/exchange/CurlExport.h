#pragma once

#include "delivery/SecretResolver.h"
#include "model/CampaignDocument.h"
#include "templating/EventContext.h"
#include "validation/Problem.h"

#include <QCoreApplication>
#include <QStringList>

// The campaign's webhooks as a shell script of curl commands, one per webhook
// and event (or only those chosen), each sending the request the engine
// would send now: same method, URL, headers and body bytes, signed with the
// secret `secrets` knows. Secret headers stay ${NAME} references the shell
// fills in from the environment; a value typed into the document is never
// written out, it becomes a reference too.
class CurlExport
{
    Q_DECLARE_TR_FUNCTIONS(CurlExport)

public:
    struct Selection
    {
        // Empty: every webhook.
        QString webhook;
        // Empty: every event each webhook fires on.
        QString event;
    };

    struct Result
    {
        QString script;
        int commandCount = 0;
        // The environment variables the commands read, sorted.
        QStringList variables;
        // What could not be exported, with JSON paths.
        QList<Problem> problems;

        bool complete() const;
    };

    static Result write(const CampaignDocument& document, const SecretResolver& secrets,
        const EventContext::Options& options, const Selection& selection = {});
};
