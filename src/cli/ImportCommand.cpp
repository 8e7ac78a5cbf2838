#include "ImportCommand.h"

#include "catalog/EventCatalog.h"
#include "exchange/CurlCommand.h"
#include "exchange/CurlImporter.h"
#include "exchange/ProductionExport.h"
#include "io/DocumentWriter.h"
#include "io/SecretExtractor.h"
#include "keychain/SecretKeychain.h"

using namespace Qt::StringLiterals;

QString ImportCommand::name() const
{
    return u"import"_s;
}

QString ImportCommand::summary() const
{
    return tr("Turn a curl command or a production export into a campaign document. Exits 1 "
              "when it cannot be imported.");
}

int ImportCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, tr("curl or production."), tr("KIND"));
    const QCommandLineOption events(u"event"_s,
        tr("With curl: an event the webhook fires on (repeatable; default call.ended)."),
        tr("EVENT"));
    const QCommandLineOption out(QStringList { u"o"_s, u"output"_s },
        tr("Write the campaign here (atomically) instead of standard output."), tr("OUT"));
    parser.addOptions({ from, events, out });
    parser.addPositionalArgument(
        u"FILE"_s, tr("What to import; standard input when omitted or -."), u"[FILE]"_s);
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;
    const QString kind = parser.value(from);
    if ((kind != u"curl"_s && kind != u"production"_s) || parser.positionalArguments().size() > 1) {
        output.err() << tr("import: name --from curl or --from production, and at most one FILE.")
                     << u'\n';
        return UsageError;
    }
    for (const QString& event : parser.values(events)) {
        if (!EventCatalog::find(event)) {
            output.err() << tr("import: \"%1\" is not an event.").arg(event) << u'\n';
            return UsageError;
        }
    }
    const QString source = parser.positionalArguments().value(0);
    const std::optional<QByteArray> input = readInput(source, output);
    if (!input)
        return UsageError;
    const QString label = source.isEmpty() || source == u"-"_s ? tr("standard input") : source;

    CampaignDocument document;
    if (kind == u"curl"_s) {
        const CurlImporter::Result imported = CurlImporter::import(QString::fromUtf8(*input));
        printProblems(output.err(), label, imported.problems);
        if (!imported.webhook)
            return Failure;
        WebhookConfig webhook = *imported.webhook;
        webhook.events
            = parser.isSet(events) ? parser.values(events) : QStringList { u"call.ended"_s };
        webhook.id = document.uniqueWebhookId(webhook.name);
        document.name = tr("Imported campaign");
        document.webhooks.append(webhook);
    } else {
        const LoadResult loaded = ProductionExport::read(*input);
        printProblems(output.err(), label, loaded.problems);
        if (!loaded.document)
            return Failure;
        document = *loaded.document;
    }
    // Secret values are never written: they go to the keychain, as the app
    // keeps them, or the user is told how to supply them.
    const QList<SecretExtractor::Secret> secrets = SecretExtractor::extract(document);
    SecretKeychain keychain(SecretKeychain::defaultService());
    for (const SecretExtractor::Secret& secret : secrets) {
        output.err() << label << u": "_s << secret.path << u": "_s;
        if (keychain.writeNow(secret.name, secret.value)) {
            output.err() << tr("note: the secret value is kept in the system keychain as ${%1}; "
                               "the app and send find it there.")
                                .arg(secret.name)
                         << u'\n';
        } else {
            output.err() << tr("note: the secret value became ${%1}, and no keychain can keep it "
                               "(%2). Supply it when sending with:")
                                .arg(secret.name,
                                    keychain.unavailableReason().isEmpty()
                                        ? tr("it did not answer")
                                        : keychain.unavailableReason())
                         << u"\n  export "_s << secret.name << u'='
                         << CurlCommand::quote(secret.value) << u'\n';
        }
    }
    return writeResult(DocumentWriter::toJson(document), parser.value(out), output) ? Success
                                                                                    : Failure;
}
