#include "RenderCommand.h"

#include "catalog/EventCatalog.h"
#include "io/JsonWriter.h"
#include "templating/RequestRenderer.h"

#include <QFile>
#include <QJsonDocument>

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
    const QCommandLineOption webhookOption(u"webhook"_s, tr("The webhook, by name."), tr("NAME"));
    const QCommandLineOption eventOption(
        u"event"_s, tr("The event, e.g. call.ended."), tr("EVENT"));
    const QCommandLineOption sampleOption(u"sample-data"_s,
        tr("A JSON file of sample values that replace the campaign's, e.g. "
           "{\"callLog\": {\"duration_seconds\": 61}, \"contactFields\": {...}}."),
        tr("FILE"));
    const QCommandLineOption eventIdOption(
        u"event-id"_s, tr("The event id to use instead of a new random one."), tr("ID"));
    const QCommandLineOption atOption(u"at"_s,
        tr("The delivery time to use instead of now (ISO-8601, e.g. 2026-11-27T14:06:24Z)."),
        tr("TIME"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the request as JSON."));
    parser.addOptions(
        { webhookOption, eventOption, sampleOption, eventIdOption, atOption, jsonOption });
    parser.addPositionalArgument(u"FILE"_s, tr("The campaign file."));
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(webhookOption) || !parser.isSet(eventOption)) {
        output.err() << tr("render: name one FILE, --webhook NAME and --event EVENT.") << u'\n';
        return UsageError;
    }
    const QString file = files.first();
    const std::optional<CampaignDocument> document = loadDocument(file, output);
    if (!document)
        return UsageError;

    const int index = document->indexOfWebhook(parser.value(webhookOption));
    if (index < 0) {
        QStringList names;
        for (const WebhookConfig& webhook : document->webhooks)
            names.append(u'"' + webhook.name + u'"');
        output.err() << tr("render: no webhook is named \"%1\"; the campaign has: %2.")
                            .arg(parser.value(webhookOption), names.join(u", "_s))
                     << u'\n';
        return UsageError;
    }
    const WebhookConfig& webhook = document->webhooks.at(index);
    const EventInfo* event = EventCatalog::find(parser.value(eventOption));
    if (!event) {
        output.err() << tr("render: \"%1\" is not an event; run \"webhook-studio-cli events\".")
                            .arg(parser.value(eventOption))
                     << u'\n';
        return UsageError;
    }
    if (!webhook.events.contains(event->name)) {
        output.err() << tr("render: note: \"%1\" is not subscribed to %2; rendering anyway.")
                            .arg(webhook.name, event->name)
                     << u'\n';
    }

    EventContext::Options options;
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
    if (parser.isSet(sampleOption)) {
        const QString sampleFile = parser.value(sampleOption);
        QFile input(sampleFile);
        QJsonParseError error;
        const QJsonDocument json = input.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(input.readAll(), &error)
            : QJsonDocument();
        if (!json.isObject()) {
            output.err() << sampleFile << u": $: error: "_s
                         << (input.isOpen() ? tr("Expected a JSON object of sample values.")
                                            : input.errorString())
                         << u'\n';
            return UsageError;
        }
        QList<Problem> problems;
        options.overrides
            = SampleOverrides::fromJson(json.object(), document->dataModel, &problems);
        printProblems(output.err(), sampleFile, problems);
        if (containsErrors(problems))
            return UsageError;
    }

    const EventContext context = EventContext::build(*document, *event, options);
    const RenderedRequest request = RequestRenderer::render(RequestTemplate(webhook), context);
    const JsonPath webhookPath = JsonPath().key(u"webhooks").index(index);
    if (parser.isSet(jsonOption)) {
        output.out() << QString::fromUtf8(toJson(request, webhook.name, context, webhookPath));
        return request.isSendable() ? Success : Failure;
    }
    QList<Problem> problems;
    for (const TemplateProblem& problem : request.problems)
        problems.append(problem.toProblem(webhookPath));
    printProblems(output.err(), file, problems);
    if (!request.isSendable())
        return Failure;
    output.out() << toText(request);
    return Success;
}
