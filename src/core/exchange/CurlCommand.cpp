#include "CurlCommand.h"

#include "model/SecretReference.h"

#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
bool isPlainText(const QByteArray& bytes, QString* text)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder.decode(bytes);
    return !decoder.hasError();
}

// The format string of a POSIX printf that writes exactly `bytes`: argv
// cannot carry a NUL byte, so such bodies are piped to curl instead.
QString printfFormat(const QByteArray& bytes)
{
    QString format;
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == '\\')
            format += u"\\\\"_s;
        else if (c == '%')
            format += u"%%"_s;
        else if (c >= 0x20 && c < 0x7F)
            format += QLatin1Char(char(c));
        else
            format += u'\\' + QString::number(c, 8).rightJustified(3, u'0');
    }
    return CurlCommand::quote(format);
}
} // namespace

QString CurlCommand::quote(const QString& text)
{
    if (!text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.isLetterOrNumber() && c.unicode() < 0x80;
        })) {
        return text;
    }
    QString escaped = text;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

QString CurlCommand::fromPlan(const DeliveryPlan& plan, const DeliveryReplay& replay)
{
    SentRequest request = plan.requestAt(QDateTime::currentDateTimeUtc());
    // The plan's headers come first and in the replay's order.
    for (qsizetype i = 0; i < replay.request.headers.size() && i < request.headers.size(); ++i) {
        if (request.headers.at(i).secret)
            request.headers[i].value = replay.request.headers.at(i).value;
    }
    return fromRequest(request, Secrets::Revealed);
}

// `text` as one shell word in which each ${NAME} stays for the shell to
// fill in ("${NAME}") and everything else is quoted as it is.
QString CurlCommand::withShellVariables(const QString& text)
{
    QString word;
    qsizetype copied = 0;
    for (const QRegularExpressionMatch& match :
        SecretReference::embeddedPattern().globalMatch(text)) {
        if (match.capturedStart() > copied)
            word += quote(text.mid(copied, match.capturedStart() - copied));
        word += u'"' + match.captured() + u'"';
        copied = match.capturedEnd();
    }
    if (copied < text.size())
        word += quote(text.mid(copied));
    return word;
}

QString CurlCommand::fromRequest(const SentRequest& request, Secrets secrets)
{
    const SentRequest shown = secrets == Secrets::Masked ? request.redacted() : request;
    QStringList lines { u"curl -X "_s + httpMethodName(shown.method) + u' ' + quote(shown.url) };
    for (const SentRequest::Header& header : shown.headers) {
        if (header.secret && !SecretReference::namesIn(header.value).isEmpty()) {
            lines.append(u"-H "_s + withShellVariables(header.name + u": "_s + header.value));
            continue;
        }
        // "Name;" is curl's way of sending a header with an empty value.
        lines.append(u"-H "_s
            + quote(header.value.isEmpty() ? QString(header.name + u';')
                                           : QString(header.name + u": "_s + header.value)));
    }
    // curl adds these by itself; "Name:" stops it where we send none.
    const auto suppress = [&](const QString& name) {
        if (!HttpHeaders::contains(shown.headers, name))
            lines.append(u"-H "_s + quote(name + u':'));
    };
    suppress(u"Accept"_s);
    suppress(u"User-Agent"_s);
    if (!shown.body.isEmpty()) {
        suppress(u"Content-Type"_s);
        lines.append(u"-H 'Expect:'"_s);
        QString text;
        if (!isPlainText(shown.body, &text)) {
            lines.append(u"--data-binary @-"_s);
            return u"printf "_s + printfFormat(shown.body) + u" |\n"_s + lines.join(u" \\\n  "_s);
        }
        lines.append(u"--data-binary "_s + quote(text));
    }
    return lines.join(u" \\\n  "_s);
}
