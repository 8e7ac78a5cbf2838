#include "CampaignSession.h"

#include "DocumentEditCommand.h"
#include "io/DocumentWriter.h"
#include "io/SecretExtractor.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
// Long enough to not re-check on every keystroke, short enough to feel live.
constexpr int kCheckDelayMs = 150;
constexpr int kUndoLimit = 500;
} // namespace

CampaignSession::CampaignSession(QObject* parent)
    : QObject(parent)
    , m_keychain(new SecretKeychain(SecretKeychain::defaultService(), this))
{
    m_undoStack.setUndoLimit(kUndoLimit);
    m_checkTimer.setSingleShot(true);
    m_checkTimer.setInterval(kCheckDelayMs);
    connect(&m_checkTimer, &QTimer::timeout, this, &CampaignSession::checkNow);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
        [this](bool clean) { emit modifiedChanged(!clean); });
    m_document.name = tr("New campaign");
    m_secrets.setFallback(&m_environment);
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
    return options;
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
    m_undoStack.clear();
    m_undoStack.setClean();
    if (m_filePath != filePath) {
        m_filePath = filePath;
        emit filePathChanged(m_filePath);
    }
    emit wasReset();
    checkNow();
    // Ready before the first send, so that rarely has to wait.
    QStringList referenced;
    for (const WebhookConfig& webhook : m_document.webhooks)
        referenced += webhook.secretNames();
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
    emit changed(focusWebhook);
    m_checkTimer.start();
}

void CampaignSession::checkNow()
{
    m_checkTimer.stop();
    m_findings = CampaignChecker::check(m_document);
    emit findingsChanged();
}
