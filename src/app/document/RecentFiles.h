#pragma once

#include <QStringList>

// The most recently opened campaign files, newest first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int kMaxEntries = 10;

    static QStringList files();
    static void add(const QString& filePath);
    static void remove(const QString& filePath);
    static void clear();

private:
    static void store(const QStringList& files);
};
