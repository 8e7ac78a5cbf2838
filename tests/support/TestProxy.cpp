#include "TestProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QUrl>
#include <QtEndian>

using namespace Qt::StringLiterals;

TestProxy::TestProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestProxy::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestProxy::url(const QString& userInfo) const
{
    return u"http://"_s + (userInfo.isEmpty() ? QString() : userInfo + u'@') + u"127.0.0.1:"_s
        + QString::number(port());
}

QString TestProxy::socksUrl(const QString& scheme) const
{
    return scheme + u"://127.0.0.1:"_s + QString::number(port());
}

void TestProxy::requireCredentials(const QByteArray& user, const QByteArray& password)
{
    m_credentials = QByteArray(user + ':' + password).toBase64();
}

void TestProxy::onNewConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }
}

void TestProxy::onClientData(QTcpSocket* client)
{
    // Until the head is whole; after that the socket is the pipe's.
    QByteArray buffer = client->property("buffer").toByteArray() + client->readAll();
    if (buffer.startsWith('\x05')) {
        onSocksData(client, buffer);
        return;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        client->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    Passage passage { requestLine.value(0), requestLine.value(1), {}, false };
    for (const QByteArray& line : lines.mid(1)) {
        if (line.toLower().startsWith("proxy-authorization:"))
            passage.proxyAuthorization = line.mid(line.indexOf(':') + 1).trimmed();
    }
    passage.admitted
        = m_credentials.isEmpty() || passage.proxyAuthorization == "Basic " + m_credentials;
    m_passages.append(passage);
    client->setProperty("buffer", QByteArray());
    if (!passage.admitted) {
        // As real proxies do, the connection stays open for a try with
        // credentials.
        client->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                      "Proxy-Authenticate: Basic realm=\"tests\"\r\n"
                      "Content-Length: 0\r\n\r\n");
        return;
    }
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    if (passage.method == "CONNECT") {
        if (m_dropTunnels) {
            client->abort();
            return;
        }
        const QList<QByteArray> hostPort = passage.target.split(':');
        pipe(client, QString::fromLatin1(hostPort.value(0)), quint16(hostPort.value(1).toUInt()),
            buffer.mid(headEnd + 4), "HTTP/1.1 200 Connection established\r\n\r\n");
        return;
    }
    // The origin hears the request in origin form, without the proxy's
    // credentials.
    const QUrl target(QString::fromLatin1(passage.target));
    QByteArray forwarded = passage.method + ' ' + target.path(QUrl::FullyEncoded).toLatin1()
        + (target.hasQuery() ? '?' + target.query(QUrl::FullyEncoded).toLatin1() : QByteArray())
        + " HTTP/1.1\r\n";
    for (const QByteArray& line : lines.mid(1)) {
        if (!line.toLower().startsWith("proxy-authorization:"))
            forwarded += line.trimmed() + "\r\n";
    }
    forwarded += "\r\n" + buffer.mid(headEnd + 4);
    pipe(client, target.host(), quint16(target.port(80)), forwarded, QByteArray());
}

void TestProxy::onSocksData(QTcpSocket* client, const QByteArray& buffer)
{
    // Greeting: 05 n methods…; request: 05 01 00 type address port.
    const auto keep = [client, &buffer] { client->setProperty("buffer", buffer); };
    const int methods = buffer.size() > 1 ? quint8(buffer.at(1)) : -1;
    const qsizetype request = 2 + methods;
    if (methods < 0 || buffer.size() < request) {
        keep();
        return;
    }
    if (!client->property("greeted").toBool()) {
        client->write(QByteArray("\x05\x00", 2)); // no authentication
        client->setProperty("greeted", true);
    }
    if (buffer.size() < request + 5) {
        keep();
        return;
    }
    const char type = buffer.at(request + 3);
    const qsizetype addressLength = type == '\x01' ? 4
        : type == '\x04'                           ? 16
                                                   : quint8(buffer.at(request + 4)) + 1;
    const qsizetype end = request + 4 + addressLength + 2;
    if (buffer.size() < end) {
        keep();
        return;
    }
    const QByteArray address = buffer.mid(request + 4, addressLength);
    QString host;
    if (type == '\x03') {
        host = QString::fromLatin1(address.mid(1));
    } else if (type == '\x01') {
        host = QHostAddress(qFromBigEndian<quint32>(address.constData())).toString();
    } else {
        host = QHostAddress(reinterpret_cast<const quint8*>(address.constData())).toString();
    }
    const quint16 port = quint16((quint8(buffer.at(end - 2)) << 8) | quint8(buffer.at(end - 1)));
    m_passages.append({ "SOCKS5", host.toLatin1() + ':' + QByteArray::number(port), {}, true });
    client->setProperty("buffer", QByteArray());
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    // Succeeded, bound to 0.0.0.0:0 (clients do not use it).
    pipe(client, host, port, buffer.mid(end), QByteArray("\x05\x00\x00\x01\0\0\0\0\0\0", 10));
}

void TestProxy::pipe(QTcpSocket* client, const QString& host, quint16 port, const QByteArray& first,
    const QByteArray& answer)
{
    auto* origin = new QTcpSocket(client);
    connect(origin, &QTcpSocket::connected, client, [client, origin, first, answer] {
        if (!answer.isEmpty())
            client->write(answer);
        if (!first.isEmpty())
            origin->write(first);
        origin->write(client->readAll());
    });
    connect(origin, &QTcpSocket::readyRead, client,
        [client, origin] { client->write(origin->readAll()); });
    connect(client, &QTcpSocket::readyRead, origin, [client, origin] {
        if (origin->state() == QAbstractSocket::ConnectedState)
            origin->write(client->readAll());
    });
    connect(origin, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(origin, &QTcpSocket::errorOccurred, client, [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, origin, &QTcpSocket::disconnectFromHost);
    origin->connectToHost(host, port);
}
