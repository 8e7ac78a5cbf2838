#pragma once

#include "CatalogField.h"
#include "SourceInfo.h"
#include "model/CampaignDataModel.h"

#include <QCoreApplication>
#include <QList>

// The seven data sources and the fixed fields of the call log and timestamp
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

    // Whether `field` of `source` exists, either in the fixed catalogs or among
    // the campaign's declared fields.
    static bool fieldExists(
        DataSource source, const QString& field, const CampaignDataModel& dataModel);
    // The requirement of one field, whichever kind of source it belongs to.
    static FieldRequirement requirement(DataSource source, const QString& field);
};
