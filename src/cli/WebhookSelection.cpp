#include "WebhookSelection.h"

#include "CliCommand.h"
#include "catalog/EventCatalog.h"
#include "io/EventPayload.h"
#include "model/HttpSyntax.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

WebhookSelection::WebhookSelection()
    : m_webhookOption(u"webhook"_s, tr("The webhook, by name."), tr("NAME"))
    , m_eventOption(u"event"_s, tr("The event, e.g. call.ended."), tr("EVENT"))
    , m_sampleOption(u"sample-data"_s,
          tr("A JSON file of sample values that replace the campaign's, e.g. "
             "{\"callLog\": {\"duration_seconds\": 61}, \"contactFields\": {...}}."),
          tr("FILE"))
    , m_payloadOption(u"sample"_s,
          tr("A real body of the event (JSON, \"-\" for standard input) to use as its sample, "
             "as the app's own payloads: its fields are mappable as event_payload fields, its "
             "call, contact and outcome values replace the campaign's."),
          tr("FILE"))
    , m_receiverOption(u"receiver"_s,
          tr("What {{local_receiver}} stands for: the base URL of a running local receiver "
             "(default %1).")
              .arg(EventContext::defaultLocalReceiverUrl()),
          tr("URL"))
    , m_environmentOption(CliCommand::environmentOption())
{ }

void WebhookSelection::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions({ m_webhookOption, m_eventOption, m_sampleOption, m_payloadOption,
        m_receiverOption, m_environmentOption });
    parser.addPositionalArgument(u"FILE"_s, tr("The campaign file."));
}

bool WebhookSelection::resolve(
    const QCommandLineParser& parser, const QString& command, CliOutput& output)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(m_webhookOption) || !parser.isSet(m_eventOption)) {
        output.err() << tr("%1: name one FILE, --webhook NAME and --event EVENT.").arg(command)
                     << u'\n';
        return false;
    }
    m_filePath = files.first();
    m_receiverUrl = parser.value(m_receiverOption);
    if (parser.isSet(m_receiverOption)
        && !HttpSyntax::isHttpUrl(QUrl(m_receiverUrl, QUrl::StrictMode))) {
        output.err() << tr("%1: --receiver: \"%2\" is not an http:// or https:// URL.")
                            .arg(command, m_receiverUrl)
                     << u'\n';
        return false;
    }
    m_document = CliCommand::loadDocument(m_filePath, output);
    if (!m_document)
        return false;
    m_environment = parser.value(m_environmentOption);
    if (!CliCommand::checkEnvironment(*m_document, m_environment, command, output))
        return false;

    m_index = m_document->indexOfWebhook(parser.value(m_webhookOption));
    if (m_index < 0) {
        QStringList names;
        for (const WebhookConfig& webhook : m_document->webhooks)
            names.append(u'"' + webhook.name + u'"');
        output.err() << tr("%1: no webhook is named \"%2\"; the campaign has: %3.")
                            .arg(command, parser.value(m_webhookOption), names.join(u", "_s))
                     << u'\n';
        return false;
    }
    m_event = EventCatalog::find(parser.value(m_eventOption));
    if (!m_event) {
        output.err() << tr("%1: \"%2\" is not an event; run \"webhook-studio-cli events\".")
                            .arg(command, parser.value(m_eventOption))
                     << u'\n';
        return false;
    }
    if (!webhook().events.contains(m_event->name)) {
        output.err() << tr("%1: note: \"%2\" is not subscribed to %3; going ahead anyway.")
                            .arg(command, webhook().name, m_event->name)
                     << u'\n';
    }
    if (parser.isSet(m_payloadOption) && !readPayload(parser.value(m_payloadOption), output))
        return false;
    return !parser.isSet(m_sampleOption) || readSampleData(parser.value(m_sampleOption), output);
}

// The file stands in for the event's own sample (replacing the campaign's,
// if it has one), so mappings to its paths bind like the app's.
bool WebhookSelection::readPayload(const QString& path, CliOutput& output)
{
    QFile input(path);
    const bool opened
        = path == u"-" ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened) {
        output.err() << path << u": $: error: "_s << input.errorString() << u'\n';
        return false;
    }
    // One byte past the limit is enough to say the file is too big.
    const QByteArray bytes = input.read(EventPayload::kMaxBytes + 1);
    if (input.error() != QFileDevice::NoError) {
        output.err() << path << u": $: error: "_s << input.errorString() << u'\n';
        return false;
    }
    const EventPayload::ReadResult read = EventPayload::read(bytes);
    if (!read.payload) {
        output.err() << path << u": $: error: "_s << read.error << u'\n';
        return false;
    }
    for (const QString& where : read.redacted) {
        output.err() << path << u": "_s << where << u": warning: "_s
                     << tr("This value looks like a secret; it is replaced by %1.")
                            .arg(EventPayload::redactedText())
                     << u'\n';
    }
    const QString origin = path == u"-" ? tr("standard input") : QFileInfo(path).fileName();
    m_document->sampleData.setEvent(EventPayload::sample(m_event->name, origin, *read.payload));
    return true;
}

const Environment* WebhookSelection::environment() const
{
    return m_document->chosenEnvironment(m_environment);
}

EventContext::Options WebhookSelection::contextOptions() const
{
    EventContext::Options options;
    options.overrides = m_overrides;
    options.localReceiverUrl = m_receiverUrl;
    options.environment = m_environment;
    return options;
}

bool WebhookSelection::readSampleData(const QString& path, CliOutput& output)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        output.err() << path << u": $: error: "_s << input.errorString() << u'\n';
        return false;
    }
    const QJsonDocument json = QJsonDocument::fromJson(input.readAll());
    if (!json.isObject()) {
        output.err() << path << u": $: error: "_s << tr("Expected a JSON object of sample values.")
                     << u'\n';
        return false;
    }
    QList<Problem> problems;
    m_overrides = SampleOverrides::fromJson(json.object(), m_document->dataModel, &problems);
    CliCommand::printProblems(output.err(), path, problems);
    return !containsErrors(problems);
}
