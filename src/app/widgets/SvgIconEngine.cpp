#include "widgets/SvgIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

SvgIconEngine::SvgIconEngine(const QString& name)
    : m_name(name)
{ }

void SvgIconEngine::paint(
    QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap image = pixmap(rect.size() * ratio, mode, state);
    image.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, image);
}

QPixmap SvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor color = palette.color(
        mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
    const QString cacheKey = u"webhookstudio-icon:%1:%2x%3:%4"_s.arg(
        m_name, QString::number(size.width()), QString::number(size.height()), color.name());
    QPixmap result;
    if (QPixmapCache::find(cacheKey, &result))
        return result;

    QByteArray colored = source();
    colored.replace("currentColor", color.name().toLatin1());
    QSvgRenderer renderer(colored);
    result = QPixmap(size);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    renderer.render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    QPixmapCache::insert(cacheKey, result);
    return result;
}

QIconEngine* SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const
{
    return u"WebhookStudioSvgIcon"_s;
}

bool SvgIconEngine::isNull()
{
    return source().isEmpty();
}

const QByteArray& SvgIconEngine::source()
{
    if (m_source.isEmpty()) {
        QFile file(u":/icons/"_s + m_name + u".svg"_s);
        if (file.open(QIODevice::ReadOnly))
            m_source = file.readAll();
    }
    return m_source;
}
