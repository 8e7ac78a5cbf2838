#include "MainWindow.h"
#include "StartupProbe.h"
#include "i18n/Translations.h"
#include "settings/Theme.h"
#include "storage/DataLocation.h"
#include "storage/Preferences.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSslSocket>
#include <QThreadPool>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // First, so the cold-start figure covers everything main() does.
    StartupProbe probe;
    QApplication app(argc, argv);
    QApplication::setOrganizationName(DataLocation::organizationName());
    QApplication::setApplicationName(DataLocation::applicationName());
    QApplication::setApplicationVersion(QStringLiteral(WEBHOOKSTUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(WEBHOOKSTUDIO_APP_ID));
    QApplication::setWindowIcon(Icons::get(u"webhook-studio"_s));
    Translations::install(Preferences::interfaceLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design, test and export campaign webhooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption themeOption(u"theme"_s,
        QApplication::translate("main", "Colours: system, light or dark."),
        QApplication::translate("main", "THEME"),
        qEnvironmentVariable("WEBHOOKSTUDIO_THEME", Preferences::theme()));
    parser.addOption(themeOption);
    parser.addPositionalArgument(
        u"file"_s, QApplication::translate("main", "A campaign file (*.webhooks.json) to open."));
    parser.process(app);
    // The receiver the window starts needs the TLS backend, and loading it
    // (OpenSSL and Qt's plugin for it) takes about 12 ms: have the other core
    // do that while this one builds the window. Qt guards it with a mutex.
    // (After the command line: --help and --version exit at once.)
    QThreadPool::globalInstance()->start([] { QSslSocket::supportsSsl(); });
    Theme::apply(Theme::fromName(parser.value(themeOption)));

    MainWindow window;
    probe.watch(&window);
    window.show();
    window.openAtStart(parser.positionalArguments());
    return QApplication::exec();
}
