#pragma once

#include "CatalogField.h"
#include "SourceInfo.h"
#include "model/CampaignDocument.h"

#include <QCoreApplication>
#include <QList>

// The data sources and the fixed fields of the call log and timestamp
// sources.
class DataSourceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(DataSourceCatalog)

public:
    static const QList<SourceInfo>& sources();
    static const SourceInfo& source(DataSource source);

    static const QList<CatalogField>& callLogFields();
    static const QList<CatalogField>& timestampFields();
    // The fixed fields of a source (call log or timestamp); empty otherwise.
    static const QList<CatalogField>& fixedFields(DataSource source);
    static const CatalogField* findFixedField(DataSource source, QStringView name);

    // Whether `field` of `source` exists: in the fixed catalogs, among the
    // campaign's declared fields, in one of its environments or in one of
    // its own event payloads.
    static bool fieldExists(
        DataSource source, const QString& field, const CampaignDocument& document);
    // The requirement of one field, whichever kind of source it belongs to.
    static FieldRequirement requirement(DataSource source, const QString& field);
};
