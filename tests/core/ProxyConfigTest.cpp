#include "delivery/ProxyConfig.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Which proxy a URL goes through, read from the environment the way curl
// reads it, and the no_proxy rules.
class ProxyConfigTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheVariablesAsCurlDoes_data();
    void readsTheVariablesAsCurlDoes();
    void noProxyEntries_data();
    void noProxyEntries();
    void parsesProxyAddresses_data();
    void parsesProxyAddresses();
    void reportsAVariableThatIsNotAProxy();
    void describesAProxyWithoutItsPassword();

private:
    static QProcessEnvironment environment(const QStringList& assignments);
};

QProcessEnvironment ProxyConfigTest::environment(const QStringList& assignments)
{
    QProcessEnvironment environment;
    for (const QString& assignment : assignments) {
        const qsizetype equals = assignment.indexOf(u'=');
        environment.insert(assignment.left(equals), assignment.mid(equals + 1));
    }
    return environment;
}

void ProxyConfigTest::readsTheVariablesAsCurlDoes_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("proxy");
    QTest::newRow("none") << QStringList() << u"http://a.example/"_s << QString();
    QTest::newRow("http_proxy for http") << QStringList { u"http_proxy=proxy.corp:3128"_s }
                                         << u"http://a.example/"_s << u"http://proxy.corp:3128"_s;
    QTest::newRow("http_proxy is not for https")
        << QStringList { u"http_proxy=proxy.corp:3128"_s } << u"https://a.example/"_s << QString();
    // curl ignores HTTP_PROXY: a CGI program gets it from a request header.
    QTest::newRow("HTTP_PROXY is ignored")
        << QStringList { u"HTTP_PROXY=proxy.corp:3128"_s } << u"http://a.example/"_s << QString();
    QTest::newRow("HTTPS_PROXY") << QStringList { u"HTTPS_PROXY=http://tls.corp:8443"_s }
                                 << u"https://a.example/"_s << u"http://tls.corp:8443"_s;
    QTest::newRow("lowercase first")
        << QStringList { u"https_proxy=low.corp:1"_s, u"HTTPS_PROXY=up.corp:2"_s }
        << u"https://a.example/"_s << u"http://low.corp:1"_s;
    QTest::newRow("all_proxy when the scheme has none")
        << QStringList { u"ALL_PROXY=socks5h://s.corp:9050"_s, u"http_proxy=h.corp:1"_s }
        << u"https://a.example/"_s << u"socks5h://s.corp:9050"_s;
    QTest::newRow("the scheme's own before all_proxy")
        << QStringList { u"all_proxy=s.corp:9"_s, u"http_proxy=h.corp:1"_s }
        << u"http://a.example/"_s << u"http://h.corp:1"_s;
    QTest::newRow("no_proxy") << QStringList { u"http_proxy=h.corp:1"_s, u"no_proxy=a.example"_s }
                              << u"http://a.example/"_s << QString();
    QTest::newRow("NO_PROXY") << QStringList { u"http_proxy=h.corp:1"_s, u"NO_PROXY=a.example"_s }
                              << u"http://a.example/"_s << QString();
    QTest::newRow("empty variables are unset")
        << QStringList { u"https_proxy="_s, u"HTTPS_PROXY=up.corp:2"_s } << u"https://a.example/"_s
        << u"http://up.corp:2"_s;
}

void ProxyConfigTest::readsTheVariablesAsCurlDoes()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, target);
    QFETCH(QString, proxy);
    const ProxyConfig config = ProxyConfig::fromEnvironment(environment(variables));
    QCOMPARE(config.proxyFor(QUrl(target)).toString(), proxy);
    QVERIFY(config.problems().isEmpty());
}

void ProxyConfigTest::noProxyEntries_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("bypassed");
    QTest::newRow("* is every host") << u"*"_s << u"http://a.example/"_s << true;
    QTest::newRow("the host itself") << u"example.com"_s << u"http://example.com/"_s << true;
    QTest::newRow("a name below it") << u"example.com"_s << u"https://api.example.com/"_s << true;
    QTest::newRow("a leading dot is the same")
        << u".example.com"_s << u"http://example.com/"_s << true;
    QTest::newRow("not part of a label") << u"ample.com"_s << u"http://example.com/"_s << false;
    QTest::newRow("not a parent") << u"api.example.com"_s << u"http://example.com/"_s << false;
    QTest::newRow("any case, spaces around")
        << u" other.test , Example.COM "_s << u"http://API.example.com/"_s << true;
    QTest::newRow("an IPv4 address") << u"127.0.0.1"_s << u"http://127.0.0.1:8080/"_s << true;
    QTest::newRow("not another address") << u"127.0.0.1"_s << u"http://127.0.0.2/"_s << false;
    QTest::newRow("an IPv4 range") << u"10.0.0.0/8"_s << u"http://10.20.30.40/"_s << true;
    QTest::newRow("outside the range") << u"10.0.0.0/8"_s << u"http://11.0.0.1/"_s << false;
    QTest::newRow("an IPv6 address") << u"::1"_s << u"http://[::1]:8080/"_s << true;
    QTest::newRow("an IPv6 range") << u"fd00::/8"_s << u"http://[fd12::5]/"_s << true;
    QTest::newRow("a name does not match an address")
        << u"localhost"_s << u"http://127.0.0.1/"_s << false;
    QTest::newRow("host:port on that port")
        << u"example.com:8080"_s << u"http://example.com:8080/"_s << true;
    QTest::newRow("host:port on another port")
        << u"example.com:8080"_s << u"http://example.com/"_s << false;
    QTest::newRow("host:port, the scheme's port")
        << u"example.com:443"_s << u"https://example.com/"_s << true;
    QTest::newRow("[v6]:port") << u"[::1]:8080"_s << u"http://[::1]:8080/"_s << true;
    QTest::newRow("empty entries") << u",,"_s << u"http://example.com/"_s << false;
}

void ProxyConfigTest::noProxyEntries()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, target);
    QFETCH(bool, bypassed);
    const ProxyConfig config = ProxyConfig::manual(QUrl(u"http://proxy.corp:3128"_s), noProxy);
    QCOMPARE(config.bypasses(QUrl(target)), bypassed);
    QCOMPARE(config.proxyFor(QUrl(target)).isEmpty(), bypassed);
}

void ProxyConfigTest::parsesProxyAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("parsed"); // empty: refused
    QTest::newRow("host only: http, port 1080") << u"proxy.corp"_s << u"http://proxy.corp:1080"_s;
    QTest::newRow("with port") << u"proxy.corp:3128"_s << u"http://proxy.corp:3128"_s;
    QTest::newRow("credentials") << u"http://me:s3cret@proxy.corp:3128/"_s
                                 << u"http://me:s3cret@proxy.corp:3128"_s;
    QTest::newRow("socks5") << u"SOCKS5://s.corp:9050"_s << u"socks5://s.corp:9050"_s;
    QTest::newRow("https proxies are not spoken") << u"https://p.corp:443"_s << QString();
    QTest::newRow("no host") << u"http://:3128"_s << QString();
    QTest::newRow("not a URL") << u"http://pro xy"_s << QString();
}

void ProxyConfigTest::parsesProxyAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, parsed);
    QString error;
    const std::optional<QUrl> proxy = ProxyConfig::parseProxy(text, &error);
    QCOMPARE(proxy.has_value(), !parsed.isEmpty());
    if (proxy)
        QCOMPARE(proxy->toString(), parsed);
    else
        QVERIFY2(error.contains(u"proxy"_s), qPrintable(error));
}

void ProxyConfigTest::reportsAVariableThatIsNotAProxy()
{
    const ProxyConfig config
        = ProxyConfig::fromEnvironment(environment({ u"https_proxy=ftp://old.corp:21"_s }));
    QVERIFY(config.proxyFor(QUrl(u"https://a.example/"_s)).isEmpty());
    QCOMPARE(config.problems().size(), 1);
    QVERIFY2(config.problems().first().startsWith(u"https_proxy: "_s),
        qPrintable(config.problems().first()));
}

void ProxyConfigTest::describesAProxyWithoutItsPassword()
{
    QCOMPARE(ProxyConfig::describe(QUrl(u"http://me:s3cret@proxy.corp:3128"_s)),
        u"http://me:***@proxy.corp:3128"_s);
    QCOMPARE(ProxyConfig::describe(QUrl(u"socks5://s.corp:9050"_s)), u"socks5://s.corp:9050"_s);
}

QTEST_GUILESS_MAIN(ProxyConfigTest)
#include "ProxyConfigTest.moc"
