#pragma once

#include <QIcon>
#include <QString>

// The app's icons: line drawings in resources/icons drawn in the palette's
// text colour, so they read well in light and dark themes alike.
namespace Icons {
QIcon get(const QString& name);
} // namespace Icons
