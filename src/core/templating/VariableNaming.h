#pragma once

#include "model/WebhookConfig.h"

#include <QString>

// Names for variables made by dropping a field into a template: the field's
// own name, made unique within the webhook — or the variable that already
// maps that very field, so dropping it twice reuses it.
namespace VariableNaming {
// The variable of `webhook` mapped to `source`/`field`, or an empty string.
QString existing(const WebhookConfig& webhook, DataSource source, const QString& field);
// A new variable name for the field that no mapping or built-in uses yet.
QString suggest(const WebhookConfig& webhook, DataSource source, const QString& field);
} // namespace VariableNaming
