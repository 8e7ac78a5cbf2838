#pragma once

#include "CliOutput.h"
#include "catalog/EventInfo.h"
#include "io/JsonPath.h"
#include "model/CampaignDocument.h"
#include "templating/EventContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

// The options that pick one webhook and one event of a campaign file, shared
// by the commands that render or send: FILE --webhook NAME --event EVENT
// [--sample-data FILE] [--sample FILE] [--receiver URL] [--environment NAME].
class WebhookSelection
{
    Q_DECLARE_TR_FUNCTIONS(WebhookSelection)

public:
    WebhookSelection();

    void addOptions(QCommandLineParser& parser) const;
    // Loads the file and finds the webhook and the event, printing what is
    // wrong; false means bad input (exit code 2).
    bool resolve(const QCommandLineParser& parser, const QString& command, CliOutput& output);

    QString filePath() const { return m_filePath; }
    const CampaignDocument& document() const { return *m_document; }
    const WebhookConfig& webhook() const { return m_document->webhooks.at(m_index); }
    JsonPath webhookPath() const { return JsonPath().key(u"webhooks").index(m_index); }
    const EventInfo& event() const { return *m_event; }
    const SampleOverrides& overrides() const { return m_overrides; }
    // The environment the request renders for: the chosen one, or the
    // campaign's first; null when it has none.
    const Environment* environment() const;
    // The event context options these arguments ask for (sample data, the
    // local receiver's URL).
    EventContext::Options contextOptions() const;

private:
    bool readSampleData(const QString& path, CliOutput& output);
    bool readPayload(const QString& path, CliOutput& output);

    QCommandLineOption m_webhookOption;
    QCommandLineOption m_eventOption;
    QCommandLineOption m_sampleOption;
    QCommandLineOption m_payloadOption;
    QCommandLineOption m_receiverOption;
    QCommandLineOption m_environmentOption;
    QString m_environment;
    QString m_receiverUrl;
    QString m_filePath;
    std::optional<CampaignDocument> m_document;
    int m_index = -1;
    const EventInfo* m_event = nullptr;
    SampleOverrides m_overrides;
};
