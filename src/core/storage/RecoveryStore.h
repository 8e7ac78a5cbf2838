#pragma once

#include "model/CampaignDocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

// Unsaved work kept on disk, so a crash, a kill or a power cut loses seconds
// of editing, not the session. Each running window owns one slot in the
// recovery folder: SLOT.webhooks.json (the document as it would be saved,
// secrets already moved out), SLOT.recovery.json (which file it belongs to,
// when it was written) and SLOT.lock, held while the window lives. A slot
// whose lock no live process holds is an orphan: work to offer back.
class RecoveryStore
{
public:
    struct Orphan
    {
        QString slot;
        QString documentPath; // a campaign file DocumentReader reads
        QString originalPath; // the file the work belongs to; empty if never saved
        QDateTime savedAt;
        QString lockPath;
    };

    // Claims a new slot in `directory` (created when missing).
    explicit RecoveryStore(const QString& directory = defaultDirectory());
    // Removes the slot: the window is closing normally.
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore&) = delete;
    RecoveryStore& operator=(const RecoveryStore&) = delete;

    // Writes the slot atomically; an empty string on success, otherwise what
    // went wrong (the previous copy is then untouched).
    QString write(const CampaignDocument& document, const QString& originalPath);
    // Forgets the slot's work: it was saved or discarded.
    void clear();
    bool hasWork() const;

    // $DATA/recovery; empty when there is no data folder.
    static QString defaultDirectory();
    // The orphans in `directory`, newest first. Slots of running windows are
    // not among them.
    static QList<Orphan> orphans(const QString& directory = defaultDirectory());
    // Locks `orphan` for this process while it is offered, so two windows
    // starting together do not both take it; null when another has it.
    static std::unique_ptr<QLockFile> claim(const Orphan& orphan);
    static void discard(const QString& directory, const Orphan& orphan);

private:
    void claimSlot();
    static QString filePath(const QString& directory, const QString& slot, const char* suffix);

    QString m_directory;
    QString m_slot;
    std::unique_ptr<QLockFile> m_lock;
};
