// Renders the documentation's screenshots from the real main window with the
// sample campaign, in the light and the dark theme.
#include "MainWindow.h"
#include "Theme.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
void save(QWidget* widget, const QString& path)
{
    QCoreApplication::processEvents();
    QTest::qWait(50);
    if (!widget->grab().save(path))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream(stdout) << path << Qt::endl;
}

void shootWindow(const QString& directory, const QString& theme)
{
    MainWindow window;
    window.resize(1240, 800);
    window.show();
    window.openSample();
    if (!QTest::qWaitForWindowExposed(&window))
        qFatal("the window was not shown");
    auto* tabs = window.findChild<QTabWidget*>(u"editorTabWidget"_s);
    const QStringList pages { u"request"_s, u"delivery"_s, u"success"_s, u"events"_s };
    for (int i = 0; i < pages.size(); ++i) {
        tabs->setCurrentIndex(i);
        const QString suffix = i == 0 ? QString() : u"-"_s + pages.at(i);
        save(&window, directory + u"/main-window-"_s + theme + suffix + u".png"_s);
    }
}
} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QApplication::setOrganizationName(u"WebhookStudio"_s);
    QApplication::setApplicationName(u"Webhook Studio"_s);
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString directory = argc > 1 ? QString::fromLocal8Bit(argv[1]) : u"."_s;
    QDir().mkpath(directory);

    Theme::apply(Theme::Mode::Light);
    shootWindow(directory, u"light"_s);
    Theme::apply(Theme::Mode::Dark);
    shootWindow(directory, u"dark"_s);
    return 0;
}
