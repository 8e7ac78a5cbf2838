#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// Secret values in the system keychain (the Secret Service, KWallet) through
// QtKeychain, stored under their ${NAME} so every campaign that references a
// name shares its value, as environment variables are shared. Jobs run
// asynchronously. When the keychain cannot be reached it says so once and
// answers every later request at once with nothing: the session then keeps
// values in memory only. Never falls back to a plain-text file.
class SecretKeychain : public QObject
{
    Q_OBJECT

public:
    using Values = QHash<QString, QString>;

    explicit SecretKeychain(const QString& service, QObject* parent = nullptr);

    // The service name the app files its secrets under; tests get their own
    // so they never touch the user's.
    static QString defaultService();

    QString service() const { return m_service; }
    bool isAvailable() const { return m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }

    // Reads `names`; `done` gets those the keychain has, once all answered
    // (on a later turn of the event loop, never from within this call).
    void read(const QStringList& names, const std::function<void(const Values&)>& done);
    // `done`, when given, learns whether the value was stored (on a later
    // turn of the event loop).
    void write(const QString& name, const QString& value,
        const std::function<void(bool stored)>& done = {});
    // Reads `names` and waits for the answers (at most `timeoutMs`), for
    // callers without an event loop of their own: the CLI.
    Values readNow(const QStringList& names, int timeoutMs = 10000);
    // Writes and waits; whether the value was stored.
    bool writeNow(const QString& name, const QString& value, int timeoutMs = 10000);

signals:
    // The keychain failed (or refused to store or give out a value) for a
    // reason other than a missing entry; from now on values live in memory
    // for the session.
    void becameUnavailable(const QString& reason);

private:
    template<typename Answer, typename Start>
    static std::optional<Answer> waitFor(int timeoutMs, Start start);
    // True when `job` failed because there is no usable keychain.
    bool noteFailure(const QKeychain::Job* job);

    QString m_service;
    QString m_unavailableReason;
};
