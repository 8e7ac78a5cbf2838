#include "Duration.h"

#include <QCoreApplication>

namespace Duration {
QString text(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return QCoreApplication::translate("Duration", "%1 ms").arg(milliseconds);
    return QCoreApplication::translate("Duration", "%1 s")
        .arg(QString::number(milliseconds / 1000.0, 'f', 2));
}
} // namespace Duration
