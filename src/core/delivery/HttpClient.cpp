#include "HttpClient.h"

#include "HttpExchange.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QSslSocket>

using namespace Qt::StringLiterals;

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
{
    m_expiryTimer.setInterval(kIdleTimeoutMs / 3);
    connect(&m_expiryTimer, &QTimer::timeout, this, &HttpClient::closeExpired);
}

HttpClient::~HttpClient() = default; // idle sockets are children

HttpExchange* HttpClient::create(const HttpRequest& request)
{
    if (!request.proxy.isEmpty())
        return new HttpExchange(this, request);
    HttpRequest routed = request;
    routed.proxy = m_proxies.proxyFor(request.url);
    return new HttpExchange(this, routed);
}

QString HttpClient::origin(const HttpRequest& request)
{
    // A connection that let certificate errors pass serves only requests
    // that let them pass too.
    return request.url.scheme().toLower() + u"://"_s + request.url.host() + u':'
        + QString::number(request.port())
        + (request.isHttps() && request.ignoreTlsErrors ? u" insecure"_s : QString())
        + (request.proxy.isEmpty() ? QString() : u" via "_s + request.proxy.toString());
}

QTcpSocket* HttpClient::takeIdle(const HttpRequest& request)
{
    const QString wanted = origin(request);
    // The most recently used first: the least likely to have been closed.
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        if (m_idle.at(i).origin != wanted)
            continue;
        QTcpSocket* socket = m_idle.takeAt(i).socket;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->deleteLater();
    }
    return nullptr;
}

QTcpSocket* HttpClient::open(const HttpRequest& request)
{
    ++m_opened;
    const QUrl& url = request.url;
    if (request.forwardsToProxy()) {
        auto* socket = new QTcpSocket;
        setProxy(socket, QUrl()); // to the proxy itself
        socket->connectToHost(request.proxy.host(), quint16(request.proxy.port()));
        return socket;
    }
    if (!request.isHttps()) {
        auto* socket = new QTcpSocket;
        setProxy(socket, request.proxy);
        socket->connectToHost(url.host(), quint16(request.port()));
        return socket;
    }
    auto* socket = new QSslSocket;
    setProxy(socket, request.proxy);
    QSslConfiguration configuration = socket->sslConfiguration();
    // Only HTTP/1.1 is spoken here; a server must not pick h2.
    configuration.setAllowedNextProtocols({ QSslConfiguration::NextProtocolHttp1_1 });
    m_tls.apply(configuration);
    socket->setSslConfiguration(configuration);
    socket->connectToHostEncrypted(url.host(), quint16(request.port()));
    return socket;
}

void HttpClient::setTlsOptions(const TlsOptions& options)
{
    m_tls = options;
    for (const Idle& idle : std::as_const(m_idle)) {
        idle.socket->disconnect(this);
        idle.socket->deleteLater();
    }
    m_idle.clear();
}

void HttpClient::setProxy(QTcpSocket* socket, const QUrl& proxy)
{
    // A tunnel: Qt sends CONNECT to an HTTP proxy, or speaks SOCKS5; the
    // origin's TLS runs inside it. Without one, no application-wide proxy
    // either: the caller's ProxyConfig decided.
    if (proxy.isEmpty()) {
        socket->setProxy(QNetworkProxy::NoProxy);
        return;
    }
    const bool socks = proxy.scheme().startsWith(u"socks5"_s);
    QNetworkProxy tunnel(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
        proxy.host(), quint16(proxy.port()), proxy.userName(QUrl::FullyDecoded),
        proxy.password(QUrl::FullyDecoded));
    if (socks) {
        // socks5h:// resolves names at the proxy; socks5:// here.
        tunnel.setCapabilities(proxy.scheme() == u"socks5h"_s
                ? tunnel.capabilities() | QNetworkProxy::HostNameLookupCapability
                : tunnel.capabilities() & ~QNetworkProxy::HostNameLookupCapability);
    }
    socket->setProxy(tunnel);
}

void HttpClient::keepIdle(const HttpRequest& request, QTcpSocket* socket)
{
    const QString key = origin(request);
    const auto sameOrigin = [&key](const Idle& idle) { return idle.origin == key; };
    if (std::count_if(m_idle.begin(), m_idle.end(), sameOrigin) >= kMaxIdlePerOrigin) {
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    // An idle connection that speaks or closes is of no more use.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { dropIdle(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { dropIdle(socket); });
    m_idle.append({ key, socket, QDeadlineTimer(kIdleTimeoutMs) });
    if (!m_expiryTimer.isActive())
        m_expiryTimer.start();
}

void HttpClient::dropIdle(QTcpSocket* socket)
{
    for (qsizetype i = 0; i < m_idle.size(); ++i) {
        if (m_idle.at(i).socket == socket) {
            m_idle.removeAt(i);
            socket->disconnect(this);
            socket->deleteLater();
            return;
        }
    }
}

void HttpClient::closeExpired()
{
    for (qsizetype i = m_idle.size() - 1; i >= 0; --i) {
        if (m_idle.at(i).expiry.hasExpired()) {
            QTcpSocket* socket = m_idle.takeAt(i).socket;
            socket->disconnect(this);
            socket->disconnectFromHost();
            socket->deleteLater();
        }
    }
    if (m_idle.isEmpty())
        m_expiryTimer.stop();
}
