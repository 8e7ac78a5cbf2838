#pragma once

#include <QString>

// Light, dark, or whatever the desktop uses. Light and dark use the Fusion
// style with a palette of our own, so they look the same everywhere.
namespace Theme {
enum class Mode { System, Light, Dark };

Mode fromName(const QString& name);
QString name(Mode mode);
// Can be called again at any time: System goes back to the desktop's look.
void apply(Mode mode);
bool isDark();
// Frames the fields that have a problem (the "problem" property of a widget
// is "error" or "warning"); installed once.
void installProblemMarks();
} // namespace Theme
