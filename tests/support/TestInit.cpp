#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QStandardPaths>

namespace {
// Runs in every test executable as soon as its QCoreApplication exists: keep
// settings and data away from the user's, and use the English texts (with
// their plural forms) that the assertions are written against.
void initializeTestEnvironment()
{
    QStandardPaths::setTestModeEnabled(true);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(initializeTestEnvironment)
