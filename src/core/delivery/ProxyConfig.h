#pragma once

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QUrl>

#include <optional>

// Which proxy a request goes through, read as curl reads it: http_proxy for
// http:// URLs (only the lowercase name, as curl does since the "httpoxy"
// attacks), https_proxy or HTTPS_PROXY for https://, all_proxy or ALL_PROXY
// for both when those are unset, and no_proxy or NO_PROXY for the hosts that
// go direct. A proxy without a scheme is http://; without a port, 1080
// (curl's default); http://, socks5:// and socks5h:// are understood, with
// user:password@ for the credentials.
//
// A no_proxy entry is "*" (every host), a host name that matches itself and
// every name below it (a leading dot is the same: ".example.com" and
// "example.com" both cover api.example.com), an IP address, an IPv4 or IPv6
// range in CIDR notation, or any of these with ":port" to go direct only on
// that port (an extension of curl's rules, which ignore ports).
class ProxyConfig
{
    Q_DECLARE_TR_FUNCTIONS(ProxyConfig)

public:
    // No proxy at all.
    ProxyConfig() = default;
    static ProxyConfig fromEnvironment(
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());
    // One proxy for every scheme (curl's --proxy), with its own exceptions.
    static ProxyConfig manual(const QUrl& proxy, const QString& noProxy = {});

    // `text` as a proxy URL, or nullopt with the reason in `error`.
    static std::optional<QUrl> parseProxy(const QString& text, QString* error);

    // Replaces the hosts that go direct (curl's --noproxy over no_proxy).
    void setNoProxy(const QString& list);

    // The proxy for `target`, or an empty URL when it goes direct.
    QUrl proxyFor(const QUrl& target) const;
    bool bypasses(const QUrl& target) const;
    bool isDirect() const { return m_http.isEmpty() && m_https.isEmpty(); }
    // Problems met reading the environment (a proxy that is not a URL),
    // each naming its variable; such a proxy is not used.
    const QStringList& problems() const { return m_problems; }

    // "http://user:***@host:port" for showing where a request went.
    static QString describe(const QUrl& proxy);
    // What a 407 from `proxy` means: credentials missing, or refused.
    static QString authenticationProblem(const QUrl& proxy);

private:
    static bool matches(const QString& entry, const QString& host, int port);

    QUrl m_http;
    QUrl m_https;
    QStringList m_noProxy;
    QStringList m_problems;
};
