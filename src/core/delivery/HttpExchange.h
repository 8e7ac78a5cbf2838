#pragma once

#include "HttpRequest.h"
#include "HttpResponseParser.h"
#include "PhaseTimings.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>

class HttpClient;
class QTcpSocket;

// One request and its response over a connection of HttpClient's: a new one,
// or an idle one it kept. The body is read by the caller in pieces; at most
// kBufferBytes of it wait here, and while they do the socket is not read, so
// a large answer is held back by TCP instead of piling up in memory.
//
// A kept connection may have been closed by the server while it was idle; if
// it ends before a byte of the response, the request goes again once on a
// new connection, as browsers and curl do.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        ConnectionRefused,
        HostNotFound,
        ConnectionClosed, // before the response was complete
        TlsFailed,
        InvalidRequest, // the request cannot be written as it is
        InvalidResponse,
        Network, // any other socket error
        Proxy, // the proxy refused, asked for credentials or dropped the tunnel
        Aborted,
    };

    static constexpr qint64 kBufferBytes = 4 * 1024 * 1024;
    static constexpr qint64 kReadPieceBytes = 256 * 1024;

    ~HttpExchange() override;

    void start();
    // Ends the exchange at once; finished() is emitted before this returns.
    void abort();

    // The request as it goes out, with the proxy the client chose for it.
    const HttpRequest& request() const { return m_request; }
    bool hasHead() const { return m_parser.hasHead(); }
    const HttpResponseParser::Head& head() const { return m_parser.head(); }
    // The body's announced length, or -1.
    qint64 announcedLength() const { return m_parser.announcedLength(); }
    qint64 bytesAvailable() const { return m_parser.bodyAvailable(); }
    QByteArray read(qint64 max);

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    const QString& errorString() const { return m_errorString; }
    // Certificate problems met during the handshake, ignored or not.
    const QList<QSslError>& sslErrors() const { return m_sslErrors; }
    // The server's own certificate, when its chain had problems.
    const QSslCertificate& peerCertificate() const { return m_peerCertificate; }
    bool reusedConnection() const { return m_reused; }
    // When each phase ended (lookup, connect, handshake, sent, first and
    // last byte), measured from start().
    const PhaseTimings& timings() const { return m_timings; }
    // The proxy the request went through; empty when direct.
    const QUrl& proxy() const { return m_request.proxy; }

signals:
    void headReceived();
    void readyRead();
    void progress(qint64 bytesReceived, qint64 bytesTotal);
    // The response is complete or the exchange failed; unread body bytes
    // may remain.
    void finished();

private:
    friend class HttpClient;
    HttpExchange(HttpClient* client, const HttpRequest& request);

    void attach(QTcpSocket* socket, bool reused);
    void watchPhases(QTcpSocket* socket);
    void mark(PhaseTimings::Phase phase);
    void send();
    void schedulePump();
    void pump();
    void readSocket();
    bool emitProgress();
    void onPeerClosed();
    void onSocketError(QAbstractSocket::SocketError error);
    // What went wrong at the proxy, or empty when `error` is not its.
    QString describeProxyError(QAbstractSocket::SocketError error) const;
    void onSslErrors(const QList<QSslError>& errors);
    // Whether the request may go again on a new connection.
    bool retryOnNewConnection();
    void releaseSocket(bool keep);
    void finish(Error error, const QString& reason);

    QPointer<HttpClient> m_client;
    HttpRequest m_request;
    HttpResponseParser m_parser;
    QTcpSocket* m_socket = nullptr;
    bool m_reused = false;
    bool m_retried = false;
    bool m_received = false; // a byte of the response arrived
    bool m_peerClosed = false;
    bool m_extraBytes = false; // bytes after the response: the connection is not reused
    bool m_pumpScheduled = false;
    bool m_headAnnounced = false;
    bool m_finished = false;
    qint64 m_reportedBytes = -1;
    Error m_error = Error::None;
    QString m_errorString;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_peerCertificate;
    QElapsedTimer m_clock;
    PhaseTimings m_timings;
    qint64 m_unwritten = 0; // bytes of the request not yet handed to the network
};
