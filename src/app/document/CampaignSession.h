#pragma once

#include "delivery/EnvironmentSecretResolver.h"
#include "delivery/MemorySecretStore.h"
#include "keychain/SecretKeychain.h"
#include "model/CampaignDocument.h"
#include "templating/EventContext.h"
#include "validation/CampaignChecker.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

class RecoveryStore;

// The open campaign: the document, its file, its undo stack and its live
// problems. Every change goes through an undo command (edit()), so the views
// only ever read the document and listen to changed().
class CampaignSession : public QObject
{
    Q_OBJECT

public:
    // How soon after an unsaved change the work is written to the recovery
    // folder: a crash then loses at most these few seconds.
    static constexpr int kAutosaveDelayMs = 3000;

    explicit CampaignSession(QObject* parent = nullptr);
    ~CampaignSession() override;

    const CampaignDocument& document() const { return m_document; }
    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    QUndoStack* undoStack() { return &m_undoStack; }
    const QList<CampaignChecker::Finding>& findings() const { return m_findings; }
    // Secret values for this session; what is not here comes from the
    // environment.
    MemorySecretStore& secrets() { return m_secrets; }
    SecretKeychain* keychain() const { return m_keychain; }
    // Keeps a secret's value for sending: for the session, and in the system
    // keychain when there is one.
    void keepSecret(const QString& name, const QString& value);
    // Looks up in the keychain the values of `names` the session lacks, then
    // calls `done` (on a later turn of the event loop).
    void fetchSecrets(const QStringList& names, const std::function<void()>& done);

    // What {{local_receiver}} stands for: the app's running receiver.
    QString localReceiverUrl() const { return m_localReceiverUrl; }
    void setLocalReceiverUrl(const QString& url);
    // The environment previews and sends resolve {{name}} from: one of the
    // document's (after opening, the one last chosen for that file, else
    // the first), or empty when it has none.
    QString activeEnvironment() const { return m_activeEnvironment; }
    void setActiveEnvironment(const QString& name);
    // Event context options for previews and sends (event id and time are
    // the caller's).
    EventContext::Options contextOptions() const;

    // Replaces the whole session (new, open): no undo history.
    void reset(const CampaignDocument& document, const QString& filePath);
    // Saves to `filePath`; returns an empty string or what went wrong.
    QString save(const QString& filePath);

    // Keeps unsaved work in a slot of `directory` (see RecoveryStore), a few
    // seconds after each change, until it is saved or the session ends.
    void enableAutosave(const QString& directory);
    // Writes the recovery copy at once; an empty string or what went wrong.
    QString autosaveNow();
    // Takes over work a crashed session left: it is open, unsaved, belongs
    // to `filePath` again (empty: never saved), and is copied into this
    // session's own slot at once; returns what went wrong with that copy.
    QString recover(const CampaignDocument& document, const QString& filePath);

    // Applies `change` to a copy of the document and pushes it as one undo
    // step named `text`. Consecutive edits with the same non-empty
    // `mergeKey` (typing in one field) become one step. `focusWebhook` is
    // the webhook to show when the step is undone or redone.
    void edit(const QString& text, const std::function<void(CampaignDocument&)>& change,
        int focusWebhook = -1, const QString& mergeKey = {});
    // The same for one webhook.
    void editWebhook(int index, const QString& text,
        const std::function<void(WebhookConfig&)>& change, const QString& mergeField = {});

    // Used by the undo commands only.
    void apply(const CampaignDocument& document, int focusWebhook);

    // Recomputes the problems now instead of after the short pause.
    void checkNow();

signals:
    // The document changed; `focusWebhook` is the webhook the change was
    // about (-1: none in particular).
    void changed(int focusWebhook);
    // A new document was loaded or created.
    void wasReset();
    void findingsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& filePath);
    void localReceiverUrlChanged(const QString& url);
    void activeEnvironmentChanged(const QString& name);
    void autosaveFailed(const QString& error);

private:
    void prefetchSecrets();
    // Keeps the active environment one the document has (after an open, or
    // an edit that renamed or removed it).
    void keepActiveEnvironmentValid();
    // Where the active environment of `filePath` is remembered.
    static QString environmentKey(const QString& filePath);

    CampaignDocument m_document;
    QString m_filePath;
    QUndoStack m_undoStack;
    QList<CampaignChecker::Finding> m_findings;
    QTimer m_checkTimer;
    QTimer m_prefetchTimer;
    EnvironmentSecretResolver m_environment;
    MemorySecretStore m_secrets;
    SecretKeychain* m_keychain;
    QString m_localReceiverUrl = EventContext::defaultLocalReceiverUrl();
    QString m_activeEnvironment;
    std::unique_ptr<RecoveryStore> m_recovery; // null until enableAutosave()
    QTimer m_autosaveTimer;
};
