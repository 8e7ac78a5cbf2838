#include "settings/Theme.h"

#include "model/EnumNameTable.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<Theme::Mode, 3> kModeNames({ {
    { Theme::Mode::System, "system"_L1 },
    { Theme::Mode::Light, "light"_L1 },
    { Theme::Mode::Dark, "dark"_L1 },
} });

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x4f, 0x6b, 0xed));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xa2, 0xf7));
    palette.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4e));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1c));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

// Fusion frames check boxes and radio buttons in a shade darker than the
// window, which vanishes on a dark base. This style draws the frame again in
// a colour that stands out from it.
class DarkFusionStyle : public QProxyStyle
{
public:
    DarkFusionStyle()
        : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
    { }

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(option->palette.color(QPalette::PlaceholderText));
        painter->setBrush(Qt::NoBrush);
        const QRectF frame = QRectF(option->rect).adjusted(1.5, 1.5, -1.5, -1.5);
        painter->drawRoundedRect(frame, 1.5, 1.5);
        painter->restore();
    }
};

QPalette lightPalette()
{
    QPalette palette = QStyleFactory::create(u"Fusion"_s)->standardPalette();
    palette.setColor(QPalette::Highlight, QColor(0x3b, 0x5b, 0xdb));
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x86, 0x8f));
    return palette;
}
} // namespace

namespace Theme {
Mode fromName(const QString& name)
{
    return kModeNames.fromName(name.toLower()).value_or(Mode::System);
}

QString name(Mode mode)
{
    return kModeNames.name(mode);
}

void apply(Mode mode)
{
    // What the desktop gave before the first change, to go back to.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    if (mode == Mode::System) {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    }
    if (mode == Mode::Dark)
        QApplication::setStyle(new DarkFusionStyle);
    else
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

bool isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}
} // namespace Theme

namespace Theme {
void markProblem(QWidget* widget, const QString& severity)
{
    widget->setProperty("problem", severity.isEmpty() ? QVariant() : QVariant(severity));
    // A style sheet of its own, not one for the whole application: that would
    // route every widget through the (slower) style sheet style from the start.
    if (severity.isEmpty()) {
        widget->setStyleSheet(QString());
        return;
    }
    const QString color = severity == u"error"_s ? u"#d32f2f"_s : u"#e08e0b"_s;
    widget->setStyleSheet(
        u"#%1 { border: 2px solid %2; border-radius: 3px; }"_s.arg(widget->objectName(), color));
}

QColor errorColor()
{
    return QColor(0xd3, 0x2f, 0x2f);
}
} // namespace Theme
