#include "FaultServer.h"

#include "model/HttpHeaders.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

QByteArray FaultServer::Request::header(const QByteArray& name) const
{
    return HttpHeaders::value(headers, name);
}

FaultServer::FaultServer(QObject* parent)
    : QObject(parent)
{
    m_actions = { respond(200) };
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("FaultServer cannot listen on 127.0.0.1");
}

FaultServer::~FaultServer()
{
    // The connections go before the members their handlers use.
    const QList<QTcpSocket*> sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets) {
        socket->disconnect(this);
        delete socket;
    }
}

QString FaultServer::url(const QString& path) const
{
    return u"http://127.0.0.1:"_s + QString::number(port()) + path;
}

void FaultServer::setActions(const QList<Action>& actions)
{
    m_actions = actions;
}

bool FaultServer::waitForRequests(int count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

FaultServer::Action FaultServer::respond(
    int status, const QByteArray& body, const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    bool hasType = false;
    for (const auto& [name, value] : headers) {
        bytes += name + ": " + value + "\r\n";
        hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        bytes += "Content-Type: application/json\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return raw(bytes);
}

FaultServer::Action FaultServer::raw(const QByteArray& bytes)
{
    Action action;
    action.bytes = bytes;
    return action;
}

FaultServer::Action FaultServer::hang()
{
    Action action;
    action.kind = Action::Kind::Hang;
    return action;
}

FaultServer::Action FaultServer::close()
{
    Action action;
    action.kind = Action::Kind::Close;
    return action;
}

FaultServer::Action FaultServer::closeMidBody(qint64 announcedLength, const QByteArray& partialBody)
{
    Action action;
    action.kind = Action::Kind::CloseMidBody;
    action.bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(announcedLength) + "\r\n\r\n";
    action.body = partialBody;
    return action;
}

FaultServer::Action FaultServer::trickle(const QByteArray& body, int intervalMs)
{
    Action action;
    action.kind = Action::Kind::Trickle;
    action.bytes = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n";
    action.body = body;
    action.intervalMs = intervalMs;
    return action;
}

FaultServer::Action FaultServer::delayed(Action action, int delayMs)
{
    action.delayMs = delayMs;
    return action;
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FaultServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    // Requests from HttpClient carry Content-Length, never chunks.
    while (true) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        Request request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            const QByteArray name = lines.at(i).left(colon).trimmed();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            request.headers.append({ name, value });
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + length)
            return;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        request.receivedAtMs = m_clock.elapsed();
        const Action action = m_actions.at(qMin(m_requests.size(), m_actions.size() - 1));
        m_requests.append(request);
        if (action.delayMs > 0) {
            const QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(action.delayMs, this, [this, action, guard] {
                if (guard)
                    perform(action, guard);
            });
        } else {
            perform(action, socket);
        }
    }
}

void FaultServer::perform(const Action& action, QTcpSocket* socket)
{
    switch (action.kind) {
    case Action::Kind::Respond:
        socket->write(action.bytes);
        return;
    case Action::Kind::Hang:
        return;
    case Action::Kind::Close:
        socket->disconnectFromHost();
        return;
    case Action::Kind::CloseMidBody:
        socket->write(action.bytes + action.body);
        socket->flush();
        socket->disconnectFromHost();
        return;
    case Action::Kind::Trickle:
        socket->write(action.bytes);
        trickleNext(socket, action.body, action.intervalMs);
        return;
    }
}

void FaultServer::trickleNext(QTcpSocket* socket, QByteArray rest, int intervalMs)
{
    if (rest.isEmpty())
        return;
    socket->write(rest.left(1));
    const QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(intervalMs, this, [this, guard, rest, intervalMs] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            trickleNext(guard, rest.mid(1), intervalMs);
    });
}
