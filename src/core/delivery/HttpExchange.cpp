#include "HttpExchange.h"

#include "HttpClient.h"
#include "ProxyConfig.h"

#include <QSslSocket>
#include <QTcpSocket>

HttpExchange::HttpExchange(HttpClient* client, const HttpRequest& request)
    : m_client(client)
    , m_request(request)
    , m_parser(request.method == "HEAD")
{ }

HttpExchange::~HttpExchange()
{
    if (m_socket) { // a child: deleted with this object, after the abort
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpExchange::start()
{
    m_clock.start();
    if (!m_client) {
        finish(Error::Network, tr("The HTTP client was closed."));
        return;
    }
    if (const QString problem = m_request.problem(); !problem.isEmpty()) {
        finish(Error::InvalidRequest, problem);
        return;
    }
    if (QTcpSocket* idle = m_client->takeIdle(m_request)) {
        attach(idle, true);
        send();
        return;
    }
    attach(m_client->open(m_request), false);
}

void HttpExchange::abort()
{
    finish(Error::Aborted, tr("The request was cancelled."));
}

QByteArray HttpExchange::read(qint64 max)
{
    QByteArray data = m_parser.takeBody(max);
    if (!m_finished)
        schedulePump(); // the socket was not read while the buffer was full
    return data;
}

void HttpExchange::attach(QTcpSocket* socket, bool reused)
{
    m_socket = socket;
    m_reused = reused;
    socket->setParent(this);
    socket->setReadBufferSize(kBufferBytes);
    connect(socket, &QTcpSocket::readyRead, this, &HttpExchange::pump);
    connect(socket, &QTcpSocket::disconnected, this, &HttpExchange::onPeerClosed);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onSocketError);
    connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
        m_unwritten -= bytes;
        if (m_unwritten <= 0)
            mark(PhaseTimings::Phase::RequestSent);
    });
    auto* tls = qobject_cast<QSslSocket*>(socket);
    if (tls)
        connect(tls, &QSslSocket::sslErrors, this, &HttpExchange::onSslErrors);
    if (reused)
        return;
    watchPhases(socket);
    if (tls)
        connect(tls, &QSslSocket::encrypted, this, &HttpExchange::send);
    else
        connect(socket, &QTcpSocket::connected, this, &HttpExchange::send);
}

void HttpExchange::watchPhases(QTcpSocket* socket)
{
    // The lookup ends when connecting starts (at once for an address); the
    // connection is up at connected(), through a proxy once its tunnel is.
    const auto onState = [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::ConnectingState)
            mark(PhaseTimings::Phase::Dns);
    };
    onState(socket->state());
    connect(socket, &QTcpSocket::stateChanged, this, onState);
    connect(socket, &QTcpSocket::connected, this, [this] {
        mark(PhaseTimings::Phase::Dns);
        mark(PhaseTimings::Phase::Connect);
    });
    if (auto* tls = qobject_cast<QSslSocket*>(socket))
        connect(tls, &QSslSocket::encrypted, this, [this] { mark(PhaseTimings::Phase::Tls); });
}

void HttpExchange::mark(PhaseTimings::Phase phase)
{
    m_timings.mark(phase, m_clock.nsecsElapsed() / 1000);
}

void HttpExchange::send()
{
    // The request goes in one write; without Nagle's delay it leaves at once.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QByteArray bytes = m_request.head() + m_request.body;
    m_unwritten = bytes.size();
    m_socket->write(bytes);
}

void HttpExchange::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &HttpExchange::pump, Qt::QueuedConnection);
}

void HttpExchange::readSocket()
{
    while (m_socket && !m_parser.isComplete() && !m_parser.hasFailed()
        && m_parser.bodyAvailable() < kBufferBytes && m_socket->bytesAvailable() > 0) {
        const QByteArray data = m_socket->read(qMin(m_socket->bytesAvailable(), kReadPieceBytes));
        mark(PhaseTimings::Phase::FirstByte);
        m_received = true;
        if (m_parser.feed(data) < data.size())
            m_extraBytes = true;
    }
    if (!m_socket)
        return;
    if (m_parser.isComplete() && m_socket->bytesAvailable() > 0)
        m_extraBytes = true;
    if (m_peerClosed && m_socket->bytesAvailable() == 0)
        m_parser.endOfStream();
}

void HttpExchange::pump()
{
    m_pumpScheduled = false;
    if (m_finished)
        return;
    readSocket();
    // Each signal may end the exchange (a receiver aborts): checked after each.
    if (m_parser.hasHead() && !m_headAnnounced) {
        // A forwarding proxy's own 407: the endpoint never saw the request.
        // (Through a tunnel a 407 is the endpoint's answer.)
        if (m_request.forwardsToProxy() && m_parser.head().status == 407) {
            finish(Error::Proxy, ProxyConfig::authenticationProblem(m_request.proxy));
            return;
        }
        m_headAnnounced = true;
        emit headReceived();
        if (m_finished)
            return;
    }
    if (!emitProgress())
        return;
    if (m_parser.bodyAvailable() > 0) {
        emit readyRead();
        if (m_finished)
            return;
    }
    if (m_parser.hasFailed()) {
        const bool closed = m_parser.problem() == HttpResponseParser::Problem::ClosedEarly;
        if (!(closed && retryOnNewConnection()))
            finish(closed ? Error::ConnectionClosed : Error::InvalidResponse, m_parser.error());
    } else if (m_parser.isComplete()) {
        releaseSocket(m_parser.keepsConnection() && !m_extraBytes && !m_peerClosed);
        finish(Error::None, QString());
    }
}

bool HttpExchange::emitProgress()
{
    if (!m_parser.hasHead() || m_parser.bodyBytesRead() == m_reportedBytes)
        return true;
    m_reportedBytes = m_parser.bodyBytesRead();
    emit progress(m_reportedBytes, m_parser.announcedLength());
    return !m_finished;
}

void HttpExchange::onPeerClosed()
{
    m_peerClosed = true;
    pump();
}

void HttpExchange::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onPeerClosed(); // what arrived before the close is still read
        return;
    }
    if (retryOnNewConnection())
        return;
    const QString reason = m_socket->errorString();
    if (const QString proxyProblem = describeProxyError(error); !proxyProblem.isEmpty()) {
        finish(Error::Proxy, proxyProblem);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        finish(Error::ConnectionRefused, reason);
        break;
    case QAbstractSocket::HostNotFoundError:
        finish(Error::HostNotFound, reason);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(Error::TlsFailed, reason);
        break;
    default:
        finish(Error::Network, reason);
    }
}

QString HttpExchange::describeProxyError(QAbstractSocket::SocketError error) const
{
    if (m_request.proxy.isEmpty())
        return QString();
    const QString proxy = ProxyConfig::describe(m_request.proxy);
    switch (error) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return ProxyConfig::authenticationProblem(m_request.proxy);
    case QAbstractSocket::ProxyConnectionRefusedError:
        return tr("Connection refused by the proxy %1: nothing listens there.").arg(proxy);
    case QAbstractSocket::ProxyConnectionClosedError:
        return tr("The proxy %1 closed the connection before the tunnel to the endpoint was "
                  "open.")
            .arg(proxy);
    case QAbstractSocket::ProxyConnectionTimeoutError:
        return tr("The proxy %1 did not answer in time.").arg(proxy);
    case QAbstractSocket::ProxyNotFoundError:
        return tr("The proxy host %1 was not found.").arg(proxy);
    case QAbstractSocket::ProxyProtocolError:
        return tr("The proxy %1 refused the tunnel to the endpoint: %2")
            .arg(proxy, m_socket->errorString());
    case QAbstractSocket::ConnectionRefusedError:
        if (m_request.forwardsToProxy())
            return tr("Connection refused by the proxy %1: nothing listens there.").arg(proxy);
        return QString();
    case QAbstractSocket::HostNotFoundError:
        if (m_request.forwardsToProxy())
            return tr("The proxy host %1 was not found.").arg(proxy);
        return QString();
    default:
        return QString();
    }
}

void HttpExchange::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors += errors;
    auto* tls = static_cast<QSslSocket*>(m_socket);
    m_peerCertificate = tls->peerCertificate();
    if (m_request.ignoreTlsErrors)
        tls->ignoreSslErrors();
}

bool HttpExchange::retryOnNewConnection()
{
    // Only a kept connection that ended before a byte of the response: the
    // server closed it while idle, and has not seen this request.
    if (!m_reused || m_retried || m_received || !m_client)
        return false;
    m_retried = true;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater(); // this may be running in one of its signals
    m_socket = nullptr;
    m_peerClosed = false;
    m_parser = HttpResponseParser(m_request.method == "HEAD");
    // The new connection's phases; the time lost on the old one stays in
    // its lookup.
    m_timings = PhaseTimings();
    attach(m_client->open(m_request), false);
    return true;
}

void HttpExchange::releaseSocket(bool keep)
{
    QTcpSocket* socket = std::exchange(m_socket, nullptr);
    if (!socket)
        return;
    socket->disconnect(this);
    if (keep && m_client && socket->state() == QAbstractSocket::ConnectedState) {
        m_client->keepIdle(m_request, socket);
        return;
    }
    socket->disconnectFromHost();
    socket->deleteLater();
}

void HttpExchange::finish(Error error, const QString& reason)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = reason;
    if (error == Error::None)
        mark(PhaseTimings::Phase::LastByte);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    emit finished();
}
