#pragma once

#include "DataSource.h"
#include "FieldDefinition.h"

#include <QList>

// The campaign-specific fields beside the fixed call-log catalog.
struct CampaignDataModel
{
    QList<FieldDefinition> contactFields;
    QList<FieldDefinition> agentOutcomeFields;
    QList<FieldDefinition> dynamicVariables;
    QList<FieldDefinition> postCallOutcomes;

    // The declared fields of a declared source; empty for the other sources.
    const QList<FieldDefinition>& fields(DataSource source) const;
    QList<FieldDefinition>* mutableFields(DataSource source);
    const FieldDefinition* findField(DataSource source, const QString& name) const;

    friend bool operator==(const CampaignDataModel& a, const CampaignDataModel& b);
    friend bool operator!=(const CampaignDataModel& a, const CampaignDataModel& b)
    {
        return !(a == b);
    }
};
