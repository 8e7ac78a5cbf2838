#include "DataLocation.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace DataLocation {
QString directory()
{
    QString path = qEnvironmentVariable("WEBHOOKSTUDIO_DATA_DIR");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (path.isEmpty() || !QDir().mkpath(path))
        return {};
    return path;
}

QString organizationName()
{
    return u"WebhookStudio"_s;
}

QString applicationName()
{
    return u"Webhook Studio"_s;
}
} // namespace DataLocation
