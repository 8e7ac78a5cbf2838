#pragma once

#include <QColor>
#include <QString>

class QWidget;

// Light, dark, or whatever the desktop uses. Light and dark use the Fusion
// style with a palette of our own, so they look the same everywhere.
namespace Theme {
enum class Mode { System, Light, Dark };

Mode fromName(const QString& name);
QString name(Mode mode);
// Can be called again at any time: System goes back to the desktop's look.
void apply(Mode mode);
bool isDark();
// Frames a field that has a problem: `severity` is "error" or "warning"
// (also set as the widget's "problem" property), or empty to clear it. The
// widget needs an object name.
void markProblem(QWidget* widget, const QString& severity);
// The colour problem texts are written in.
QColor errorColor();
} // namespace Theme
