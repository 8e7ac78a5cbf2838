#include "ExportCommand.h"

#include "catalog/EventCatalog.h"
#include "delivery/EnvironmentSecretResolver.h"
#include "exchange/CurlExport.h"
#include "exchange/OpenApiExport.h"
#include "exchange/PostmanExport.h"
#include "exchange/ProductionExport.h"
#include "io/JsonWriter.h"

#include <QDir>

using namespace Qt::StringLiterals;

QString ExportCommand::name() const
{
    return u"export"_s;
}

QString ExportCommand::summary() const
{
    return tr("Export the campaign for production (checked JSON without secrets), as curl "
              "commands, as a Postman collection, as an OpenAPI 3.1 contract or as JSON "
              "Schemas of its payloads. Exits 1 when the export is refused.");
}

int ExportCommand::exportProduction(
    const Request& request, QByteArray* result, CliOutput& output) const
{
    const ProductionExport::Result exported = ProductionExport::write(request.document,
        request.draft ? ProductionExport::Mode::Draft : ProductionExport::Mode::Production,
        request.environment);
    printProblems(output.err(), request.file, exported.problems);
    if (!exported.succeeded()) {
        output.err() << tr("export: refused: the campaign has errors (--draft exports it anyway, "
                           "marked as a draft).")
                     << u'\n';
        return Failure;
    }
    if (!exported.environment.isEmpty()) {
        output.err()
            << tr("export: with the values of the environment \"%1\".").arg(exported.environment)
            << u'\n';
    }
    if (!exported.secrets.isEmpty()) {
        output.err() << tr("export: production must provide these secrets: %1")
                            .arg(exported.secrets.join(u", "_s))
                     << u'\n';
    }
    *result = exported.json;
    return Success;
}

int ExportCommand::exportCurl(const Request& request, QByteArray* result, CliOutput& output) const
{
    EventContext::Options options;
    options.localReceiverUrl = request.receiverUrl;
    options.environment = request.environment;
    const CurlExport::Result exported = CurlExport::write(
        request.document, EnvironmentSecretResolver(), options, { request.webhook, request.event });
    printProblems(output.err(), request.file, exported.problems);
    if (exported.commandCount == 0)
        return Failure;
    *result = exported.script.toUtf8();
    return exported.complete() ? Success : Failure;
}

int ExportCommand::exportPostman(
    const Request& request, QByteArray* result, CliOutput& output) const
{
    const PostmanExport::Result exported
        = PostmanExport::write(request.document, request.receiverUrl, request.environment);
    printProblems(output.err(), request.file, exported.problems);
    if (request.outPath.isEmpty()) {
        output.err() << tr("export: with -o FILE, the Postman environment (the local receiver "
                           "and the secrets to set) is written beside the collection.")
                     << u'\n';
    } else {
        const QString path = PostmanExport::environmentPath(request.outPath);
        if (!writeResult(exported.environmentJson, path, output))
            return Failure;
        output.err() << tr("export: Postman environment \"%1\" written to %2.")
                            .arg(exported.environmentName, path)
                     << u'\n';
    }
    *result = exported.json;
    return Success;
}

int ExportCommand::exportOpenApi(
    const Request& request, QByteArray* result, CliOutput& output) const
{
    const OpenApiExport::Result exported
        = OpenApiExport::write(request.document, { request.receiverUrl, request.environment });
    printProblems(output.err(), request.file, exported.problems);
    if (exported.entries.isEmpty()) {
        output.err() << tr("export: no enabled webhook fires on an event: the contract would be "
                           "empty.")
                     << u'\n';
        return Failure;
    }
    // YAML unless the file asks for JSON.
    *result = request.outPath.endsWith(u".json"_s, Qt::CaseInsensitive) ? exported.toJson()
                                                                        : exported.toYaml();
    return Success;
}

int ExportCommand::exportJsonSchemas(const Request& request, CliOutput& output) const
{
    if (request.outPath.isEmpty()) {
        output.err() << tr("export: json-schema writes one file per webhook and event: name a "
                           "folder with -o DIR.")
                     << u'\n';
        return UsageError;
    }
    const OpenApiExport::Result exported
        = OpenApiExport::write(request.document, { request.receiverUrl, request.environment });
    printProblems(output.err(), request.file, exported.problems);
    if (!QDir().mkpath(request.outPath)) {
        output.err() << tr("export: cannot create the folder %1.").arg(request.outPath) << u'\n';
        return Failure;
    }
    int written = 0;
    for (const OpenApiExport::Entry& entry : exported.entries) {
        if (entry.schema.isEmpty())
            continue;
        JsonWriter writer;
        writer.value(OpenApiExport::standaloneSchema(entry));
        const QString path = QDir(request.outPath).filePath(entry.name + u".schema.json"_s);
        if (!writeResult(writer.toJson(), path, output))
            return Failure;
        ++written;
    }
    output.err() << tr("export: %n schema(s) written to %1.", nullptr, written).arg(request.outPath)
                 << u'\n';
    return written > 0 ? Success : Failure;
}

int ExportCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    const QCommandLineOption format(u"format"_s,
        tr("production (the default), curl, postman, openapi (YAML; JSON when OUT ends in "
           ".json) or json-schema (one file per webhook and event in the folder OUT)."),
        tr("FORMAT"), u"production"_s);
    const QCommandLineOption webhook(u"webhook"_s, tr("Only this webhook (curl)."), tr("NAME"));
    const QCommandLineOption event(u"event"_s,
        tr("Only this event (curl); by default each the webhook fires on."), tr("EVENT"));
    const QCommandLineOption draft(
        u"draft"_s, tr("Export even with errors, marked as a draft (production)."));
    const QCommandLineOption receiver(u"receiver"_s,
        tr("What {{local_receiver}} stands for (default %1).")
            .arg(EventContext::defaultLocalReceiverUrl()),
        tr("URL"), EventContext::defaultLocalReceiverUrl());
    const QCommandLineOption out(QStringList { u"o"_s, u"output"_s },
        tr("Write here (atomically) instead of standard output."), tr("OUT"));
    const QCommandLineOption environment = environmentOption();
    parser.addOptions({ format, webhook, event, draft, receiver, environment, out });
    parser.addPositionalArgument(u"FILE"_s, tr("The campaign file."));
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        output.err() << tr("export: name one campaign FILE.") << u'\n';
        return UsageError;
    }
    Request request;
    request.file = parser.positionalArguments().first();
    const std::optional<CampaignDocument> document = loadDocument(request.file, output);
    if (!document)
        return UsageError;
    request.document = *document;
    request.webhook = parser.value(webhook);
    request.event = parser.value(event);
    request.draft = parser.isSet(draft);
    request.receiverUrl = parser.value(receiver);
    request.environment = parser.value(environment);
    request.outPath = parser.value(out);
    if (!checkEnvironment(request.document, request.environment, u"export"_s, output))
        return UsageError;
    if (!request.webhook.isEmpty() && document->indexOfWebhook(request.webhook) < 0) {
        output.err() << tr("export: no webhook is named \"%1\".").arg(request.webhook) << u'\n';
        return UsageError;
    }
    if (!request.event.isEmpty() && !EventCatalog::find(request.event)) {
        output.err() << tr("export: \"%1\" is not an event.").arg(request.event) << u'\n';
        return UsageError;
    }

    QByteArray result;
    const QString chosen = parser.value(format);
    if (chosen == u"production"_s)
        exitCode = exportProduction(request, &result, output);
    else if (chosen == u"curl"_s)
        exitCode = exportCurl(request, &result, output);
    else if (chosen == u"postman"_s)
        exitCode = exportPostman(request, &result, output);
    else if (chosen == u"openapi"_s)
        exitCode = exportOpenApi(request, &result, output);
    else if (chosen == u"json-schema"_s)
        return exportJsonSchemas(request, output);
    else {
        output.err() << tr("export: --format is production, curl, postman, openapi or "
                           "json-schema, not \"%1\".")
                            .arg(chosen)
                     << u'\n';
        return UsageError;
    }
    if (result.isEmpty())
        return exitCode;
    return writeResult(result, parser.value(out), output) ? exitCode : Failure;
}
