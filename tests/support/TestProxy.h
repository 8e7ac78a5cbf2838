#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

// An HTTP proxy on 127.0.0.1 for the tests, as corporate networks have them:
// it forwards plain HTTP requests sent to it in absolute form and opens
// CONNECT tunnels (for HTTPS), piping bytes both ways, and records the head
// of what passed through. It can ask for credentials (407 with
// Proxy-Authenticate) and drop tunnels the moment they are asked for. On the
// same port it speaks SOCKS5 (no authentication, CONNECT) to a client whose
// first byte says so, recording the target as the client named it.
class TestProxy : public QObject
{
    Q_OBJECT

public:
    struct Passage
    {
        // GET, POST, …, CONNECT, or SOCKS5
        QByteArray method;
        // "http://host:port/path", or "host:port" for CONNECT and SOCKS5
        QByteArray target;
        QByteArray proxyAuthorization;
        bool admitted = false;
    };

    explicit TestProxy(QObject* parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    // "http://127.0.0.1:PORT", with `userInfo` ("user:password") when given.
    QString url(const QString& userInfo = {}) const;
    // "socks5://127.0.0.1:PORT" (or another scheme, such as socks5h).
    QString socksUrl(const QString& scheme = QStringLiteral("socks5")) const;
    // Only requests with these Basic credentials pass.
    void requireCredentials(const QByteArray& user, const QByteArray& password);
    void setDropTunnels(bool drop) { m_dropTunnels = drop; }
    const QList<Passage>& passages() const { return m_passages; }

private:
    void onNewConnection();
    void onClientData(QTcpSocket* client);
    // The SOCKS5 greeting and CONNECT request in `buffer`, once whole.
    void onSocksData(QTcpSocket* client, const QByteArray& buffer);
    // Connects `client` to the origin at `host`:`port`; `first` is sent to the
    // origin once connected, `answer` to the client.
    void pipe(QTcpSocket* client, const QString& host, quint16 port, const QByteArray& first,
        const QByteArray& answer);

    QTcpServer m_server;
    QByteArray m_credentials; // base64 of user:password, empty when open
    bool m_dropTunnels = false;
    QList<Passage> m_passages;
};
