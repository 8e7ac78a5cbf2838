#include "DataSource.h"

#include "EnumNameTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<DataSource, 9> kNames({ {
    { DataSource::DefaultValue, "default_value"_L1 },
    { DataSource::ContactField, "contact_field"_L1 },
    { DataSource::AgentOutcomeField, "agent_outcome_field"_L1 },
    { DataSource::CallLogField, "call_log_field"_L1 },
    { DataSource::DynamicVariable, "dynamic_variable"_L1 },
    { DataSource::PostCallOutcome, "post_call_outcome"_L1 },
    { DataSource::Timestamp, "timestamp"_L1 },
    { DataSource::EnvironmentVariable, "environment_variable"_L1 },
    { DataSource::EventPayload, "event_payload"_L1 },
} });
} // namespace

QString dataSourceName(DataSource source)
{
    return kNames.name(source);
}

std::optional<DataSource> dataSourceFromName(QStringView name)
{
    return kNames.fromName(name);
}

QStringList dataSourceNames()
{
    return kNames.names();
}

bool dataSourceIsDeclared(DataSource source)
{
    switch (source) {
    case DataSource::ContactField:
    case DataSource::AgentOutcomeField:
    case DataSource::DynamicVariable:
    case DataSource::PostCallOutcome:
        return true;
    case DataSource::DefaultValue:
    case DataSource::CallLogField:
    case DataSource::Timestamp:
    case DataSource::EnvironmentVariable:
    case DataSource::EventPayload:
        return false;
    }
    return false;
}
