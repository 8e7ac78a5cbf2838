#include "AtomicFile.h"

#include <QSaveFile>

QString AtomicFile::write(const QString& filePath, const QByteArray& bytes)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write \"%1\": %2.").arg(filePath, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return tr("Cannot write \"%1\": %2.").arg(filePath, error);
    }
    if (!file.commit())
        return tr("Cannot save \"%1\": %2.").arg(filePath, file.errorString());
    return {};
}
