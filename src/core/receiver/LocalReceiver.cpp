#include "LocalReceiver.h"

#include "HttpServerAdapter.h"
#include "HttpStatus.h"
#include "delivery/StandardWebhooks.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

LocalReceiver::LocalReceiver(QObject* parent)
    : QObject(parent)
{ }

LocalReceiver::~LocalReceiver() = default;

quint16 LocalReceiver::start(quint16 port)
{
    if (!m_server) {
        m_server = std::make_unique<HttpServerAdapter>(
            [this](const QHttpServerRequest& request, QTcpSocket* socket) {
                handleRequest(request, socket);
            });
    }
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    return m_port;
}

void LocalReceiver::stop()
{
    if (!m_server)
        return;
    for (QTcpServer* server : m_server->servers()) {
        server->close();
        delete server;
    }
    m_port = 0;
}

QString LocalReceiver::baseUrl() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_port);
}

void LocalReceiver::setScript(const ResponseScript& script)
{
    m_script = script;
    m_scriptPosition = 0;
}

void LocalReceiver::setHistoryLimit(int limit)
{
    m_historyLimit = qMax(1, limit);
    while (m_requests.size() > m_historyLimit)
        m_requests.removeFirst();
}

void LocalReceiver::clear()
{
    m_requests.clear();
}

ReceivedRequest LocalReceiver::record(const QHttpServerRequest& request) const
{
    ReceivedRequest received;
    received.sequence = m_received;
    received.receivedAt = QDateTime::currentDateTimeUtc();
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    received.method = QString::fromLatin1(methods.valueToKey(int(request.method()))).toUpper();
    const QUrl url = request.url();
    received.path = url.path(QUrl::FullyEncoded);
    received.query = url.query(QUrl::FullyEncoded);
    received.headers = request.headers();
    const QByteArray body = request.body();
    received.bodySize = body.size();
    received.body = body.left(ReceivedRequest::kMaxStoredBody);
    received.remoteAddress = request.remoteAddress().toString();
    if (m_signingKey) {
        const StandardWebhooks::Verification check
            = StandardWebhooks::verify(*m_signingKey, request.value("webhook-id"),
                request.value("webhook-timestamp"), request.value("webhook-signature"), body);
        received.signature
            = check.valid ? ReceivedRequest::Signature::Valid : ReceivedRequest::Signature::Invalid;
        received.signatureReason = check.reason;
    }
    return received;
}

void LocalReceiver::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ++m_received;
    ReceivedRequest received = record(request);
    const ResponseScript::Step step = m_script.stepFor(m_scriptPosition++);
    received.answer = step.describe();
    m_requests.append(received);
    while (m_requests.size() > m_historyLimit)
        m_requests.removeFirst();
    emit requestReceived(received);

    if (step.delaySeconds <= 0 || step.action != ResponseScript::Step::Action::Respond) {
        answer(step, socket);
    } else {
        const QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(qRound(step.delaySeconds * 1000), this, [this, step, guard] {
            if (guard)
                answer(step, guard);
        });
    }
}

void LocalReceiver::answer(const ResponseScript::Step& step, QTcpSocket* socket)
{
    switch (step.action) {
    case ResponseScript::Step::Action::Hang:
        return; // the client gives up by itself
    case ResponseScript::Step::Action::Close:
        socket->abort();
        return;
    case ResponseScript::Step::Action::Respond:
        socket->write(responseBytes(step));
        return;
    }
}

QByteArray LocalReceiver::responseBytes(const ResponseScript::Step& step)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(step.status) + ' '
        + HttpStatus::reasonPhrase(step.status).toLatin1() + "\r\n";
    for (const auto& [name, value] : step.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(step.body.size()) + "\r\n";
    bytes += "Server: WebhookStudio-Receiver\r\n\r\n";
    bytes += step.body;
    return bytes;
}
