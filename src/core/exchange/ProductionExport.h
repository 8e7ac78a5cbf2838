#pragma once

#include "io/LoadResult.h"
#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// The campaign as production runs it (*.production.json): its webhooks and
// data model, no sample data, only enabled headers, and every secret as a
// ${NAME} reference, the names listed for whoever provisions them. The JSON
// is pretty, in a fixed key order (the same document always gives the same
// bytes), and checked against resources/schema/production.schema.json before
// it is handed out. A campaign with errors is refused, unless a draft
// (marked "draft": true) is asked for; a draft is written even where it
// breaks the schema, which holds for finished exports only.
class ProductionExport
{
    Q_DECLARE_TR_FUNCTIONS(ProductionExport)

public:
    enum class Mode { Production, Draft };

    struct Result
    {
        // Empty when the export was refused; `problems` say why.
        QByteArray json;
        // The secret references production must provide, sorted.
        QStringList secrets;
        // The environment whose values were written in; empty when the
        // campaign has none.
        QString environment;
        QList<Problem> problems;

        bool succeeded() const { return !json.isEmpty(); }
    };

    static QString formatName();
    static constexpr int kFormatVersion = 1;
    static QString schemaPath();

    // With environments, the config carries the values of `environment`
    // (the first when empty), secrets as references; a {{variable}} it
    // cannot resolve refuses a production export.
    static Result write(const CampaignDocument& document, Mode mode = Mode::Production,
        const QString& environment = {});
    // An export read back into a campaign document (without sample data).
    static LoadResult read(const QByteArray& json);

private:
    // `document` with the chosen environment first, or nothing (and a
    // problem in `result`) when there is no such environment.
    static std::optional<CampaignDocument> withEnvironmentFirst(
        const CampaignDocument& document, const QString& environmentName, Result& result);
};
