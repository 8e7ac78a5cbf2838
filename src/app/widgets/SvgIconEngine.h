#pragma once

#include <QIconEngine>

// Draws one of the app's line icons (resources/icons/NAME.svg, drawn in
// `currentColor`) in the palette's text colour, at the size and mode asked for
// and only when asked for. Rendering every icon at every size up front cost
// 11 ms of each start; rendering on demand also makes icons follow a theme
// change, since the colour is read when a pixmap is made.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(const QString& name);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    const QByteArray& source();

    QString m_name;
    QByteArray m_source; // read on first use
};
