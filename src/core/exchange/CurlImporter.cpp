#include "CurlImporter.h"

#include "CurlCommandReader.h"
#include "ShellWords.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

CurlImporter::Result CurlImporter::import(const QString& command)
{
    QString text = command.trimmed();
    if (text.startsWith(u"$ "_s))
        text = text.mid(2);
    const ShellWords::Result split = ShellWords::split(text, ShellWords::guessStyle(text));
    if (!split.error.isEmpty()) {
        return { std::nullopt,
            { Problem::error(u"command"_s, u"curl.quoting"_s,
                tr("%1 (at character %2)").arg(split.error).arg(split.errorPosition + 1)) } };
    }
    return importWords(split.words);
}

CurlImporter::Result CurlImporter::importWords(const QStringList& words)
{
    const QString program = QFileInfo(words.value(0)).fileName().toLower();
    if (program != u"curl"_s && program != u"curl.exe"_s) {
        return { std::nullopt,
            { Problem::error(u"command"_s, u"curl.not-curl"_s,
                tr("This is not a curl command: it starts with \"%1\".").arg(words.value(0))) } };
    }
    return CurlCommandReader::read(words);
}

bool CurlImporter::looksLikeCurl(const QString& text)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"$ "_s))
        trimmed = trimmed.mid(2).trimmed();
    return trimmed.startsWith(u"curl "_s) || trimmed.startsWith(u"curl.exe "_s)
        || trimmed.startsWith(u"curl\t"_s);
}

void CurlImporter::applyRequest(const WebhookConfig& imported, WebhookConfig* target)
{
    target->method = imported.method;
    target->url = imported.url;
    target->headers = imported.headers;
    target->contentType = imported.contentType;
    target->body = imported.body;
    // The importer only moves these away from the defaults for -k,
    // --max-time and --connect-timeout.
    const DeliveryPolicy defaults;
    if (imported.delivery.timeoutSeconds != defaults.timeoutSeconds) {
        target->delivery.timeoutSeconds = imported.delivery.timeoutSeconds;
        target->delivery.makeRoomForAttempts();
    }
    if (imported.delivery.allowInsecureTls)
        target->delivery.allowInsecureTls = true;
}
