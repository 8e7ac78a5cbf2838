#include "ToolEnvironment.h"

#include "i18n/Translations.h"
#include "storage/DataLocation.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

ToolEnvironment::ToolEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("WEBHOOKSTUDIO_DATA_DIR", m_data.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(DataLocation::organizationName());
    QCoreApplication::setApplicationName(DataLocation::applicationName());
    QSettings().clear();
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}
