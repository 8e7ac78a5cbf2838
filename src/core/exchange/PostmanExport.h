#pragma once

#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// A Postman Collection (v2.1) of the campaign: a folder per webhook and a
// request per event it fires on, each the request Webhook Studio sends for
// that event with the sample data. Secrets and the local receiver's address
// are collection variables ({{CRM_API_TOKEN}}, {{local_receiver}}); a webhook
// that signs gets a pre-request script that signs as Standard Webhooks does.
// Requests carry the values of one campaign environment; a Postman
// environment file holds what Postman must be given.
class PostmanExport
{
    Q_DECLARE_TR_FUNCTIONS(PostmanExport)

public:
    static constexpr const char* kSchemaUrl
        = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    struct Result
    {
        QByteArray json;
        int requestCount = 0;
        // The secret collection variables, to set in a Postman environment.
        QStringList variables;
        // A Postman environment to import beside the collection: the local
        // receiver and every secret variable, empty, typed "secret".
        QByteArray environmentJson;
        // Its name: the campaign and the environment rendered with.
        QString environmentName;
        // Requests that could not be rendered are left out and said here.
        QList<Problem> problems;
    };

    // Renders with the campaign environment `environment` (its first when
    // empty).
    static Result write(const CampaignDocument& document, const QString& localReceiverUrl,
        const QString& environment = {});
    // Where the environment file goes beside a collection saved at
    // `collectionPath`.
    static QString environmentPath(const QString& collectionPath);
};
