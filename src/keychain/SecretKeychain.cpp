#include "SecretKeychain.h"

#include <QEventLoop>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

SecretKeychain::SecretKeychain(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

QString SecretKeychain::defaultService()
{
    return QStandardPaths::isTestModeEnabled() ? u"Webhook Studio (tests)"_s : u"Webhook Studio"_s;
}

bool SecretKeychain::noteFailure(const QKeychain::Job* job)
{
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return false;
    if (isAvailable()) {
        m_unavailableReason = job->errorString().isEmpty()
            ? tr("the system keychain did not answer")
            : job->errorString();
        emit becameUnavailable(m_unavailableReason);
    }
    return true;
}

// Jobs have no parent: deleting one while the keychain works on it crashes
// QtKeychain (its callback gets the deleted job), so each deletes itself when
// it finishes. Connections use `this` as context, so nothing is called on a
// keychain object that is gone.
void SecretKeychain::read(const QStringList& names, const std::function<void(const Values&)>& done)
{
    if (!isAvailable() || names.isEmpty()) {
        QTimer::singleShot(0, this, [done] { done({}); });
        return;
    }
    // Shared by the jobs: whoever answers last hands the values over.
    struct Pending
    {
        Values values;
        qsizetype waiting = 0;
    };
    auto pending = std::make_shared<Pending>();
    pending->waiting = names.size();
    for (const QString& name : names) {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(name);
        connect(job, &QKeychain::Job::finished, this, [this, job, name, pending, done] {
            if (!noteFailure(job) && job->error() == QKeychain::NoError)
                pending->values.insert(name, job->textData());
            if (--pending->waiting == 0)
                done(pending->values);
        });
        job->start();
    }
}

void SecretKeychain::write(
    const QString& name, const QString& value, const std::function<void(bool)>& done)
{
    if (!isAvailable()) {
        if (done)
            QTimer::singleShot(0, this, [done] { done(false); });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        const bool failed = noteFailure(job);
        if (done)
            done(!failed);
    });
    job->start();
}

// An answer that may come after the wait gave up: it then lands in the
// shared state and quits nothing.
template<typename Answer, typename Start>
std::optional<Answer> SecretKeychain::waitFor(int timeoutMs, Start start)
{
    auto answer = std::make_shared<std::optional<Answer>>();
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    start([answer, waiting](const Answer& value) {
        *answer = value;
        if (waiting)
            waiting->quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!*answer)
        loop.exec();
    return *answer;
}

SecretKeychain::Values SecretKeychain::readNow(const QStringList& names, int timeoutMs)
{
    return waitFor<Values>(timeoutMs,
        [this, &names](const std::function<void(const Values&)>& done) { read(names, done); })
        .value_or(Values());
}

bool SecretKeychain::writeNow(const QString& name, const QString& value, int timeoutMs)
{
    return waitFor<bool>(timeoutMs, [&](const std::function<void(const bool&)>& done) {
        write(name, value, [done](bool stored) { done(stored); });
    }).value_or(false);
}
