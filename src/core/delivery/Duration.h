#pragma once

#include <QString>

// Durations as people read them: "14 ms" below a second, "1.23 s" above.
namespace Duration {
QString text(qint64 milliseconds);
} // namespace Duration
