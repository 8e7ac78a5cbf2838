#include "CliApplication.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"WebhookStudio"_s);
    QCoreApplication::setApplicationName(u"webhook-studio-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WEBHOOKSTUDIO_VERSION));

    Translations::install(QLocale::system());

    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
