#pragma once

#include "model/CampaignDocument.h"

#include <QList>
#include <QString>

// Moves plain-text secrets out of a document: every secret header value,
// signing secret and secret environment variable that is not already a
// ${NAME} reference is replaced by one,
// and the values are handed back so the caller can keep them (in the system
// keychain, or in memory for the session) before the document is written.
class SecretExtractor
{
public:
    struct Secret
    {
        QString name;
        QString value;
        // Where the secret was found, as a JSON path.
        QString path;
    };

    static QList<Secret> extract(CampaignDocument& document);
    // The same for the environments' secrets only (variables, TLS
    // passphrases), as the campaign dialog hands them over.
    static QList<Secret> extractEnvironments(CampaignDocument& document);
};
