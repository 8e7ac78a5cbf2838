#include "Verdict.h"

#include <QCoreApplication>
#include <QStringList>

QString Verdict::summary() const
{
    if (delivered)
        return QCoreApplication::translate("Verdict", "Delivered");
    QStringList messages;
    for (const Reason& reason : reasons)
        messages.append(reason.message);
    return messages.join(u' ');
}
