// Renders the application's SVG icon to the PNG sizes of the hicolor icon
// theme, for desktops that do not scale SVG icons (and for the .deb):
//   webhook-studio-render-icons ICON.svg OUTPUT_DIR NAME SIZE...
// writes OUTPUT_DIR/SIZExSIZE/apps/NAME.png for each SIZE.
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    // No display at build time.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() < 5) {
        err << "usage: webhook-studio-render-icons ICON.svg OUTPUT_DIR NAME SIZE...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << arguments.at(1) << ": not a valid SVG\n";
        return 1;
    }
    for (const QString& sizeText : arguments.mid(4)) {
        const int size = sizeText.toInt();
        if (size <= 0) {
            err << sizeText << ": not a size\n";
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString directory = arguments.at(2) + u'/' + sizeText + u'x' + sizeText + u"/apps"_s;
        const QString path = directory + u'/' + arguments.at(3) + u".png"_s;
        if (!QDir().mkpath(directory) || !image.save(path)) {
            err << path << ": cannot write\n";
            return 1;
        }
    }
    return 0;
}
