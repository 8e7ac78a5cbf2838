#include "CliRunner.h"
#include "TestPaths.h"
#include "io/DocumentReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

// webhook-studio-cli render, events and fields. The rendered requests of the
// sample campaign are compared with golden files; set
// WEBHOOKSTUDIO_UPDATE_GOLDEN=1 to rewrite them after an intended change.
class RenderCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void matchesGoldenFiles_data();
    void matchesGoldenFiles();
    void everyGoldenFileIsStillRendered();
    void printsJson();
    void failsWithProblemsOnStandardError();
    void appliesSampleDataFiles();
    void rendersWithAnOwnSample();
    void reportsBadInput();
    void listsEvents();
    void listsFields();
    void rendersForTheChosenEnvironment();

private:
    static QStringList fixedArguments();
    // The sample campaign with `edit` applied, written into `dir`.
    static QString editedSample(
        const QTemporaryDir& dir, const std::function<void(QByteArray&)>& edit);
    static QString goldenDir() { return TestPaths::dataFile(u"rendered"_s); }
};

QStringList RenderCommandTest::fixedArguments()
{
    return { u"--event-id"_s, u"evt_01jdz8m4q7c2v6n3k9t5w0xyrb"_s, u"--at"_s,
        u"2026-11-27T14:06:24Z"_s };
}

QString RenderCommandTest::editedSample(
    const QTemporaryDir& dir, const std::function<void(QByteArray&)>& edit)
{
    QFile source(TestPaths::sampleFile());
    if (!source.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample campaign");
    QByteArray text = source.readAll();
    edit(text);
    const QString path = dir.filePath(u"edited.webhooks.json"_s);
    QFile target(path);
    if (!target.open(QIODevice::WriteOnly) || target.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void RenderCommandTest::matchesGoldenFiles_data()
{
    QTest::addColumn<QString>("webhook");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("golden");
    const LoadResult sample = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(sample.document);
    for (const WebhookConfig& webhook : sample.document->webhooks) {
        for (const QString& event : webhook.events) {
            const QString golden = goldenDir() + u'/' + webhook.id + u'/' + event + u".http"_s;
            QTest::newRow(qPrintable(webhook.id + u" × "_s + event))
                << webhook.name << event << golden;
        }
    }
}

void RenderCommandTest::matchesGoldenFiles()
{
    QFETCH(QString, webhook);
    QFETCH(QString, event);
    QFETCH(QString, golden);
    const CliRun run = runCli(QStringList { u"render"_s, TestPaths::sampleFile(), u"--webhook"_s,
                                  webhook, u"--event"_s, event }
        + fixedArguments());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());

    if (qEnvironmentVariableIsSet("WEBHOOKSTUDIO_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(golden).absolutePath());
        QFile file(golden);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(run.out.toUtf8());
    }
    QFile file(golden);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(golden));
    QCOMPARE(run.out, QString::fromUtf8(file.readAll()));
}

void RenderCommandTest::everyGoldenFileIsStillRendered()
{
    int rendered = 0;
    const LoadResult sample = DocumentReader::readFile(TestPaths::sampleFile());
    for (const WebhookConfig& webhook : sample.document->webhooks)
        rendered += webhook.events.size();
    int files = 0;
    for (const QString& folder : QDir(goldenDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        files += QDir(goldenDir() + u'/' + folder).entryList({ u"*.http"_s }, QDir::Files).size();
    QCOMPARE(files, rendered);
    QCOMPARE(rendered, 8);
}

void RenderCommandTest::printsJson()
{
    const CliRun run = runCli(QStringList { u"render"_s, TestPaths::sampleFile(), u"--webhook"_s,
                                  u"CRM sync"_s, u"--event"_s, u"call.ended"_s, u"--json"_s }
        + fixedArguments());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(u"sendable"_s), QJsonValue(true));
    QCOMPARE(json.value(u"method"_s).toString(), u"POST"_s);
    QCOMPARE(json.value(u"eventId"_s).toString(), u"evt_01jdz8m4q7c2v6n3k9t5w0xyrb"_s);
    QCOMPARE(json.value(u"headers"_s).toArray().first()[u"name"_s].toString(), u"Authorization"_s);
    const QJsonObject body
        = QJsonDocument::fromJson(json.value(u"body"_s).toString().toUtf8()).object();
    QCOMPARE(body.value(u"event_id"_s).toString(), u"evt_01jdz8m4q7c2v6n3k9t5w0xyrb"_s);
    QVERIFY(json.value(u"problems"_s).toArray().isEmpty());
}

void RenderCommandTest::failsWithProblemsOnStandardError()
{
    QTemporaryDir dir;
    const QString path = editedSample(dir, [](QByteArray& text) {
        text.replace("\"X-Campaign-Id\",\n            \"value\": \"{{campaign_id}}\"",
            "\"X-Campaign-Id\",\n            \"value\": \"{{campaign}}\"");
    });

    const CliRun run = runCli(QStringList {
        u"render"_s, path, u"--webhook"_s, u"CRM sync"_s, u"--event"_s, u"call.ended"_s });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
        path
            + u": $.webhooks[0].request.headers[1].value: error: Line 1, column 1: "
              "{{campaign}} is not mapped to any data: map it to a field or a default value.\n"_s);

    const CliRun json = runCli(QStringList { u"render"_s, path, u"--webhook"_s, u"CRM sync"_s,
        u"--event"_s, u"call.ended"_s, u"--json"_s });
    QCOMPARE(json.exitCode, 1);
    const QJsonObject problem = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(u"problems"_s)
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(problem.value(u"variable"_s).toString(), u"campaign"_s);
    QCOMPARE(problem.value(u"code"_s).toString(), u"template.unmapped"_s);
}

// --sample: a Retell body as call.ended's own sample, from a file or from
// standard input; its paths map as event_payload fields.
void RenderCommandTest::rendersWithAnOwnSample()
{
    QTemporaryDir dir;
    const QString path = editedSample(dir, [](QByteArray& text) {
        text.replace(R"(\"external_id\": \"{{call_id}}\",)",
            R"(\"external_id\": \"{{call_id}}\",\n  \"mood\": \"{{mood}}\",)");
        const QByteArray mappings = "\"mappings\": [";
        text.insert(text.indexOf(mappings) + mappings.size(),
            R"({ "variable": "mood", "source": "event_payload",
                 "field": "call.call_analysis.user_sentiment" },)");
    });
    const QString payload = TestPaths::dataFile(u"payloads/retell-call-ended.json"_s);
    const QStringList arguments { u"render"_s, path, u"--webhook"_s, u"CRM sync"_s, u"--event"_s,
        u"call.ended"_s };
    const QStringList own = fixedArguments() + QStringList { u"--sample"_s };

    const CliRun run = runCli(arguments + own + QStringList { payload });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"\"external_id\": \"Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6\",\n"
                             "  \"mood\": \"Positive\","_s));
    QCOMPARE(run.err,
        payload
            + u": $.call.metadata.access_token: warning: This value looks like a secret; it "
              "is replaced by <redacted>.\n"_s);

    QFile body(payload);
    QVERIFY(body.open(QIODevice::ReadOnly));
    const CliRun piped = runCli(arguments + own + QStringList { u"-"_s }, body.readAll());
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(piped.out, run.out);

    // Without it the campaign has no own sample with that path.
    const CliRun without = runCli(arguments);
    QCOMPARE(without.exitCode, 1);
    QVERIFY(without.err.contains(u"which no own sample of this campaign has"_s));

    const CliRun broken = runCli(arguments + own + QStringList { u"-"_s }, "{\"call\": [}");
    QCOMPARE(broken.exitCode, 2);
    QVERIFY2(broken.err.startsWith(u"-: $: error: The payload is not valid JSON: "_s),
        qPrintable(broken.err));
    QVERIFY(broken.err.contains(u"at line 1, column 11."_s));
}

void RenderCommandTest::appliesSampleDataFiles()
{
    QTemporaryDir dir;
    const QString samples = dir.filePath(u"samples.json"_s);
    QFile file(samples);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"contactFields": {"first_name": "Zoë", "crm_id": "003/X?Y"}})");
    file.close();
    const CliRun run = runCli({ u"render"_s, TestPaths::sampleFile(), u"--webhook"_s, u"CRM sync"_s,
        u"--event"_s, u"call.ended"_s, u"--sample-data"_s, samples });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(
        run.out.startsWith(u"POST http://127.0.0.1:8787/crm/v2/contacts/003%2FX%3FY/calls\n"_s));
    QVERIFY(run.out.contains(u"\"name\": \"Zoë Okafor\""_s));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"contacts": {}})");
    file.close();
    const CliRun bad = runCli({ u"render"_s, TestPaths::sampleFile(), u"--webhook"_s, u"CRM sync"_s,
        u"--event"_s, u"call.ended"_s, u"--sample-data"_s, samples });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(samples + u": $.contacts: error: Unknown section \"contacts\""_s));
}

void RenderCommandTest::reportsBadInput()
{
    const QString sample = TestPaths::sampleFile();
    const CliRun noWebhook
        = runCli({ u"render"_s, sample, u"--webhook"_s, u"Nope"_s, u"--event"_s, u"call.ended"_s });
    QCOMPARE(noWebhook.exitCode, 2);
    QVERIFY(
        noWebhook.err.contains(u"no webhook is named \"Nope\"; the campaign has: \"CRM sync\""_s));

    const CliRun noEvent = runCli(
        { u"render"_s, sample, u"--webhook"_s, u"CRM sync"_s, u"--event"_s, u"call.answered"_s });
    QCOMPARE(noEvent.exitCode, 2);
    QVERIFY(noEvent.err.contains(u"\"call.answered\" is not an event"_s));

    const CliRun missing = runCli({ u"render"_s, sample, u"--event"_s, u"call.ended"_s });
    QCOMPARE(missing.exitCode, 2);

    const CliRun badTime = runCli({ u"render"_s, sample, u"--webhook"_s, u"CRM sync"_s,
        u"--event"_s, u"call.ended"_s, u"--at"_s, u"yesterday"_s });
    QCOMPARE(badTime.exitCode, 2);

    const CliRun brokenFile
        = runCli({ u"render"_s, TestPaths::dataFile(u"invalid/method-patch.json"_s), u"--webhook"_s,
            u"CRM"_s, u"--event"_s, u"call.ended"_s });
    QCOMPARE(brokenFile.exitCode, 2);
    QVERIFY(brokenFile.err.contains(u"$.webhooks[0].request.method: error"_s));

    // Not subscribed: rendered anyway, with a note.
    const CliRun unsubscribed = runCli(
        { u"render"_s, sample, u"--webhook"_s, u"CRM sync"_s, u"--event"_s, u"call.started"_s });
    QCOMPARE(unsubscribed.exitCode, 0);
    QVERIFY(unsubscribed.err.contains(u"is not subscribed to call.started"_s));
    QVERIFY(unsubscribed.err.contains(u"warning: Line 10, column 25: {{duration}} has no value"_s));
}

void RenderCommandTest::listsEvents()
{
    const CliRun run = runCli({ u"events"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Call events\n  call.started"_s));
    QVERIFY(run.out.contains(u"campaign.quota_reached"_s));
    QVERIFY(run.out.contains(u"Triggered when the AI captures important information."_s));

    const CliRun json = runCli({ u"events"_s, u"--json"_s });
    const QJsonArray events = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(events.size(), 11);
    QCOMPARE(events.at(7)[u"name"_s].toString(), u"campaign.started"_s);
    QCOMPARE(events.at(7)[u"carriesCall"_s], QJsonValue(false));
}

void RenderCommandTest::listsFields()
{
    const CliRun run = runCli({ u"fields"_s });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Default Value (default_value)"_s));
    QVERIFY(run.out.contains(
        u"  recording_url          string   https://recordings.example-voice.com/20…    call.ended\n"_s));
    QVERIFY(run.out.contains(u"(declared by each campaign)"_s));
    QVERIFY(run.out.contains(u"(event_payload)"_s));
    QVERIFY(run.out.trimmed().endsWith(u"(declared by each campaign)"_s));

    // A campaign's own sample: its paths, on the event that has them.
    QTemporaryDir dir;
    QFile payload(TestPaths::dataFile(u"payloads/retell-call-ended.json"_s));
    QVERIFY(payload.open(QIODevice::ReadOnly));
    const QByteArray body = payload.readAll();
    const QString path = editedSample(dir, [&body](QByteArray& text) {
        text.insert(text.lastIndexOf('}'),
            ",\n  \"sampleData\": {\"events\": [{\"event\": \"call.ended\", \"payload\": " + body
                + "}]}\n");
    });
    const CliRun own = runCli({ u"fields"_s, path });
    QCOMPARE(own.exitCode, 0);
    QVERIFY2(own.out.contains(u"  call.call_analysis.user_sentiment string   Positive"_s),
        qPrintable(own.out));
    QVERIFY(own.out.contains(u"Positive                                    call.ended\n"_s));

    const CliRun withFile = runCli({ u"fields"_s, TestPaths::sampleFile(), u"--json"_s });
    QCOMPARE(withFile.exitCode, 0);
    const QJsonArray sources = QJsonDocument::fromJson(withFile.out.toUtf8()).array();
    QCOMPARE(sources.size(), 9);
    const QJsonObject contact = sources.at(1).toObject();
    QCOMPARE(contact.value(u"source"_s).toString(), u"contact_field"_s);
    QCOMPARE(contact.value(u"fields"_s).toArray().first()[u"name"_s].toString(), u"first_name"_s);
    QCOMPARE(contact.value(u"fields"_s).toArray().first()[u"sample"_s].toString(), u"Maria"_s);
}

void RenderCommandTest::rendersForTheChosenEnvironment()
{
    const QStringList arguments
        = QStringList { u"render"_s, TestPaths::sampleFile(), u"--webhook"_s, u"CRM sync"_s,
              u"--event"_s, u"call.ended"_s, u"--receiver"_s, u"http://127.0.0.1:9911"_s };
    const CliRun local = runCli(arguments);
    QCOMPARE(local.exitCode, 0);
    QVERIFY(local.out.startsWith(u"POST http://127.0.0.1:9911/crm/v2/contacts/"_s));
    const CliRun staging = runCli(arguments + QStringList { u"--environment"_s, u"Staging"_s });
    QCOMPARE(staging.exitCode, 0);
    QVERIFY(staging.out.startsWith(
        u"POST https://hooks.staging.brightline.example/crm/v2/contacts/"_s));

    const CliRun unknown = runCli(arguments + QStringList { u"--environment"_s, u"QA"_s });
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err,
        u"render: --environment: the campaign has no environment \"QA\"; it has \"Local\", "
        "\"Staging\".\n"_s);
}

QTEST_GUILESS_MAIN(RenderCommandTest)
#include "RenderCommandTest.moc"
