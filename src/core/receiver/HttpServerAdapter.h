#pragma once

#include <QAbstractHttpServer>

#include <functional>

// Hands every request QtHttpServer parses to one function. LocalReceiver owns
// one only while it listens: constructing a QAbstractHttpServer builds a TLS
// configuration, which loads the TLS backend and OpenSSL (about 13 ms), and the
// window creates its receiver at start without necessarily ever using it.
class HttpServerAdapter : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;

    explicit HttpServerAdapter(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};
