// The floor of the cold-start and memory figures: the smallest Qt Widgets
// program with a main window, a menu, a toolbar and some text, reporting its
// first paint through the same probe as the app.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

int main(int argc, char* argv[])
{
    StartupProbe probe;
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    window.addToolBar(QStringLiteral("Main"))->addAction(QStringLiteral("New"));
    window.setCentralWidget(new QLabel(QStringLiteral("A minimal Qt Widgets window")));
    window.resize(1280, 800);
    probe.watch(&window);
    window.show();
    return QApplication::exec();
}
