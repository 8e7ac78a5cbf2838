#include "widgets/Icons.h"

#include "widgets/SvgIconEngine.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Icons {
QIcon get(const QString& name)
{
    if (!QFile::exists(u":/icons/"_s + name + u".svg"_s))
        return {};
    return QIcon(new SvgIconEngine(name));
}
} // namespace Icons
