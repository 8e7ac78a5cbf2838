#pragma once

#include <QString>
#include <QUrl>

// Byte-level rules of HTTP that Qt 6.4 does not enforce on outgoing requests.
namespace HttpSyntax {
// A field name must be an RFC 9110 token: visible ASCII without separators.
bool isToken(QStringView text);
// The first CR, LF or NUL in a header value, or -1; such a value would split
// or truncate the header on the wire.
qsizetype forbiddenHeaderValueCharacter(QStringView value);
QString describeCharacter(QChar character);
// Whether a request can go there: a valid http:// or https:// URL with a host.
bool isHttpUrl(const QUrl& url);
// `url` as a request sends it (QUrl's tolerant reading, fully encoded), or
// empty when it is not an http(s) URL with a host. One already in that form
// (plain ASCII, a lowercase host, nothing left to escape) is recognised
// without parsing: a render meets one for every request.
QString encodedHttpUrl(const QString& url);
} // namespace HttpSyntax
