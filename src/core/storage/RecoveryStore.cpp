#include "RecoveryStore.h"

#include "DataLocation.h"
#include "io/AtomicFile.h"
#include "io/DocumentWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr char kDocumentSuffix[] = ".webhooks.json";
constexpr char kInfoSuffix[] = ".recovery.json";
constexpr char kLockSuffix[] = ".lock";
} // namespace

RecoveryStore::RecoveryStore(const QString& directory)
    : m_directory(directory)
    , m_slot(QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

RecoveryStore::~RecoveryStore()
{
    clear();
}

QString RecoveryStore::filePath(const QString& directory, const QString& slot, const char* suffix)
{
    return directory + u'/' + slot + QLatin1String(suffix);
}

QString RecoveryStore::defaultDirectory()
{
    const QString data = DataLocation::directory();
    return data.isEmpty() ? QString() : data + u"/recovery"_s;
}

void RecoveryStore::claimSlot()
{
    // Taken on the first write, not when the window opens: QLockFile syncs
    // the lock to disk (milliseconds on the start's critical path), and a
    // slot without a copy has nothing to protect.
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(filePath(m_directory, m_slot, kLockSuffix));
    // Never stale by age: a window may stay open for weeks. A lock whose
    // process is gone is still recognised as stale by QLockFile.
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
}

QString RecoveryStore::write(const CampaignDocument& document, const QString& originalPath)
{
    if (!m_lock)
        claimSlot();
    // The document first: an info file always describes a complete document.
    const QString error = AtomicFile::write(
        filePath(m_directory, m_slot, kDocumentSuffix), DocumentWriter::toJson(document));
    if (!error.isEmpty())
        return error;
    const QJsonObject info { { u"format"_s, u"webhook-studio-recovery"_s }, { u"version"_s, 1 },
        { u"originalPath"_s, originalPath },
        { u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } };
    return AtomicFile::write(
        filePath(m_directory, m_slot, kInfoSuffix), QJsonDocument(info).toJson());
}

void RecoveryStore::clear()
{
    QFile::remove(filePath(m_directory, m_slot, kInfoSuffix));
    QFile::remove(filePath(m_directory, m_slot, kDocumentSuffix));
}

bool RecoveryStore::hasWork() const
{
    return QFile::exists(filePath(m_directory, m_slot, kDocumentSuffix));
}

QList<RecoveryStore::Orphan> RecoveryStore::orphans(const QString& directory)
{
    QList<Orphan> found;
    const QStringList documents
        = QDir(directory).entryList({ u"*"_s + QLatin1String(kDocumentSuffix) }, QDir::Files);
    for (const QString& name : documents) {
        Orphan orphan;
        orphan.slot = name.chopped(int(qstrlen(kDocumentSuffix)));
        QLockFile lock(filePath(directory, orphan.slot, kLockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // a running window's work
        lock.unlock();
        orphan.documentPath = filePath(directory, orphan.slot, kDocumentSuffix);
        orphan.lockPath = filePath(directory, orphan.slot, kLockSuffix);
        QFile infoFile(filePath(directory, orphan.slot, kInfoSuffix));
        const QJsonObject info = infoFile.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(infoFile.readAll()).object()
            : QJsonObject();
        orphan.originalPath = info.value(u"originalPath"_s).toString();
        orphan.savedAt
            = QDateTime::fromString(info.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
        if (!orphan.savedAt.isValid())
            orphan.savedAt = QFileInfo(orphan.documentPath).lastModified();
        found.append(orphan);
    }
    std::sort(found.begin(), found.end(),
        [](const Orphan& a, const Orphan& b) { return a.savedAt > b.savedAt; });
    return found;
}

std::unique_ptr<QLockFile> RecoveryStore::claim(const Orphan& orphan)
{
    auto lock = std::make_unique<QLockFile>(orphan.lockPath);
    lock->setStaleLockTime(0);
    return lock->tryLock(0) ? std::move(lock) : nullptr;
}

void RecoveryStore::discard(const QString& directory, const Orphan& orphan)
{
    QFile::remove(filePath(directory, orphan.slot, kInfoSuffix));
    QFile::remove(filePath(directory, orphan.slot, kDocumentSuffix));
}
