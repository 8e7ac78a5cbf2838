#pragma once

#include <QString>

#include <functional>

// `base`, or `base` + separator + 2, 3, … : the first that `taken` refuses,
// for new items (fields, environments, variables) that must not clash.
QString uniqueName(const QString& base, const std::function<bool(const QString&)>& taken,
    QStringView separator = u"_");
