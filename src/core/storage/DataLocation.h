#pragma once

#include <QString>

// Where the app and the CLI keep their data, so both see one delivery history.
namespace DataLocation {
// $WEBHOOKSTUDIO_DATA_DIR when set (a portable setup, a test), otherwise
// QStandardPaths::AppDataLocation of Webhook Studio. Created when missing;
// empty when it cannot be.
QString directory();
// The organization and application names both executables register, which
// AppDataLocation and QSettings are derived from.
QString organizationName();
QString applicationName();
} // namespace DataLocation
