#include "HttpServerAdapter.h"

#include <QTcpSocket>

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    m_handler(request, socket);
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    // handleRequest() accepts every request; nothing is ever missing.
    socket->close();
}
