#include "FileDialogs.h"

#include <QFileDialog>
#include <QStringList>

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
} // namespace FileDialogs
