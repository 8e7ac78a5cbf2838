#include "FontWarmUp.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "i18n/Translations.h"
#include "settings/Theme.h"
#include "storage/DataLocation.h"
#include "storage/Preferences.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSslConfiguration>
#include <QThreadPool>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // First, so the cold-start figure covers everything main() does.
    StartupProbe probe;
    // The font configuration loads on the other core while Qt starts.
    FontWarmUp fonts;
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
    Theme::apply(Theme::fromName(parser.value(themeOption)));

    fonts.wait();
    // The receiver the window starts needs TLS set up (OpenSSL and Qt's
    // plugin loaded, then initialised: about 12 ms): have the other core do
    // that, now that the fonts are done, while this one builds the window. Qt
    // guards it with a mutex. (After the command line: --help and --version
    // exit at once.)
    QThreadPool::globalInstance()->start([] { QSslConfiguration::defaultConfiguration(); });
    MainWindow window;
    probe.watch(&window);
    // Open before showing: the window is laid out once, with the campaign,
    // rather than empty and then again.
    window.openAtStart(parser.positionalArguments());
    window.show();
    return QApplication::exec();
}
