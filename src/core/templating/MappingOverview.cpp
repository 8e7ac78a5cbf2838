#include "MappingOverview.h"

#include "VariableName.h"

QList<MappingOverview::Row> MappingOverview::build(
    const WebhookConfig& webhook, const QStringList& environmentVariables)
{
    const RequestTemplate compiled(webhook);
    QList<Row> rows;
    const auto rowOf = [&rows, &environmentVariables](const QString& variable) -> Row& {
        for (Row& row : rows) {
            if (row.variable == variable)
                return row;
        }
        const bool builtIn = VariableName::isBuiltIn(variable);
        rows.append(
            { variable, -1, builtIn, !builtIn && environmentVariables.contains(variable), {} });
        return rows.last();
    };
    const auto use = [&](const ParsedTemplate& parsed, const QString& place) {
        for (const QString& variable : parsed.variables()) {
            Row& row = rowOf(variable);
            if (!row.usedIn.contains(place))
                row.usedIn.append(place);
        }
    };
    use(compiled.url(), tr("URL"));
    for (int i = 0; i < webhook.headers.size(); ++i)
        use(compiled.headerValues().at(i), tr("Header %1").arg(webhook.headers.at(i).name));
    use(compiled.body(), tr("Body"));
    for (int i = 0; i < webhook.mappings.size(); ++i)
        rowOf(webhook.mappings.at(i).variable).mappingIndex = i;
    return rows;
}
