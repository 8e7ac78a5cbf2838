#include "CliApplication.h"
#include "i18n/Translations.h"
#include "storage/DataLocation.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The app's names, so both share one data location (the delivery
    // history) and one set of preferences.
    QCoreApplication::setOrganizationName(DataLocation::organizationName());
    QCoreApplication::setApplicationName(DataLocation::applicationName());
    QCoreApplication::setApplicationVersion(QStringLiteral(WEBHOOKSTUDIO_VERSION));

    Translations::install(QLocale::system());

    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
