#include "CurlOption.h"

#include <QString>

namespace {
using Kind = CurlOption::Kind;

constexpr CurlOption kOptions[] = {
    { "request", 'X', true, Kind::Method },
    { "header", 'H', true, Kind::Header },
    { "data", 'd', true, Kind::Data },
    { "data-ascii", 0, true, Kind::Data },
    { "data-raw", 0, true, Kind::DataRaw },
    { "data-binary", 0, true, Kind::DataBinary },
    { "data-urlencode", 0, true, Kind::DataUrlencode },
    { "json", 0, true, Kind::Json },
    { "user", 'u', true, Kind::User },
    { "get", 'G', false, Kind::Get },
    { "head", 'I', false, Kind::Head },
    { "user-agent", 'A', true, Kind::UserAgent },
    { "referer", 'e', true, Kind::Referer },
    { "cookie", 'b', true, Kind::Cookie },
    { "compressed", 0, false, Kind::Compressed },
    { "insecure", 'k', false, Kind::Insecure },
    { "location", 'L', false, Kind::Location },
    { "location-trusted", 0, false, Kind::Location },
    { "max-time", 'm', true, Kind::MaxTime },
    { "connect-timeout", 0, true, Kind::ConnectTimeout },
    { "retry", 0, true, Kind::Retry },
    { "url", 0, true, Kind::Url },
    { "form", 'F', true, Kind::Form },
    { "form-string", 0, true, Kind::Form },
    { "oauth2-bearer", 0, true, Kind::Bearer },
    { "upload-file", 'T', true, Kind::UploadFile },
    { "silent", 's', false, Kind::Quiet },
    { "show-error", 'S', false, Kind::Quiet },
    { "verbose", 'v', false, Kind::Quiet },
    { "include", 'i', false, Kind::Quiet },
    { "fail", 'f', false, Kind::Quiet },
    { "fail-with-body", 0, false, Kind::Quiet },
    { "no-buffer", 'N', false, Kind::Quiet },
    { "progress-bar", '#', false, Kind::Quiet },
    { "no-progress-meter", 0, false, Kind::Quiet },
    { "globoff", 'g', false, Kind::Quiet },
    { "output", 'o', true, Kind::Quiet },
    { "remote-name", 'O', false, Kind::Quiet },
    { "write-out", 'w', true, Kind::Quiet },
    { "dump-header", 'D', true, Kind::Quiet },
    { "stderr", 0, true, Kind::Quiet },
    { "trace", 0, true, Kind::Quiet },
    { "trace-ascii", 0, true, Kind::Quiet },
    { "http1.1", 0, false, Kind::Ignored },
    { "http2", 0, false, Kind::Ignored },
    { "http2-prior-knowledge", 0, false, Kind::Ignored },
    { "ipv4", '4', false, Kind::Ignored },
    { "ipv6", '6', false, Kind::Ignored },
    { "tcp-nodelay", 0, false, Kind::Ignored },
    { "no-keepalive", 0, false, Kind::Ignored },
    { "path-as-is", 0, false, Kind::Ignored },
    { "retry-delay", 0, true, Kind::Ignored },
    { "retry-max-time", 0, true, Kind::Ignored },
    { "retry-connrefused", 0, false, Kind::Ignored },
    { "max-redirs", 0, true, Kind::Ignored },
    { "proxy", 'x', true, Kind::Ignored },
    { "cacert", 0, true, Kind::Ignored },
    { "capath", 0, true, Kind::Ignored },
    { "cert", 'E', true, Kind::Ignored },
    { "key", 0, true, Kind::Ignored },
    { "cookie-jar", 'c', true, Kind::Ignored },
    { "resolve", 0, true, Kind::Ignored },
    { "connect-to", 0, true, Kind::Ignored },
    { "limit-rate", 0, true, Kind::Ignored },
    { "interface", 0, true, Kind::Ignored },
    { "config", 'K', true, Kind::Ignored },
};
} // namespace

const CurlOption* CurlOption::findLong(QStringView name)
{
    for (const CurlOption& option : kOptions) {
        if (name == QLatin1StringView(option.longName))
            return &option;
    }
    return nullptr;
}

const CurlOption* CurlOption::findShort(QChar name)
{
    for (const CurlOption& option : kOptions) {
        if (option.shortName != 0 && name == QLatin1Char(option.shortName))
            return &option;
    }
    return nullptr;
}
