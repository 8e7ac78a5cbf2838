#include "Delivery.h"

#include "HttpClient.h"
#include "StandardWebhooks.h"
#include "SuccessEvaluator.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
QString seconds(qint64 ms)
{
    return QCoreApplication::translate("Delivery", "%1 s")
        .arg(QString::number(ms / 1000.0, 'g', 4));
}

} // namespace

Delivery::Delivery(HttpClient* client, const DeliveryPlan& plan, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_plan(plan)
{
    m_record.webhookId = plan.webhookId;
    m_record.webhookName = plan.webhookName;
    m_record.environment = plan.environment;
    m_record.event = plan.event;
    m_record.eventId = plan.eventId;
    m_record.attemptTimeoutMs = qRound64(plan.policy.timeoutSeconds * 1000);
    m_record.totalTimeoutMs = totalMs();
    for (QTimer* timer : { &m_attemptTimer, &m_totalTimer, &m_waitTimer }) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_attemptTimer, &QTimer::timeout, this, &Delivery::onAttemptDeadline);
    connect(&m_totalTimer, &QTimer::timeout, this, &Delivery::onTotalDeadline);
    connect(&m_waitTimer, &QTimer::timeout, this, &Delivery::startAttempt);
}

Delivery::~Delivery()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

qint64 Delivery::totalMs() const
{
    return qRound64(m_plan.policy.totalTimeoutSeconds * 1000);
}

void Delivery::start()
{
    m_clock.start();
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    m_totalTimer.start(int(totalMs()));
    startAttempt();
}

void Delivery::cancel()
{
    if (m_record.finished)
        return;
    m_cancelled = true;
    const Verdict cancelled = Verdict::failure(FailureKind::Cancelled, tr("Cancelled."));
    if (m_reply) {
        abortAttempt(cancelled); // onReplyFinished() then finishes the delivery
        return;
    }
    finish(cancelled);
}

HttpRequest Delivery::buildRequest(const SentRequest& sent) const
{
    HttpRequest request;
    request.method = httpMethodName(sent.method).toLatin1();
    request.url = QUrl(sent.url, QUrl::TolerantMode);
    request.body = sent.body;
    request.ignoreTlsErrors = m_plan.policy.allowInsecureTls;
    bool acceptEncoding = false;
    for (const SentRequest::Header& header : sent.headers) {
        request.headers.append({ header.name.toLatin1(), header.value.toUtf8() });
        acceptEncoding
            = acceptEncoding || header.name.compare(u"Accept-Encoding"_s, Qt::CaseInsensitive) == 0;
    }
    // Only what ResponseDecoder reads is offered; it caps what a body
    // inflates to and says what is wrong with a corrupt one.
    if (!acceptEncoding)
        request.headers.append({ QByteArray("Accept-Encoding"), QByteArray("gzip, deflate") });
    return request;
}

void Delivery::startAttempt()
{
    const qint64 remaining = totalMs() - elapsedMs();
    if (remaining <= 0) {
        finish(Verdict::failure(FailureKind::TotalTimeout,
            tr("Gave up: the total timeout of %1 passed.").arg(seconds(totalMs()))));
        return;
    }
    m_current = AttemptRecord();
    m_current.number = int(m_record.attempts.size()) + 1;
    m_current.startedAt = QDateTime::currentDateTimeUtc();
    m_current.startOffsetMs = elapsedMs();
    m_current.request = m_plan.requestAt(m_current.startedAt);
    m_abortVerdict.reset();
    m_decoder.reset();

    m_reply = m_client->create(buildRequest(m_current.request));
    m_reply->setParent(this);
    if (!m_reply->request().proxy.isEmpty())
        m_current.proxy = ProxyConfig::describe(m_reply->request().proxy);
    m_finishPending = false;
    connect(m_reply, &HttpExchange::headReceived, this, &Delivery::readResponseHeaders);
    connect(m_reply, &HttpExchange::readyRead, this, &Delivery::readBody);
    connect(m_reply, &HttpExchange::finished, this, &Delivery::onReplyFinished);
    connect(m_reply, &HttpExchange::progress, this, [this](qint64 received, qint64 total) {
        emit progress(m_current.number, received, total);
    });

    m_current.deadlineMs = qMin<qint64>(m_record.attemptTimeoutMs, remaining);
    m_attemptClock.start();
    m_attemptTimer.start(int(m_current.deadlineMs));
    emit attemptStarted(m_current.number, m_current.request);
    m_reply->start();
}

void Delivery::readResponseHeaders()
{
    if (!m_reply->hasHead() || m_current.response.received)
        return;
    const HttpResponseParser::Head& head = m_reply->head();
    AttemptRecord::Response& response = m_current.response;
    response.received = true;
    response.status = head.status;
    response.reason = QString::fromLatin1(head.reason);
    response.headers = head.headers;
    m_current.timeToHeadersMs = m_attemptClock.elapsed();
    m_decoder = std::make_unique<ResponseDecoder>(response.header("Content-Encoding"));
    emit responseHeadersReceived(m_current.number, response.status, response.reason);
}

void Delivery::readBody()
{
    if (!m_sliceScheduled)
        readSlice();
}

void Delivery::readSlice()
{
    m_sliceScheduled = false;
    if (!m_reply)
        return;
    readResponseHeaders();
    AttemptRecord::Response& response = m_current.response;
    const qint64 room = m_plan.bodyCapBytes - response.body.size();
    // One byte over the cap is enough to know the body is too large.
    const QByteArray chunk = m_decoder->decode(m_reply->read(kReadSliceBytes), room + 1);
    if (m_decoder->failed()) {
        abortAttempt(Verdict::failure(FailureKind::InvalidResponse, m_decoder->error()));
        return;
    }
    response.size += chunk.size();
    if (response.body.isEmpty() && chunk.size() <= room) {
        response.body = chunk; // shared, not copied
        const qint64 announced = m_reply->announcedLength();
        if (announced > chunk.size())
            response.body.reserve(qMin(announced, m_plan.bodyCapBytes));
    } else {
        response.body.append(chunk.left(qMax<qint64>(0, room)));
    }
    if (response.size > m_plan.bodyCapBytes && !m_abortVerdict) {
        response.truncated = true;
        abortAttempt(Verdict::failure(FailureKind::BodyTooLarge,
            tr("The response body is larger than the cap of %1 bytes; it was cut off there.")
                .arg(m_plan.bodyCapBytes)));
    }
    if (m_abortVerdict)
        return;
    if (m_reply->bytesAvailable() > 0) {
        m_sliceScheduled = true;
        QMetaObject::invokeMethod(this, &Delivery::readSlice, Qt::QueuedConnection);
    } else if (m_finishPending) {
        onReplyFinished();
    }
}

void Delivery::abortAttempt(const Verdict& verdict)
{
    if (!m_abortVerdict)
        m_abortVerdict = verdict;
    if (!m_reply)
        return;
    if (m_finishPending)
        onReplyFinished(); // the transfer is over: stop reading what is left
    else
        m_reply->abort(); // finished() follows, synchronously
}

void Delivery::onAttemptDeadline()
{
    // When the total deadline came first, this attempt was cut short by it.
    const bool cutByTotal = m_current.deadlineMs < m_record.attemptTimeoutMs;
    abortAttempt(cutByTotal ? Verdict::failure(FailureKind::TotalTimeout,
                     tr("Stopped after %1: the total timeout of %2 was reached.")
                         .arg(seconds(m_current.deadlineMs), seconds(totalMs())))
                            : Verdict::failure(FailureKind::AttemptTimeout,
                                tr("No complete response within the attempt timeout of %1.")
                                    .arg(seconds(m_current.deadlineMs))));
}

void Delivery::onTotalDeadline()
{
    const Verdict verdict = Verdict::failure(FailureKind::TotalTimeout,
        tr("Gave up: the total timeout of %1 passed.").arg(seconds(totalMs())));
    if (m_finishPending)
        return; // the answer arrived in time; it is judged once read
    if (m_reply) {
        abortAttempt(verdict);
        return;
    }
    finish(verdict);
}

Verdict Delivery::transportVerdict() const
{
    const QUrl url(m_current.request.url);
    const QString hostPort
        = url.host() + u':' + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
    switch (m_reply->error()) {
    case HttpExchange::Error::ConnectionRefused:
        return Verdict::failure(FailureKind::ConnectionRefused,
            tr("Connection refused by %1: nothing listens there.").arg(hostPort));
    case HttpExchange::Error::HostNotFound:
        return Verdict::failure(
            FailureKind::HostNotFound, tr("The host %1 was not found.").arg(url.host()));
    case HttpExchange::Error::ConnectionClosed:
        return Verdict::failure(FailureKind::ConnectionClosed, m_reply->errorString());
    case HttpExchange::Error::InvalidResponse:
        return Verdict::failure(FailureKind::InvalidResponse, m_reply->errorString());
    case HttpExchange::Error::InvalidRequest:
        return Verdict::failure(FailureKind::NetworkError, m_reply->errorString());
    case HttpExchange::Error::Proxy:
        return Verdict::failure(FailureKind::ProxyFailed, m_reply->errorString());
    case HttpExchange::Error::TlsFailed:
        return tlsVerdict();
    default:
        return Verdict::failure(
            FailureKind::NetworkError, tr("Network error: %1.").arg(m_reply->errorString()));
    }
}

Verdict Delivery::tlsVerdict() const
{
    QStringList problems;
    for (const QSslError& error : m_reply->sslErrors())
        problems.append(error.errorString());
    const QSslCertificate& certificate = m_reply->peerCertificate();
    if (problems.isEmpty()) {
        // The handshake itself failed: often the server wanted a client
        // certificate, or refused the one given.
        const QSslCertificate& own = m_client->tlsOptions().clientCertificate();
        return Verdict::failure(FailureKind::TlsErrors,
            own.isNull() ? tr("The TLS handshake failed: %1.").arg(m_reply->errorString())
                         : tr("The TLS handshake failed: %1. The client certificate offered: %2.")
                               .arg(m_reply->errorString(), TlsOptions::describe(own)));
    }
    const QString text = tr("TLS certificate errors: %1.").arg(problems.join(u"; "_s));
    return Verdict::failure(FailureKind::TlsErrors,
        certificate.isNull()
            ? text
            : tr("%1 The server's certificate: %2.").arg(text, TlsOptions::describe(certificate)));
}

void Delivery::onReplyFinished()
{
    HttpExchange* reply = m_reply;
    if (!reply)
        return;
    if (!m_finishPending) {
        m_replyFinishedMs = m_attemptClock.elapsed();
        m_attemptTimer.stop();
    }
    readResponseHeaders();
    if (!m_abortVerdict && reply->bytesAvailable() > 0) {
        // The rest of the body is read slice by slice first.
        m_finishPending = true;
        readBody();
        return;
    }
    m_finishPending = false;
    m_current.durationMs = m_replyFinishedMs;
    m_current.phases = reply->timings();

    const HttpExchange::Error error = reply->error();
    if (error != HttpExchange::Error::None && error != HttpExchange::Error::Aborted)
        m_current.networkError = reply->errorString();

    if (m_abortVerdict)
        m_current.verdict = *m_abortVerdict;
    else if (error != HttpExchange::Error::None)
        m_current.verdict = transportVerdict();
    else if (m_decoder && !m_decoder->isComplete())
        m_current.verdict = Verdict::failure(FailureKind::InvalidResponse,
            tr("The compressed body ended early: its last part never arrived."));
    else
        m_current.verdict = SuccessEvaluator::evaluate(m_plan.success, m_current.response);

    reply->disconnect(this);
    reply->deleteLater();
    m_reply.clear();
    m_record.attempts.append(m_current);
    emit attemptFinished(m_current);
    continueAfter(m_current);
}

std::optional<qint64> Delivery::retryAfterMs(const AttemptRecord& attempt) const
{
    const int status = attempt.response.status;
    if (status != 429 && status != 503)
        return std::nullopt;
    const QByteArray value = attempt.response.header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const qint64 secondsValue = value.toLongLong(&numeric);
    if (numeric)
        return qMax<qint64>(0, secondsValue) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    return qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

void Delivery::continueAfter(const AttemptRecord& attempt)
{
    if (attempt.verdict.delivered) {
        finish(Verdict::success());
        return;
    }
    if (m_cancelled || attempt.verdict.kind() == FailureKind::Cancelled
        || attempt.verdict.kind() == FailureKind::TotalTimeout) {
        finish(attempt.verdict);
        return;
    }
    const int attempts = int(m_record.attempts.size());
    if (attempts >= m_plan.policy.maxAttempts()) {
        finish({ false,
            { { attempt.verdict.kind(),
                attempts == 1 ? attempt.verdict.summary()
                              : tr("All %1 attempts failed; the last: %2")
                                    .arg(attempts)
                                    .arg(attempt.verdict.summary()) } } });
        return;
    }

    qint64 wait = qRound64(m_plan.policy.backoff.jitteredDelaySeconds(
                               attempts, QRandomGenerator::global()->generateDouble())
        * 1000);
    QString why = tr("backoff");
    const qint64 remaining = totalMs() - elapsedMs();
    if (const std::optional<qint64> asked = retryAfterMs(attempt)) {
        if (*asked >= remaining) {
            finish(Verdict::failure(FailureKind::TotalTimeout,
                tr("The server asked to retry after %1, which is past the total timeout of %2.")
                    .arg(seconds(*asked), seconds(totalMs()))));
            return;
        }
        wait = *asked;
        why = tr("Retry-After");
    }
    if (wait >= remaining) {
        finish(Verdict::failure(FailureKind::TotalTimeout,
            tr("Gave up after %n attempt(s): the next would start after the total timeout of %1.",
                nullptr, attempts)
                .arg(seconds(totalMs()))));
        return;
    }
    m_waitTimer.start(int(wait));
    emit waitingForRetry(attempts + 1, QDateTime::currentDateTimeUtc().addMSecs(wait), wait, why);
}

void Delivery::finish(const Verdict& verdict)
{
    if (m_record.finished)
        return;
    m_attemptTimer.stop();
    m_totalTimer.stop();
    m_waitTimer.stop();
    m_record.finished = true;
    m_record.verdict = verdict;
    m_record.totalMs = elapsedMs();
    emit finished(m_record);
}
