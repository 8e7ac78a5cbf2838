#pragma once

#include "HttpRequest.h"
#include "ProxyConfig.h"
#include "TlsOptions.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class HttpExchange;
class QTcpSocket;

// Webhook Studio's own HTTP/1.1 client, on QTcpSocket and QSslSocket in the
// caller's thread. QNetworkAccessManager is not used for deliveries: in Qt
// 6.4 it hides some broken responses (a chunk size that is not hex reads as
// the end of the body; more than 100 headers stall until the deadline), runs
// every transfer on a thread of its own, and adds headers of its own. Here
// every byte sent is known, every response is parsed strictly by
// HttpResponseParser, and a connection is kept open between requests to the
// same origin (a pool of idle connections, closed after kIdleTimeoutMs).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleTimeoutMs = 30 * 1000;
    static constexpr int kMaxIdlePerOrigin = 32;

    explicit HttpClient(QObject* parent = nullptr);
    ~HttpClient() override;

    // A new exchange for `request`, not started: connect to its signals, then
    // call start(). The caller owns it. A request that names no proxy goes
    // the way the proxy configuration says.
    HttpExchange* create(const HttpRequest& request);

    // Direct unless set (the CLI sets what the environment says).
    void setProxyConfig(const ProxyConfig& proxies) { m_proxies = proxies; }
    const ProxyConfig& proxyConfig() const { return m_proxies; }
    // Extra CAs and a client certificate for every HTTPS request; idle
    // connections made with other options are closed.
    void setTlsOptions(const TlsOptions& options);
    const TlsOptions& tlsOptions() const { return m_tls; }

    // Connections opened so far, and those now idle, for tests and benchmarks.
    int connectionsOpened() const { return m_opened; }
    int idleConnections() const { return int(m_idle.size()); }

private:
    friend class HttpExchange;
    struct Idle
    {
        QString origin;
        QTcpSocket* socket;
        QDeadlineTimer expiry;
    };

    static QString origin(const HttpRequest& request);
    // An open connection to the request's origin, or nullptr.
    QTcpSocket* takeIdle(const HttpRequest& request);
    // A new connection to the request's origin, connecting.
    QTcpSocket* open(const HttpRequest& request);
    static void setProxy(QTcpSocket* socket, const QUrl& proxy);
    void keepIdle(const HttpRequest& request, QTcpSocket* socket);
    void dropIdle(QTcpSocket* socket);
    void closeExpired();

    ProxyConfig m_proxies;
    TlsOptions m_tls;
    QList<Idle> m_idle;
    QTimer m_expiryTimer;
    int m_opened = 0;
};
