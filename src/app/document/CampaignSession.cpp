#include "document/CampaignSession.h"

#include "document/DocumentEditCommand.h"
#include "io/DocumentWriter.h"
#include "io/SecretExtractor.h"
#include "model/SecretReference.h"
#include "storage/Preferences.h"
#include "storage/RecoveryStore.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// Long enough to not re-check on every keystroke, short enough to feel live.
constexpr int kCheckDelayMs = 150;
constexpr int kUndoLimit = 500;
// After a document opens, when its secrets are read from the keychain: the
// first job loads libsecret and asks the secret service over D-Bus (6 ms
// here), which would otherwise come before the window's first paint.
constexpr int kPrefetchDelayMs = 150;
} // namespace

CampaignSession::CampaignSession(QObject* parent)
    : QObject(parent)
    , m_keychain(new SecretKeychain(SecretKeychain::defaultService(), this))
{
    m_undoStack.setUndoLimit(kUndoLimit);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &CampaignSession::checkNow);
    m_prefetchTimer.setSingleShot(true);
    m_prefetchTimer.setInterval(kPrefetchDelayMs);
    connect(&m_prefetchTimer, &QTimer::timeout, this, &CampaignSession::prefetchSecrets);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });
    m_document.name = tr("New campaign");
    m_secrets.setFallback(&m_environment);

    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(kAutosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        const QString error = autosaveNow();
        if (!error.isEmpty())
            emit autosaveFailed(error);
    });
    // Not restarted by each keystroke: typing for a minute still leaves a
    // copy every few seconds. (A first edit is announced by changed() before
    // the undo stack counts it, so modifiedChanged() starts the timer too.)
    const auto scheduleAutosave = [this] {
        if (m_recovery && isModified() && !m_autosaveTimer.isActive())
            m_autosaveTimer.start();
    };
    connect(this, &CampaignSession::changed, this, scheduleAutosave);
    connect(this, &CampaignSession::modifiedChanged, this, [this, scheduleAutosave](bool modified) {
        if (modified) {
            scheduleAutosave();
        } else if (m_recovery) {
            m_autosaveTimer.stop();
            m_recovery->clear(); // saved, or undone back to the saved state
        }
    });
}

CampaignSession::~CampaignSession()
{
    // The undo stack outlives the recovery store; its last signals must not
    // reach the lambdas above.
    m_undoStack.disconnect(this);
}

void CampaignSession::enableAutosave(const QString& directory)
{
    if (!directory.isEmpty()) // no data folder: nowhere to keep a copy
        m_recovery = std::make_unique<RecoveryStore>(directory);
}

QString CampaignSession::autosaveNow()
{
    m_autosaveTimer.stop();
    if (!m_recovery || !isModified())
        return {};
    // Secret values typed since the last save are left out, not kept: the
    // keychain must go on holding what the saved file refers to until the
    // user saves (a discarded edit must not replace a token). After a crash
    // such a value is asked for again.
    CampaignDocument stored = m_document;
    SecretExtractor::extract(stored);
    return m_recovery->write(stored, m_filePath);
}

QString CampaignSession::recover(const CampaignDocument& document, const QString& filePath)
{
    reset(document, filePath);
    // No state of the stack is the saved file; cleanChanged(false) tells
    // the views through modifiedChanged().
    m_undoStack.resetClean();
    return autosaveNow();
}

void CampaignSession::setLocalReceiverUrl(const QString& url)
{
    if (url == m_localReceiverUrl)
        return;
    m_localReceiverUrl = url;
    emit localReceiverUrlChanged(url);
}

EventContext::Options CampaignSession::contextOptions() const
{
    EventContext::Options options;
    options.localReceiverUrl = m_localReceiverUrl;
    options.environment = m_activeEnvironment;
    return options;
}

void CampaignSession::setActiveEnvironment(const QString& name)
{
    if (name == m_activeEnvironment || !m_document.findEnvironment(name))
        return;
    m_activeEnvironment = name;
    // Remembered per file, not in it: choosing is not an edit.
    if (!m_filePath.isEmpty())
        QSettings().setValue(environmentKey(m_filePath), name);
    emit activeEnvironmentChanged(name);
    checkNow();
}

QString CampaignSession::environmentKey(const QString& filePath)
{
    const QByteArray path = QFileInfo(filePath).absoluteFilePath().toUtf8();
    return u"activeEnvironment/"_s
        + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex());
}

void CampaignSession::keepActiveEnvironmentValid()
{
    if (m_document.findEnvironment(m_activeEnvironment)
        || (m_activeEnvironment.isEmpty() && m_document.environments.isEmpty()))
        return;
    m_activeEnvironment
        = m_document.environments.isEmpty() ? QString() : m_document.environments.first().name;
    emit activeEnvironmentChanged(m_activeEnvironment);
}

QString CampaignSession::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return tr("%1 (unsaved)").arg(m_document.name.isEmpty() ? tr("Untitled") : m_document.name);
}

void CampaignSession::reset(const CampaignDocument& document, const QString& filePath)
{
    m_document = document;
    // The environment last chosen for this file, if it still has it.
    m_activeEnvironment
        = filePath.isEmpty() ? QString() : QSettings().value(environmentKey(filePath)).toString();
    keepActiveEnvironmentValid();
    m_undoStack.clear();
    m_undoStack.setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit wasReset();
    checkNow();
    m_prefetchTimer.start();
}

void CampaignSession::prefetchSecrets()
{
    // Ready before the first send, so that rarely has to wait.
    QStringList referenced;
    for (const WebhookConfig& webhook : m_document.webhooks)
        referenced += webhook.secretNames();
    for (const Environment& environment : m_document.environments) {
        for (const EnvironmentVariable& variable : environment.variables) {
            if (variable.secret && SecretReference::isReference(variable.value))
                referenced.append(SecretReference::name(variable.value));
        }
        referenced += SecretReference::namesIn(environment.tls.passphrase);
    }
    if (Preferences::proxyMode() == u"manual"_s)
        referenced.append(Preferences::proxyPasswordSecret());
    referenced.removeDuplicates();
    fetchSecrets(referenced, [] {});
}

void CampaignSession::keepSecret(const QString& name, const QString& value)
{
    m_secrets.insert(name, value);
    m_keychain->write(name, value);
}

void CampaignSession::fetchSecrets(const QStringList& names, const std::function<void()>& done)
{
    QStringList wanted;
    for (const QString& name : names) {
        if (!m_secrets.contains(name))
            wanted.append(name);
    }
    m_keychain->read(wanted, [this, done](const SecretKeychain::Values& values) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            // A value given in this session while the keychain was asked wins.
            if (!m_secrets.contains(it.key()))
                m_secrets.insert(it.key(), it.value());
        }
        done();
    });
}

QString CampaignSession::save(const QString& filePath)
{
    // Secret values typed into the document go to the secret store; the file
    // gets their ${NAME} references. Not an undo step: it is what the saved
    // document is.
    CampaignDocument stored = m_document;
    const QList<SecretExtractor::Secret> secrets = SecretExtractor::extract(stored);
    const QString error = DocumentWriter::writeFile(stored, filePath);
    if (!error.isEmpty())
        return error;
    for (const SecretExtractor::Secret& secret : secrets)
        keepSecret(secret.name, secret.value);
    if (!secrets.isEmpty()) {
        m_document = stored;
        emit changed(-1);
    }
    m_undoStack.setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        if (!m_activeEnvironment.isEmpty())
            QSettings().setValue(environmentKey(filePath), m_activeEnvironment);
        emit filePathChanged(m_filePath);
    }
    return {};
}

void CampaignSession::edit(const QString& text,
    const std::function<void(CampaignDocument&)>& change, int focusWebhook, const QString& mergeKey)
{
    CampaignDocument after = m_document;
    change(after);
    if (after == m_document)
        return;
    m_undoStack.push(
        new DocumentEditCommand(this, m_document, after, text, focusWebhook, mergeKey));
}

void CampaignSession::editWebhook(int index, const QString& text,
    const std::function<void(WebhookConfig&)>& change, const QString& mergeField)
{
    if (index < 0 || index >= m_document.webhooks.size())
        return;
    const QString key = mergeField.isEmpty()
        ? QString()
        : u"webhook/"_s + QString::number(index) + u'/' + mergeField;
    edit(
        text, [&](CampaignDocument& document) { change(document.webhooks[index]); }, index, key);
}

void CampaignSession::apply(const CampaignDocument& document, int focusWebhook)
{
    m_document = document;
    keepActiveEnvironmentValid();
    emit changed(focusWebhook);
    m_checkTimer.start();
}

void CampaignSession::checkNow()
{
    m_checkTimer.stop();
    m_findings = CampaignChecker::check(m_document, m_activeEnvironment);
    emit findingsChanged();
}
