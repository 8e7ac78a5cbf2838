#pragma once

#include "model/CampaignDataModel.h"
#include "validation/Problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// Sample values that replace the campaign's for one preview or test send,
// read from a JSON object such as
//   {"callLog": {"duration_seconds": 61}, "contactFields": {"first_name": "Zoë"}}
// The keys are callLog, contactFields, agentOutcomeFields, dynamicVariables
// and postCallOutcomes; each maps field names to values.
struct SampleOverrides
{
    Q_DECLARE_TR_FUNCTIONS(SampleOverrides)

public:
    QHash<DataSource, QJsonObject> values;

    bool isEmpty() const { return values.isEmpty(); }
    QJsonObject of(DataSource source) const { return values.value(source); }

    // Unknown sections are errors; unknown fields and values of the wrong
    // type are warnings (they are still used, as the user asked).
    static SampleOverrides fromJson(
        const QJsonObject& object, const CampaignDataModel& model, QList<Problem>* problems);
    static QString sectionName(DataSource source);
};
