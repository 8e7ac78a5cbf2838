#include "UniqueName.h"

QString uniqueName(
    const QString& base, const std::function<bool(const QString&)>& taken, QStringView separator)
{
    QString candidate = base;
    for (int n = 2; taken(candidate); ++n)
        candidate = base + separator + QString::number(n);
    return candidate;
}
