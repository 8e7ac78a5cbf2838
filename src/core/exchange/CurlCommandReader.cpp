#include "CurlCommandReader.h"

#include "CurlOption.h"
#include "model/HttpSyntax.h"
#include "model/Limits.h"
#include "templating/TemplateParser.h"

#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

// Messages are translated as CurlImporter's, so the existing translations still apply.

namespace {
// As --data-urlencode encodes: everything but the unreserved characters,
// with a space as +.
QString urlEncode(const QString& text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding(" ")).replace(u' ', u'+');
}

bool isSecretHeader(const QString& name)
{
    static const QStringList exact { u"authorization"_s, u"proxy-authorization"_s, u"cookie"_s };
    static const QStringList parts { u"token"_s, u"secret"_s, u"key"_s, u"signature"_s,
        u"password"_s, u"auth"_s };
    const QString lower = name.toLower();
    return exact.contains(lower)
        || std::any_of(parts.cbegin(), parts.cend(),
            [&](const QString& part) { return lower.contains(part); });
}

BodyContentType contentTypeOf(const QString& mimeType)
{
    if (mimeType.contains(u"json"_s, Qt::CaseInsensitive))
        return BodyContentType::Json;
    if (mimeType.contains(u"x-www-form-urlencoded"_s, Qt::CaseInsensitive))
        return BodyContentType::Form;
    return BodyContentType::Text;
}
} // namespace

CurlImporter::Result CurlCommandReader::read(const QStringList& words)
{
    CurlCommandReader reader;
    return reader.run(words);
}

CurlImporter::Result CurlCommandReader::run(const QStringList& words)
{
    for (m_index = 1; m_index < words.size(); ++m_index) {
        const QString& word = words.at(m_index);
        if (m_afterOptions || !word.startsWith(u'-') || word == u"-"_s) {
            addUrl(word);
        } else if (word == u"--"_s) {
            m_afterOptions = true;
        } else if (word.startsWith(u"--"_s)) {
            readLong(words, word.mid(2));
        } else {
            readShorts(words, word.mid(1));
        }
    }
    return finish();
}

void CurlCommandReader::error(const QString& option, const QString& code, const QString& message)
{
    m_result.problems.append(Problem::error(option, code, message));
}

void CurlCommandReader::warning(const QString& option, const QString& code, const QString& message)
{
    m_result.problems.append(Problem::warning(option, code, message));
}

std::optional<QString> CurlCommandReader::nextArgument(
    const QStringList& words, const QString& option)
{
    if (m_index + 1 >= words.size()) {
        error(option, u"curl.argument"_s, CurlImporter::tr("%1 needs a value.").arg(option));
        return std::nullopt;
    }
    return words.at(++m_index);
}

void CurlCommandReader::readLong(const QStringList& words, const QString& name)
{
    const QString option = u"--"_s + name;
    const CurlOption* known = CurlOption::findLong(name);
    if (!known) {
        // --no-buffer and the like switch things off: nothing to send.
        if (!name.startsWith(u"no-"_s) || !CurlOption::findLong(name.mid(3))) {
            warning(option, u"curl.unknown-option"_s,
                CurlImporter::tr("%1 is not known here and was ignored.").arg(option));
        }
        return;
    }
    if (!known->takesArgument) {
        apply(*known, option, {});
    } else if (const std::optional<QString> argument = nextArgument(words, option)) {
        apply(*known, option, *argument);
    }
}

void CurlCommandReader::readShorts(const QStringList& words, const QString& cluster)
{
    for (qsizetype i = 0; i < cluster.size(); ++i) {
        const QString option = u'-' + QString(cluster.at(i));
        const CurlOption* known = CurlOption::findShort(cluster.at(i));
        if (!known) {
            warning(option, u"curl.unknown-option"_s,
                CurlImporter::tr("%1 is not known here and was ignored.").arg(option));
            continue;
        }
        if (!known->takesArgument) {
            apply(*known, option, {});
            continue;
        }
        const QString attached = cluster.mid(i + 1);
        if (!attached.isEmpty())
            apply(*known, option, attached);
        else if (const std::optional<QString> argument = nextArgument(words, option))
            apply(*known, option, *argument);
        return;
    }
}

void CurlCommandReader::apply(
    const CurlOption& known, const QString& option, const QString& argument)
{
    using Kind = CurlOption::Kind;
    switch (known.kind) {
    case Kind::Method:
        m_method = argument;
        m_methodOption = option;
        break;
    case Kind::Header:
        addHeader(option, argument);
        break;
    case Kind::Data:
    case Kind::DataBinary:
        addData(option, argument);
        break;
    case Kind::DataRaw:
        m_data.append({ argument });
        break;
    case Kind::DataUrlencode:
        addUrlencoded(option, argument);
        break;
    case Kind::Json:
        addJson(option, argument);
        break;
    case Kind::User:
        addUser(option, argument);
        break;
    case Kind::Get:
        m_get = true;
        break;
    case Kind::Head:
        importHeadAsGet(option);
        break;
    case Kind::UserAgent:
        m_implied.append({ u"User-Agent"_s, argument });
        break;
    case Kind::Referer:
        m_implied.append(
            { u"Referer"_s, argument.endsWith(u";auto"_s) ? argument.chopped(5) : argument });
        break;
    case Kind::Cookie:
        addCookie(option, argument);
        break;
    case Kind::Compressed:
        break; // responses are always accepted compressed and unpacked
    case Kind::Insecure:
        m_webhook.delivery.allowInsecureTls = true;
        break;
    case Kind::Location:
        warning(option, u"curl.location"_s,
            CurlImporter::tr("Webhooks never follow redirects: an answer of 3xx counts as a "
                             "failed attempt."));
        break;
    case Kind::MaxTime:
        m_maxTime = seconds(option, argument);
        break;
    case Kind::ConnectTimeout:
        m_connectTimeout = seconds(option, argument);
        break;
    case Kind::Retry:
        setRetries(option, argument);
        break;
    case Kind::Url:
        addUrl(argument);
        break;
    case Kind::Form:
        formNotImported(option);
        break;
    case Kind::Bearer:
        m_implied.append({ u"Authorization"_s, u"Bearer "_s + argument });
        break;
    case Kind::UploadFile:
        fileNotImported(option, argument);
        break;
    case Kind::Quiet:
        break;
    case Kind::Ignored:
        ignoreConnectionOption(option);
        break;
    }
}

void CurlCommandReader::fileNotImported(const QString& option, const QString& argument)
{
    error(option, u"curl.file"_s,
        CurlImporter::tr("%1 %2 reads a file (or standard input), which cannot be imported; "
                         "paste its content instead.")
            .arg(option, argument));
}

void CurlCommandReader::formNotImported(const QString& option)
{
    error(option, u"curl.form"_s,
        CurlImporter::tr("Multipart forms (%1) cannot be imported: a webhook sends a JSON, "
                         "form-encoded or text body.")
            .arg(option));
}

void CurlCommandReader::addHeader(const QString& option, const QString& header)
{
    if (header.startsWith(u'@')) {
        fileNotImported(option, header);
        return;
    }
    const qsizetype colon = header.indexOf(u':');
    const qsizetype semicolon = header.indexOf(u';');
    if (colon < 0 && semicolon == header.size() - 1 && semicolon > 0) {
        // "Name;" sends the header with an empty value.
        m_headers.append({ header.chopped(1).trimmed(), QString() });
        return;
    }
    if (colon <= 0) {
        error(option, u"curl.header"_s,
            CurlImporter::tr("\"%1\" is not a header: expected Name: value.").arg(header));
        return;
    }
    const QString name = header.left(colon).trimmed();
    const QString value = header.mid(colon + 1).trimmed();
    if (!HttpSyntax::isToken(name)) {
        error(option, u"curl.header-name"_s,
            CurlImporter::tr("\"%1\" is not a valid header name.").arg(name));
        return;
    }
    if (value.isEmpty()) {
        // "Name:" only stops curl from sending a header of its own.
        m_removed.append(name.toLower());
        return;
    }
    m_headers.append({ name, value });
}

void CurlCommandReader::addData(const QString& option, const QString& argument)
{
    if (argument.startsWith(u'@')) {
        fileNotImported(option, argument);
        return;
    }
    m_data.append({ argument });
}

void CurlCommandReader::addJson(const QString& option, const QString& argument)
{
    if (argument.startsWith(u'@')) {
        fileNotImported(option, argument);
        return;
    }
    m_data.append({ argument, true });
    m_json = true;
}

void CurlCommandReader::addUrlencoded(const QString& option, const QString& argument)
{
    const qsizetype equals = argument.indexOf(u'=');
    const qsizetype at = argument.indexOf(u'@');
    if (at >= 0 && (equals < 0 || at < equals)) {
        fileNotImported(option, argument);
        return;
    }
    if (equals < 0) {
        m_data.append({ urlEncode(argument) });
    } else if (equals == 0) {
        m_data.append({ urlEncode(argument.mid(1)) });
    } else {
        m_data.append({ argument.left(equals) + u'=' + urlEncode(argument.mid(equals + 1)) });
    }
}

void CurlCommandReader::addUser(const QString& option, const QString& argument)
{
    QString credentials = argument;
    if (!argument.contains(u':')) {
        warning(option, u"curl.password"_s,
            CurlImporter::tr("%1 gives no password (curl would ask for one); an empty "
                             "password was imported.")
                .arg(option));
        credentials += u':';
    }
    m_implied.append(
        { u"Authorization"_s, u"Basic "_s + QString::fromLatin1(credentials.toUtf8().toBase64()) });
}

void CurlCommandReader::addCookie(const QString& option, const QString& argument)
{
    if (!argument.contains(u'=')) {
        warning(option, u"curl.cookie-file"_s,
            CurlImporter::tr("%1 %2 names a cookie file, which was not read.")
                .arg(option, argument));
        return;
    }
    m_cookies.append(argument);
}

void CurlCommandReader::importHeadAsGet(const QString& option)
{
    m_head = true;
    warning(option, u"curl.head"_s,
        CurlImporter::tr("Webhooks send GET, POST, PUT or DELETE; this HEAD request was "
                         "imported as GET."));
}

void CurlCommandReader::ignoreConnectionOption(const QString& option)
{
    warning(option, u"curl.ignored"_s,
        CurlImporter::tr("%1 changes how curl connects and was ignored: webhooks are "
                         "sent with the app's own network settings.")
            .arg(option));
}

std::optional<double> CurlCommandReader::seconds(const QString& option, const QString& argument)
{
    bool ok = false;
    const double value = argument.toDouble(&ok);
    if (!ok || value <= 0) {
        error(option, u"curl.seconds"_s,
            CurlImporter::tr("%1 %2 is not a number of seconds.").arg(option, argument));
        return std::nullopt;
    }
    if (value < Limits::kMinTimeoutSeconds || value > Limits::kMaxTimeoutSeconds) {
        warning(option, u"curl.timeout-range"_s,
            CurlImporter::tr("%1 %2 is outside the %3 to %4 seconds an attempt may take; "
                             "the nearest was used.")
                .arg(option, argument)
                .arg(Limits::kMinTimeoutSeconds)
                .arg(Limits::kMaxTimeoutSeconds));
    }
    return qBound(Limits::kMinTimeoutSeconds, value, Limits::kMaxTimeoutSeconds);
}

void CurlCommandReader::setRetries(const QString& option, const QString& argument)
{
    bool ok = false;
    const int retries = argument.toInt(&ok);
    if (!ok || retries < 0) {
        error(option, u"curl.retry"_s,
            CurlImporter::tr("%1 %2 is not a number of retries.").arg(option, argument));
        return;
    }
    m_webhook.delivery.retryLimit = qMin(retries, Limits::kMaxRetryLimit);
}

void CurlCommandReader::addUrl(const QString& url)
{
    if (!m_url.isEmpty()) {
        warning(u"URL"_s, u"curl.more-urls"_s,
            CurlImporter::tr("Only the first URL was imported; %1 was left out.").arg(url));
        return;
    }
    m_url = url;
}

QString CurlCommandReader::header(QStringView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool CurlCommandReader::hasHeader(QStringView name) const
{
    return std::any_of(m_headers.cbegin(), m_headers.cend(),
        [&](const auto& pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

QString CurlCommandReader::joinedData() const
{
    QString body;
    for (qsizetype i = 0; i < m_data.size(); ++i) {
        // --json pieces are concatenated, -d pieces joined with &.
        if (i > 0 && !(m_data.at(i).json && m_data.at(i - 1).json))
            body += u'&';
        body += m_data.at(i).text;
    }
    return body;
}

bool CurlCommandReader::setMethod()
{
    if (!m_method.isEmpty()) {
        const std::optional<HttpMethod> method = httpMethodFromName(m_method);
        if (!method) {
            error(m_methodOption, u"curl.method"_s,
                CurlImporter::tr("Webhooks send GET, POST, PUT or DELETE; %1 cannot be "
                                 "imported.")
                    .arg(m_method));
            return false;
        }
        m_webhook.method = *method;
        return true;
    }
    m_webhook.method = (m_get || m_head || m_data.isEmpty()) ? HttpMethod::Get : HttpMethod::Post;
    return true;
}

bool CurlCommandReader::setUrl(const QString& query)
{
    if (m_url.isEmpty()) {
        error(u"URL"_s, u"curl.no-url"_s, CurlImporter::tr("The command has no URL."));
        return false;
    }
    QString url = urlWithScheme();
    if (!query.isEmpty())
        url += (url.contains(u'?') ? u'&' : u'?') + query;
    if (!HttpSyntax::isHttpUrl(QUrl(url, QUrl::TolerantMode))) {
        error(u"URL"_s, u"curl.url"_s,
            CurlImporter::tr("\"%1\" is not an http:// or https:// URL.").arg(m_url));
        return false;
    }
    m_webhook.url = TemplateParser::escapeLiteral(url);
    return true;
}

QString CurlCommandReader::urlWithScheme() const
{
    return m_url.contains(u"://"_s) ? m_url : u"http://"_s + m_url;
}

void CurlCommandReader::setName()
{
    const QUrl url(urlWithScheme());
    const QString path = url.path() == u"/"_s ? QString() : url.path();
    m_webhook.name = QString(url.host() + path).left(60);
    if (m_webhook.name.isEmpty())
        m_webhook.name = CurlImporter::tr("Imported webhook");
}

void CurlCommandReader::setHeadersAndBody()
{
    // What curl adds from -u, -A, -e, -b and --oauth2-bearer, unless a
    // -H of the same name replaces it.
    QList<std::pair<QString, QString>> headers = m_headers;
    for (const auto& [name, value] : m_implied) {
        if (!hasHeader(name) && !m_removed.contains(name.toLower()))
            headers.append({ name, value });
    }
    if (!m_cookies.isEmpty() && !hasHeader(u"Cookie"))
        headers.append({ u"Cookie"_s, m_cookies.join(u"; "_s) });
    if (m_json && !hasHeader(u"Accept") && !m_removed.contains(u"accept"_s))
        headers.append({ u"Accept"_s, u"application/json"_s });

    const bool hasBody = !m_data.isEmpty() && !m_get;
    if (hasBody) {
        const QString body = joinedData();
        const QString explicitType = header(u"Content-Type");
        if (!explicitType.isEmpty()) {
            m_webhook.contentType = contentTypeOf(explicitType);
        } else if (m_json) {
            m_webhook.contentType = BodyContentType::Json;
        } else {
            // curl's own Content-Type for -d.
            m_webhook.contentType = BodyContentType::Form;
            if (m_removed.contains(u"content-type"_s)) {
                m_webhook.contentType = BodyContentType::Text;
                warning(u"--header"_s, u"curl.no-content-type"_s,
                    CurlImporter::tr("A webhook with a body always sends a Content-Type; "
                                     "this one sends text/plain."));
            }
        }
        if (m_webhook.contentType == BodyContentType::Json
            && QJsonDocument::fromJson(body.toUtf8()).isNull()) {
            // Not JSON after all: sent as it is, with the type given.
            m_webhook.contentType = BodyContentType::Text;
            if (explicitType.isEmpty())
                headers.append({ u"Content-Type"_s, u"application/json"_s });
        }
        m_webhook.body = TemplateParser::escapeLiteral(body);
    } else if (httpMethodExpectsBody(m_webhook.method)) {
        // curl -X POST without data sends no body at all, not an envelope.
        m_webhook.contentType = BodyContentType::Text;
    }
    for (const auto& [name, value] : headers) {
        HeaderEntry entry;
        entry.name = name;
        entry.value = TemplateParser::escapeLiteral(value);
        entry.secret = isSecretHeader(name);
        m_webhook.headers.append(entry);
    }
}

void CurlCommandReader::setTimeouts()
{
    DeliveryPolicy& delivery = m_webhook.delivery;
    if (m_maxTime) {
        delivery.timeoutSeconds = *m_maxTime;
    } else if (m_connectTimeout) {
        delivery.timeoutSeconds = *m_connectTimeout;
        warning(u"--connect-timeout"_s, u"curl.connect-timeout"_s,
            CurlImporter::tr("A webhook's attempt timeout covers connecting and the whole "
                             "answer; it was set to the connect timeout of %1 s.")
                .arg(*m_connectTimeout));
    }
    delivery.makeRoomForAttempts();
}

CurlImporter::Result CurlCommandReader::finish()
{
    const QString query = m_get ? joinedData() : QString();
    // Both are checked, so both problems are reported at once.
    const bool methodOk = setMethod();
    const bool ok = setUrl(query) && methodOk;
    if (!ok || containsErrors(m_result.problems))
        return m_result;
    setName();
    setHeadersAndBody();
    setTimeouts();
    m_result.webhook = m_webhook;
    return m_result;
}
