#include "ProxyConfig.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {
constexpr int kDefaultProxyPort = 1080;

// The first of `names` that is set (to anything but empty), and its name.
std::pair<QString, QString> firstSet(
    const QProcessEnvironment& environment, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString value = environment.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return { QString::fromLatin1(name), value };
    }
    return {};
}
} // namespace

std::optional<QUrl> ProxyConfig::parseProxy(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed.contains(u"://"_s) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\"%1\" is not a proxy address such as http://proxy.example:3128.").arg(text);
        return std::nullopt;
    }
    if (scheme != u"http"_s && scheme != u"socks5"_s && scheme != u"socks5h"_s) {
        *error = tr("The proxy scheme \"%1\" is not supported: use http://, socks5:// or "
                    "socks5h://.")
                     .arg(url.scheme());
        return std::nullopt;
    }
    url.setScheme(scheme);
    if (url.port() < 0)
        url.setPort(kDefaultProxyPort);
    url.setPath(QString());
    return url;
}

ProxyConfig ProxyConfig::fromEnvironment(const QProcessEnvironment& environment)
{
    ProxyConfig config;
    const auto read = [&](std::initializer_list<const char*> names) -> QUrl {
        const auto [name, value] = firstSet(environment, names);
        if (value.isEmpty())
            return {};
        QString error;
        if (const std::optional<QUrl> proxy = parseProxy(value, &error))
            return *proxy;
        config.m_problems.append(tr("%1: %2").arg(name, error));
        return {};
    };
    const QUrl all = read({ "all_proxy", "ALL_PROXY" });
    config.m_http = read({ "http_proxy" });
    config.m_https = read({ "https_proxy", "HTTPS_PROXY" });
    if (config.m_http.isEmpty())
        config.m_http = all;
    if (config.m_https.isEmpty())
        config.m_https = all;
    config.setNoProxy(firstSet(environment, { "no_proxy", "NO_PROXY" }).second);
    return config;
}

ProxyConfig ProxyConfig::manual(const QUrl& proxy, const QString& noProxy)
{
    ProxyConfig config;
    config.m_http = proxy;
    config.m_https = proxy;
    config.setNoProxy(noProxy);
    return config;
}

void ProxyConfig::setNoProxy(const QString& list)
{
    m_noProxy.clear();
    for (const QString& entry : list.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = entry.trimmed().toLower();
        if (!trimmed.isEmpty())
            m_noProxy.append(trimmed);
    }
}

QUrl ProxyConfig::proxyFor(const QUrl& target) const
{
    const QUrl& proxy
        = target.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? m_https : m_http;
    if (proxy.isEmpty() || bypasses(target))
        return {};
    return proxy;
}

bool ProxyConfig::bypasses(const QUrl& target) const
{
    const QString host = target.host().toLower();
    const int port
        = target.port(target.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0 ? 443 : 80);
    return std::any_of(m_noProxy.begin(), m_noProxy.end(),
        [&](const QString& entry) { return matches(entry, host, port); });
}

bool ProxyConfig::matches(const QString& entry, const QString& host, int port)
{
    if (entry == u"*"_s)
        return true;
    QString pattern = entry;
    // "host:port" and "[v6]:port" name one port; a bare IPv6 address has
    // colons of its own.
    const qsizetype colon = pattern.lastIndexOf(u':');
    const bool bracketed = pattern.startsWith(u'[');
    if (colon > 0 && (bracketed || pattern.count(u':') == 1)) {
        bool numeric = false;
        const int entryPort = pattern.mid(colon + 1).toInt(&numeric);
        if (numeric) {
            if (entryPort != port)
                return false;
            pattern.truncate(colon);
        }
    }
    if (bracketed && pattern.endsWith(u']'))
        pattern = pattern.mid(1, pattern.size() - 2);

    const QHostAddress address(host);
    if (pattern.contains(u'/')) {
        const QPair<QHostAddress, int> range = QHostAddress::parseSubnet(pattern);
        return !address.isNull() && range.second >= 0 && address.isInSubnet(range);
    }
    if (!address.isNull())
        return address.isEqual(QHostAddress(pattern));
    while (pattern.startsWith(u'.'))
        pattern.remove(0, 1);
    return !pattern.isEmpty() && (host == pattern || host.endsWith(u'.' + pattern));
}

QString ProxyConfig::describe(const QUrl& proxy)
{
    if (proxy.isEmpty())
        return QString();
    QString text = proxy.scheme() + u"://"_s;
    if (!proxy.userName().isEmpty())
        text += proxy.userName() + (proxy.password().isEmpty() ? QString() : u":***"_s) + u'@';
    return text + proxy.host() + u':' + QString::number(proxy.port());
}

QString ProxyConfig::authenticationProblem(const QUrl& proxy)
{
    return proxy.userName().isEmpty()
        ? tr("The proxy %1 asks for credentials (407); the endpoint was not reached. Give a "
             "user name and password: in the proxy address as user:password@, or in Preferences "
             "› Network.")
              .arg(describe(proxy))
        : tr("The proxy %1 refused the credentials given (407); the endpoint was not reached.")
              .arg(describe(proxy));
}
