#pragma once

#include "RequestTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The variables of a webhook as a mapping table shows them: every variable
// its templates use (in order of first use) and every mapping, so unmapped
// variables and unused mappings both have a row.
class MappingOverview
{
    Q_DECLARE_TR_FUNCTIONS(MappingOverview)

public:
    struct Row
    {
        QString variable;
        // Index into the webhook's mappings, or -1 when unmapped or built in.
        int mappingIndex = -1;
        bool builtIn = false;
        // Unmapped, but an environment defines it: it resolves from the
        // environment in use.
        bool fromEnvironment = false;
        // Where the variable is used ("URL", "Header Authorization", "Body").
        QStringList usedIn;

        bool isUnmapped() const { return !builtIn && !fromEnvironment && mappingIndex < 0; }
        bool isUnused() const { return usedIn.isEmpty(); }
    };

    // `environmentVariables`: every name the campaign's environments define.
    static QList<Row> build(
        const WebhookConfig& webhook, const QStringList& environmentVariables = {});
};
