#pragma once

#include "model/WebhookConfig.h"
#include "validation/Problem.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Turns a curl command line into a webhook that sends the same request:
// method, URL, headers and body as curl would build them from -X, -H, -d and
// its kin, --json, -u, -G, -A, -e, -b; -k, --max-time and --connect-timeout
// become delivery settings. Literal {{ in what curl sends is escaped, so the
// webhook's templates send it unchanged. Options it cannot honour are
// reported: warnings for what is ignored, errors (and no webhook) for what
// would change the request (a file to upload, a multipart form).
class CurlImporter
{
    Q_DECLARE_TR_FUNCTIONS(CurlImporter)

public:
    struct Result
    {
        std::optional<WebhookConfig> webhook;
        // Each with the option it is about as its path ("-F", "--data").
        QList<Problem> problems;
    };

    // The whole command as copied (bash or cmd style, continuations and all).
    static Result import(const QString& command);
    // Already split into words; the first is curl itself.
    static Result importWords(const QStringList& words);
    // Puts the request of an imported webhook (method, URL, headers, body)
    // into `target`, keeping its name, events, mappings and success rule;
    // timeouts and the TLS opt-out too when the command set them.
    static void applyRequest(const WebhookConfig& imported, WebhookConfig* target);
    // Whether `text` is a curl command (it starts with "curl", perhaps
    // after a "$ " prompt), as pasted into the URL field.
    static bool looksLikeCurl(const QString& text);
};
