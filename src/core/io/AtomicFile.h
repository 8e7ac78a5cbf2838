#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a whole file atomically (QSaveFile): after a crash or a full disk
// the previous file is still there, never a truncated one.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    // An empty string on success, otherwise a sentence naming the file and
    // what went wrong.
    static QString write(const QString& filePath, const QByteArray& bytes);
};
