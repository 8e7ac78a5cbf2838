#include "Icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace {
QPixmap render(const QByteArray& svg, const QColor& color, int size, qreal ratio)
{
    QByteArray colored = svg;
    colored.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(colored);
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter, QRectF(0, 0, size, size));
    return pixmap;
}
} // namespace

namespace Icons {
QIcon get(const QString& name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    const QPalette palette = QGuiApplication::palette();
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    QIcon icon;
    for (const int size : { 16, 20, 24, 32 }) {
        icon.addPixmap(
            render(svg, palette.color(QPalette::Active, QPalette::WindowText), size, ratio),
            QIcon::Normal);
        icon.addPixmap(
            render(svg, palette.color(QPalette::Disabled, QPalette::WindowText), size, ratio),
            QIcon::Disabled);
    }
    return icon;
}
} // namespace Icons
