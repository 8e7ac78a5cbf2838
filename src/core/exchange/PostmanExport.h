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
        // Requests that could not be rendered are left out and said here.
        QList<Problem> problems;
    };

    static Result write(const CampaignDocument& document, const QString& localReceiverUrl);
};
