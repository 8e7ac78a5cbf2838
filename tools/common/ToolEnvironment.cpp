#include "ToolEnvironment.h"

#include "MainWindow.h"
#include "i18n/Translations.h"
#include "storage/DataLocation.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

ToolEnvironment::ToolEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("WEBHOOKSTUDIO_DATA_DIR", m_data.path().toLocal8Bit());
    QCoreApplication::setOrganizationName(DataLocation::organizationName());
    QCoreApplication::setApplicationName(DataLocation::applicationName());
    QSettings().clear();
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

void ToolEnvironment::showSample(MainWindow& window, const QSize& size)
{
    window.resize(size);
    window.show();
    window.openSample();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
}
