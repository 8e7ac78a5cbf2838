#include "HttpRequest.h"

#include "model/HttpSyntax.h"

using namespace Qt::StringLiterals;

namespace {
bool named(const QByteArray& field, QByteArrayView name)
{
    return field.compare(name, Qt::CaseInsensitive) == 0;
}
} // namespace

bool HttpRequest::isHttps() const
{
    return url.scheme().compare(u"https"_s, Qt::CaseInsensitive) == 0;
}

bool HttpRequest::forwardsToProxy() const
{
    return !proxy.isEmpty() && proxy.scheme() == u"http"_s && !isHttps();
}

QString HttpRequest::problem() const
{
    for (const auto& [name, value] : headers) {
        const QString field = QString::fromLatin1(name);
        if (!HttpSyntax::isToken(field))
            return tr("The header name \"%1\" is not a valid HTTP field name.").arg(field);
        const qsizetype bad = HttpSyntax::forbiddenHeaderValueCharacter(QString::fromLatin1(value));
        if (bad >= 0) {
            return tr("The value of the header %1 holds %2, which would split the request.")
                .arg(field, HttpSyntax::describeCharacter(QLatin1Char(value.at(bad))));
        }
    }
    return QString();
}

QByteArray HttpRequest::head() const
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    if (forwardsToProxy()) {
        target = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                        | QUrl::RemoveFragment)
                     .toEncoded()
            + target;
    }

    QByteArray head = method + ' ' + target + " HTTP/1.1\r\n";
    if (forwardsToProxy() && !proxy.userName().isEmpty()) {
        const QByteArray credentials = proxy.userName(QUrl::FullyDecoded).toUtf8() + ':'
            + proxy.password(QUrl::FullyDecoded).toUtf8();
        head += "Proxy-Authorization: Basic " + credentials.toBase64() + "\r\n";
    }
    const bool hostGiven = std::any_of(headers.begin(), headers.end(),
        [](const auto& header) { return named(header.first, "Host"); });
    if (!hostGiven) {
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']'; // an IPv6 address
        if (port() != defaultPort())
            host += ':' + QByteArray::number(port());
        head += "Host: " + host + "\r\n";
    }
    const bool authorizationGiven = std::any_of(headers.begin(), headers.end(),
        [](const auto& header) { return named(header.first, "Authorization"); });
    if (!authorizationGiven && !url.userName().isEmpty()) {
        const QByteArray credentials = url.userName(QUrl::FullyDecoded).toUtf8() + ':'
            + url.password(QUrl::FullyDecoded).toUtf8();
        head += "Authorization: Basic " + credentials.toBase64() + "\r\n";
    }
    for (const auto& [name, value] : headers) {
        if (!named(name, "Content-Length") && !named(name, "Transfer-Encoding"))
            head += name + ": " + value + "\r\n";
    }
    // A POST, PUT or PATCH says its length even when it is zero.
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "\r\n";
    return head;
}
