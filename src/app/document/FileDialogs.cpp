#include "document/FileDialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QStandardPaths>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QStringList& queuedAnswers()
{
    static QStringList answers;
    return answers;
}
} // namespace

namespace FileDialogs {
QString openFileName(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString saveFileName(
    QWidget* parent, const QString& caption, const QString& directory, const QString& filter)
{
    if (!queuedAnswers().isEmpty())
        return queuedAnswers().takeFirst();
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void setNextFileName(const QString& fileName)
{
    queuedAnswers().append(fileName);
}

QString suggestedPath(const QString& campaignName, const QString& suffix)
{
    const QString name = campaignName.trimmed().isEmpty()
        ? QCoreApplication::translate("FileDialogs", "campaign")
        : campaignName.trimmed();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + name.toLower().replace(u' ', u'-') + suffix;
}
} // namespace FileDialogs
