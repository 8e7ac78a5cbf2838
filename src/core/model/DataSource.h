#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Where a template variable takes its value from: the seven sources of the
// product documentation, the campaign's environments and the user's own
// event payloads.
enum class DataSource {
    DefaultValue,
    ContactField,
    AgentOutcomeField,
    CallLogField,
    DynamicVariable,
    PostCallOutcome,
    Timestamp,
    EnvironmentVariable,
    EventPayload,
};

QString dataSourceName(DataSource source);
std::optional<DataSource> dataSourceFromName(QStringView name);
QStringList dataSourceNames();

// The sources whose fields the campaign declares itself (as opposed to the
// fixed catalogs of call-log and timestamp fields).
bool dataSourceIsDeclared(DataSource source);
