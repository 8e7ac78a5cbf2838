#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "i18n/Translations.h"
#include "storage/Preferences.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>

using namespace Qt::StringLiterals;

// The window as a German or Spanish speaker sees it when the preferences
// (or the system) say so: the language is installed before the window is
// built, as main() does.
class LocalizedWindowTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void startsInGerman();
    void startsInSpanish();
    void followsTheSystemWhenNoLanguageIsChosen();

private:
    std::unique_ptr<MainWindow> startIn(const QString& language);
};

void LocalizedWindowTest::initTestCase()
{
    QSettings().clear();
}

void LocalizedWindowTest::cleanup()
{
    Preferences::setLanguage(QString());
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<MainWindow> LocalizedWindowTest::startIn(const QString& language)
{
    Preferences::setLanguage(language);
    Translations::install(Preferences::interfaceLocale());
    auto window = openSampleWindow();
    window->session()->undoStack()->setClean();
    return window;
}

void LocalizedWindowTest::startsInGerman()
{
    const auto window = startIn(u"de"_s);
    QCOMPARE(findWidget<QMenu>(window.get(), "fileMenu")->title(), u"&Datei"_s);
    QCOMPARE(findWidget<QDockWidget>(window.get(), "problemsDock")->windowTitle(), u"Probleme"_s);
    QCOMPARE(findWidget<QDockWidget>(window.get(), "inspectorDock")->windowTitle(), u"Inspektor"_s);
    auto* tabs = findWidget<QTabWidget>(window.get(), "editorTabWidget");
    QCOMPARE(tabs->tabText(0), u"&Anfrage"_s);
    // Texts the code builds, with German plural forms.
    QVERIFY2(findWidget<QLabel>(window.get(), "problemStatusLabel")
                 ->text()
                 .startsWith(u"4 Webhooks · 0 Fehler, "_s),
        qPrintable(findWidget<QLabel>(window.get(), "problemStatusLabel")->text()));
}

void LocalizedWindowTest::startsInSpanish()
{
    const auto window = startIn(u"es"_s);
    QCOMPARE(findWidget<QMenu>(window.get(), "fileMenu")->title(), u"&Archivo"_s);
    QCOMPARE(findWidget<QMenu>(window.get(), "editMenu")->title(), u"&Editar"_s);
}

void LocalizedWindowTest::followsTheSystemWhenNoLanguageIsChosen()
{
    Preferences::setLanguage(QString());
    QCOMPARE(Preferences::interfaceLocale(), QLocale::system());
    Preferences::setLanguage(u"de"_s);
    QCOMPARE(Preferences::interfaceLocale().language(), QLocale::German);
}

QTEST_MAIN(LocalizedWindowTest)
#include "LocalizedWindowTest.moc"
