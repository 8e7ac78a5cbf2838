#include "MainWindow.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WebhookStudio"_s);
    QApplication::setApplicationName(u"Webhook Studio"_s);
    QApplication::setApplicationVersion(QStringLiteral(WEBHOOKSTUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(WEBHOOKSTUDIO_APP_ID));
    QApplication::setWindowIcon(QIcon(u":/icons/webhook-studio.svg"_s));
    Translations::install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design, test and export campaign webhooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"file"_s, QApplication::translate("main", "A campaign file (*.webhooks.json) to open."));
    parser.process(app);

    MainWindow window;
    window.show();
    window.openAtStart(parser.positionalArguments());
    return QApplication::exec();
}
