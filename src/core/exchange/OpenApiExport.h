#pragma once

#include "validation/Problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

struct CampaignDocument;

// The campaign as a contract for the team that builds the endpoint: an
// OpenAPI 3.1 document whose `webhooks` hold one entry per enabled webhook and
// event it fires on — method, URL, query parameters, every header (secret ones
// described, never valued), the signing headers with how to verify them, the
// body's JSON Schema (PayloadSchema) with the sample as its example, and the
// answers the success condition counts as delivered. The same schemas can be
// written alone, one JSON Schema per webhook and event.
// Deterministic: the same campaign gives the same bytes.
class OpenApiExport
{
    Q_DECLARE_TR_FUNCTIONS(OpenApiExport)

public:
    struct Options
    {
        // What {{local_receiver}} stands for.
        QString localReceiverUrl;
        // The campaign environment to render with (its first when empty).
        QString environment;
    };

    // One webhook for one event.
    struct Entry
    {
        // "crm-sync.call.ended": the key in `webhooks`, the operationId and
        // the schema file's name.
        QString name;
        QString webhook;
        QString event;
        // The body's schema (draft 2020-12), empty without a body.
        QJsonObject schema;
    };

    struct Result
    {
        QJsonObject document;
        QList<Entry> entries;
        // Entries that could not be rendered are left out and said here.
        QList<Problem> problems;

        QByteArray toJson() const;
        QByteArray toYaml() const;
    };

    static Result write(const CampaignDocument& document, const Options& options);
    // An entry's schema as a file of its own: $schema, $id and a title added.
    static QJsonObject standaloneSchema(const Entry& entry);
};
