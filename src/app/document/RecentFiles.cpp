#include "document/RecentFiles.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"recentFiles"_s;
}

QStringList RecentFiles::files()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& filePath)
{
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxEntries));
}

void RecentFiles::remove(const QString& filePath)
{
    QStringList list = files();
    list.removeAll(filePath);
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList& files)
{
    // Reopening the newest file changes nothing, and QSettings would still
    // rewrite and sync its file (milliseconds on the way to the first paint).
    QSettings settings;
    if (settings.value(kKey).toStringList() != files)
        settings.setValue(kKey, files);
}
