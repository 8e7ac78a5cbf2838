#include "ReceiveCommand.h"

#include "SignalWatcher.h"
#include "delivery/StandardWebhooks.h"
#include "receiver/LocalReceiver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kShownBodyBytes = 4096;
} // namespace

QString ReceiveCommand::name() const
{
    return u"receive"_s;
}

QString ReceiveCommand::summary() const
{
    return tr("Run a local test endpoint on 127.0.0.1 that prints every request it gets and "
              "answers by a response script, until interrupted (Ctrl+C).");
}

void ReceiveCommand::printRequest(QTextStream& out, const ReceivedRequest& request, bool quiet)
{
    const QString target
        = request.query.isEmpty() ? request.path : request.path + u'?' + request.query;
    out << u'#' << request.sequence << u"  "_s
        << request.receivedAt.toLocalTime().toString(u"HH:mm:ss.zzz"_s) << u"  "_s << request.method
        << u' ' << target << u"  "_s << tr("%n byte(s)", nullptr, int(request.bodySize))
        << u"  → "_s << request.answer;
    const QString signature = request.signatureText();
    if (!signature.isEmpty())
        out << u"  "_s << signature;
    out << u'\n';
    if (quiet)
        return;
    for (const auto& [header, value] : request.headers)
        out << u"    "_s << QString::fromLatin1(header) << u": "_s << QString::fromUtf8(value)
            << u'\n';
    if (!request.body.isEmpty()) {
        out << u'\n' << QString::fromUtf8(request.body.left(kShownBodyBytes));
        if (request.bodySize > kShownBodyBytes)
            out << u"\n… "_s << tr("(%1 more bytes)").arg(request.bodySize - kShownBodyBytes);
        out << u'\n';
    }
    out << u'\n';
}

QString ReceiveCommand::toJsonLine(const ReceivedRequest& request)
{
    QJsonArray headers;
    for (const auto& [header, value] : request.headers) {
        headers.append(QJsonObject {
            { u"name"_s, QString::fromLatin1(header) }, { u"value"_s, QString::fromUtf8(value) } });
    }
    QJsonObject json {
        { u"type"_s, u"request"_s },
        { u"sequence"_s, request.sequence },
        { u"receivedAt"_s, request.receivedAt.toString(Qt::ISODateWithMs) },
        { u"method"_s, request.method },
        { u"path"_s, request.path },
        { u"query"_s, request.query },
        { u"headers"_s, headers },
        { u"body"_s, QString::fromUtf8(request.body) },
        { u"bodySize"_s, request.bodySize },
        { u"answer"_s, request.answer },
    };
    if (request.signature != ReceivedRequest::Signature::NotChecked) {
        json.insert(u"signatureValid"_s, request.signature == ReceivedRequest::Signature::Valid);
        json.insert(u"signatureReason"_s, request.signatureReason);
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

int ReceiveCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    const QCommandLineOption portOption(
        u"port"_s, tr("The port on 127.0.0.1 (default 0: any free port)."), tr("PORT"), u"0"_s);
    const QCommandLineOption scriptOption(u"script"_s,
        tr("How to answer, request after request: \"503,503,200\" (STATUS, STATUS/DELAY, hang, "
           "close; the last step repeats), JSON, or @FILE holding either."),
        tr("SCRIPT"));
    const QCommandLineOption secretOption(u"secret"_s,
        tr("Check each request's Standard Webhooks signature with this whsec_ secret."),
        tr("SECRET"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print each request as a JSON line."));
    const QCommandLineOption quietOption(
        u"quiet"_s, tr("Print one line per request, without headers and body."));
    const QCommandLineOption historyOption(u"history"_s,
        tr("How many requests to keep in memory (default %1).").arg(LocalReceiver::kDefaultHistory),
        tr("N"), QString::number(LocalReceiver::kDefaultHistory));
    parser.addOptions(
        { portOption, scriptOption, secretOption, jsonOption, quietOption, historyOption });
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        output.err() << tr("receive: --port takes a number from 0 to 65535.") << u'\n';
        return UsageError;
    }
    LocalReceiver receiver;
    receiver.setHistoryLimit(parser.value(historyOption).toInt());
    if (parser.isSet(scriptOption)) {
        QString text = parser.value(scriptOption);
        if (text.startsWith(u'@')) {
            QFile file(text.mid(1));
            if (!file.open(QIODevice::ReadOnly)) {
                output.err()
                    << tr("receive: cannot read %1: %2").arg(text.mid(1), file.errorString())
                    << u'\n';
                return UsageError;
            }
            text = QString::fromUtf8(file.readAll());
        }
        QString error;
        const std::optional<ResponseScript> script = ResponseScript::parse(text, &error);
        if (!script) {
            output.err() << tr("receive: --script: %1").arg(error) << u'\n';
            return UsageError;
        }
        receiver.setScript(*script);
    }
    if (parser.isSet(secretOption)) {
        QString error;
        const std::optional<QByteArray> key
            = StandardWebhooks::decodeSecret(parser.value(secretOption), &error);
        if (!key) {
            output.err() << tr("receive: --secret: %1").arg(error) << u'\n';
            return UsageError;
        }
        receiver.setSigningKey(key);
    }
    if (receiver.start(quint16(port)) == 0) {
        output.err() << tr("receive: cannot listen on 127.0.0.1:%1; is the port taken?").arg(port)
                     << u'\n';
        return UsageError;
    }

    const bool json = parser.isSet(jsonOption);
    const bool quiet = parser.isSet(quietOption);
    if (json) {
        output.out() << QString::fromUtf8(QJsonDocument(QJsonObject {
                                                            { u"type"_s, u"listening"_s },
                                                            { u"url"_s, receiver.baseUrl() },
                                                            { u"port"_s, receiver.port() },
                                                        })
                                              .toJson(QJsonDocument::Compact))
                     << Qt::endl;
    }
    output.err() << tr("Listening on %1 — answering %2. Press Ctrl+C to stop.")
                        .arg(receiver.baseUrl(), receiver.script().describe())
                 << Qt::endl;

    QObject::connect(
        &receiver, &LocalReceiver::requestReceived, &receiver, [&](const ReceivedRequest& request) {
            if (json)
                output.out() << toJsonLine(request) << Qt::endl;
            else
                printRequest(output.out(), request, quiet);
            output.out().flush();
        });
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, QCoreApplication::instance(),
        &QCoreApplication::quit);
    QCoreApplication::exec();
    output.err() << tr("Stopped after %n request(s).", nullptr, receiver.receivedCount())
                 << Qt::endl;
    return Success;
}
