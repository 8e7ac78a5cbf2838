#pragma once

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

    static QString fromRequest(const SentRequest& request, Secrets secrets = Secrets::Masked);
    // `text` as one shell word.
    static QString quote(const QString& text);
};
