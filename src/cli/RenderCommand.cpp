#include "RenderCommand.h"

#include "WebhookSelection.h"
#include "io/JsonWriter.h"
#include "templating/RequestRenderer.h"

using namespace Qt::StringLiterals;

QString RenderCommand::name() const
{
    return u"render"_s;
}

QString RenderCommand::summary() const
{
    return tr("Print the exact request a webhook sends for an event, rendered with the "
              "campaign's sample data. Exits 1 when the request has an error, 2 for bad "
              "input.");
}

QString RenderCommand::toText(const RenderedRequest& request)
{
    QString text = httpMethodName(request.method) + u' ' + request.url + u'\n';
    for (const RenderedRequest::Header& header : request.headers)
        text += header.name + u": "_s + header.value + u'\n';
    text += u'\n' + QString::fromUtf8(request.body);
    if (!request.body.isEmpty() && !request.body.endsWith('\n'))
        text += u'\n';
    return text;
}

QByteArray RenderCommand::toJson(const RenderedRequest& request, const QString& webhookName,
    const EventContext& context, const JsonPath& webhookPath)
{
    JsonWriter out;
    out.beginObject();
    out.member(u"webhook", webhookName);
    out.member(u"event", context.event().name);
    out.member(u"eventId", context.eventId());
    out.member(u"timestamp", context.timestampText());
    out.member(u"sendable", request.isSendable());
    out.member(u"method", httpMethodName(request.method));
    out.member(u"url", request.url);
    out.key(u"headers");
    out.beginArray();
    for (const RenderedRequest::Header& header : request.headers) {
        out.beginObject();
        out.member(u"name", header.name);
        out.member(u"value", header.value);
        out.endObject();
    }
    out.endArray();
    out.member(u"contentType", request.contentType);
    out.member(u"usesEnvelope", request.usesEnvelope);
    out.member(u"body", QString::fromUtf8(request.body));
    out.key(u"problems");
    out.beginArray();
    for (const TemplateProblem& problem : request.problems) {
        out.beginObject();
        out.member(u"severity", severityName(problem.severity));
        out.member(u"path", problem.path(webhookPath).toString());
        out.member(u"line", problem.position.line);
        out.member(u"column", problem.position.column);
        out.member(u"variable", problem.variable);
        out.member(u"code", problem.code);
        out.member(u"message", problem.message);
        out.endObject();
    }
    out.endArray();
    out.endObject();
    return out.toJson();
}

int RenderCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    WebhookSelection selection;
    selection.addOptions(parser);
    const QCommandLineOption eventIdOption(
        u"event-id"_s, tr("The event id to use instead of a new random one."), tr("ID"));
    const QCommandLineOption atOption(u"at"_s,
        tr("The delivery time to use instead of now (ISO-8601, e.g. 2026-11-27T14:06:24Z)."),
        tr("TIME"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the request as JSON."));
    parser.addOptions({ eventIdOption, atOption, jsonOption });
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;
    if (!selection.resolve(parser, name(), output))
        return UsageError;

    EventContext::Options options = selection.contextOptions();
    options.eventId = parser.value(eventIdOption);
    if (parser.isSet(atOption)) {
        options.timestamp = QDateTime::fromString(parser.value(atOption), Qt::ISODate);
        if (!options.timestamp.isValid()) {
            output.err() << tr("render: --at needs an ISO-8601 time such as "
                               "2026-11-27T14:06:24Z.")
                         << u'\n';
            return UsageError;
        }
    }

    const EventContext context
        = EventContext::build(selection.document(), selection.event(), options);
    const RenderedRequest request
        = RequestRenderer::render(RequestTemplate(selection.webhook(), context.layout()), context);
    if (parser.isSet(jsonOption)) {
        output.out() << QString::fromUtf8(
            toJson(request, selection.webhook().name, context, selection.webhookPath()));
        return request.isSendable() ? Success : Failure;
    }
    QList<Problem> problems;
    for (const TemplateProblem& problem : request.problems)
        problems.append(problem.toProblem(selection.webhookPath()));
    printProblems(output.err(), selection.filePath(), problems);
    if (!request.isSendable())
        return Failure;
    output.out() << toText(request);
    return Success;
}
