#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QUrl>

// A request for HttpClient: what goes on the wire, and how strict TLS is.
struct HttpRequest
{
    Q_DECLARE_TR_FUNCTIONS(HttpRequest)

public:
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Go on despite certificate errors (they are still reported).
    bool ignoreTlsErrors = false;
    // The proxy to go through (ProxyConfig::proxyFor), or empty for a direct
    // connection.
    QUrl proxy;

    bool isHttps() const;
    // Plain HTTP through an HTTP proxy goes to the proxy as an absolute URL
    // (as curl sends it); HTTPS and SOCKS go through a tunnel to the origin.
    bool forwardsToProxy() const;
    // The scheme's own port (443 or 80), and the URL's port or that one.
    int defaultPort() const { return isHttps() ? 443 : 80; }
    int port() const { return url.port(defaultPort()); }
    // Why the request cannot be written as it is (a field name that is not a
    // token, a value with CR, LF or NUL that would split the head), or an
    // empty string. Templates are checked long before; this is the last
    // guard before the wire, for every caller.
    QString problem() const;
    // The request line and header block, ending in the empty line. Host and
    // Content-Length are the client's to write: a Host header of the request
    // replaces the URL's, a Content-Length or Transfer-Encoding of it is left
    // out (a wrong one would desynchronise the connection). Sent to a proxy,
    // the target is the absolute URL, with the proxy's credentials.
    QByteArray head() const;
};
