#include "CampaignDataModel.h"

#include <tuple>

namespace {
// Shared by the const and the mutable accessor so the mapping exists once.
template<typename Model>
auto* fieldList(Model& model, DataSource source)
{
    switch (source) {
    case DataSource::ContactField:
        return &model.contactFields;
    case DataSource::AgentOutcomeField:
        return &model.agentOutcomeFields;
    case DataSource::DynamicVariable:
        return &model.dynamicVariables;
    case DataSource::PostCallOutcome:
        return &model.postCallOutcomes;
    case DataSource::DefaultValue:
    case DataSource::CallLogField:
    case DataSource::Timestamp:
    case DataSource::EnvironmentVariable:
    case DataSource::EventPayload:
        break;
    }
    return static_cast<decltype(&model.contactFields)>(nullptr);
}
} // namespace

const QList<FieldDefinition>& CampaignDataModel::fields(DataSource source) const
{
    static const QList<FieldDefinition> kNone;
    const QList<FieldDefinition>* list = fieldList(*this, source);
    return list ? *list : kNone;
}

QList<FieldDefinition>* CampaignDataModel::mutableFields(DataSource source)
{
    return fieldList(*this, source);
}

const FieldDefinition* CampaignDataModel::findField(DataSource source, const QString& name) const
{
    for (const FieldDefinition& field : fields(source)) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

bool operator==(const CampaignDataModel& a, const CampaignDataModel& b)
{
    return std::tie(a.contactFields, a.agentOutcomeFields, a.dynamicVariables, a.postCallOutcomes)
        == std::tie(b.contactFields, b.agentOutcomeFields, b.dynamicVariables, b.postCallOutcomes);
}
