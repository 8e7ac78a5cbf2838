#include "Icons.h"
#include "MainWindow.h"
#include "StartupProbe.h"
#include "Theme.h"
#include "i18n/Translations.h"
#include "storage/DataLocation.h"
#include "storage/Preferences.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QImage>
#include <QImageReader>
#include <QSslSocket>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {
// Work the first paint waits for only because libraries are loaded: done on
// the other core while this one builds the window. Qt's loaders are guarded
// by mutexes, and plugin objects are moved to the main thread.
void loadLibrariesAhead()
{
    // The receiver the window starts needs the TLS backend (OpenSSL and Qt's
    // plugin for it): about 12 ms.
    QSslSocket::supportsSsl();
    // The first image Qt reads (the style's dock and clear-button icons) has
    // QImageReader load every image-format plugin to ask whether it reads
    // PNG: gif, ico, jpeg, svg.
    QBuffer png;
    png.open(QIODevice::ReadWrite);
    QImage(1, 1, QImage::Format_ARGB32).save(&png, "PNG");
    png.seek(0);
    QImageReader(&png, "png").read();
}
} // namespace

int main(int argc, char* argv[])
{
    // First, so the cold-start figure covers everything main() does.
    StartupProbe probe;
    QApplication app(argc, argv);
    QThreadPool::globalInstance()->start(loadLibrariesAhead);
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

    MainWindow window;
    probe.watch(&window);
    window.show();
    window.openAtStart(parser.positionalArguments());
    return QApplication::exec();
}
