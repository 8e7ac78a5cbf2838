#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

class QTcpSocket;

// An HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose: it answers
// request after request by a list of actions (the last repeats) — a raw
// response, a delay, never answering, closing the connection, closing in the
// middle of a body, or trickling a body byte by byte — and records every
// request exactly as it arrived.
class FaultServer : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        enum class Kind { Respond, Hang, Close, CloseMidBody, Trickle };
        Kind kind = Kind::Respond;
        // Respond: the whole response; CloseMidBody and Trickle: the head
        // (status line and headers) sent before the body.
        QByteArray bytes;
        // CloseMidBody: the part of the body sent before closing; Trickle:
        // the body, sent one byte every `intervalMs`.
        QByteArray body;
        int intervalMs = 0;
        int delayMs = 0;
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 receivedAtMs = 0; // since the server started

        QByteArray header(const QByteArray& name) const;
    };

    explicit FaultServer(QObject* parent = nullptr);
    ~FaultServer() override;

    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString& path = QStringLiteral("/")) const;
    void setActions(const QList<Action>& actions);
    const QList<Request>& requests() const { return m_requests; }
    bool waitForRequests(int count, int timeoutMs = 5000);

    static Action respond(int status, const QByteArray& body = "{}",
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static Action raw(const QByteArray& bytes);
    static Action hang();
    static Action close();
    static Action closeMidBody(qint64 announcedLength, const QByteArray& partialBody);
    static Action trickle(const QByteArray& body, int intervalMs);
    static Action delayed(Action action, int delayMs);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void perform(const Action& action, QTcpSocket* socket);
    void trickleNext(QTcpSocket* socket, QByteArray rest, int intervalMs);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<Action> m_actions;
    QList<Request> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
