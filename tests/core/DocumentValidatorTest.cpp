#include "validation/DocumentValidator.h"

#include "TestPaths.h"
#include "io/DocumentReader.h"
#include "model/Limits.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

using Mutation = std::function<void(CampaignDocument&)>;
Q_DECLARE_METATYPE(Mutation)

class DocumentValidatorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theSampleHasNoProblems();
    void reportsProblems_data();
    void reportsProblems();
    void urlsStartingWithAPlaceholderAreCheckedWhenRendered();
    void warnsOncePerMappingWithTheEventsThatLackIt();

private:
    CampaignDocument m_sample;
};

void DocumentValidatorTest::initTestCase()
{
    const LoadResult result = DocumentReader::readFile(TestPaths::sampleFile());
    QVERIFY(result.document);
    m_sample = *result.document;
}

void DocumentValidatorTest::theSampleHasNoProblems()
{
    const QList<Problem> problems = DocumentValidator::validate(m_sample);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
}

void DocumentValidatorTest::reportsProblems_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("message");

    const auto crm = [](CampaignDocument& d) -> WebhookConfig& { return d.webhooks[0]; };
    const auto row = [](const char* name, Mutation mutation, const char* code, const char* path,
                         bool isError, const char* message) {
        QTest::newRow(name) << mutation << QString::fromUtf8(code) << QString::fromUtf8(path)
                            << isError << QString::fromUtf8(message);
    };

    row(
        "campaign without name", [](CampaignDocument& d) { d.name = u"  "_s; },
        "campaign.name-empty", "$.campaign.name", false, "has no name");
    row(
        "field sample of wrong type",
        [](CampaignDocument& d) { d.dataModel.dynamicVariables[1].sample = u"149"_s; },
        "field.sample-type", "$.campaign.dataModel.dynamicVariables[1].sample", false,
        "The sample value of \"renewal_price\" is not a number.");
    row(
        "datetime sample that is not ISO-8601",
        [](CampaignDocument& d) { d.dataModel.contactFields[6].sample = u"next Tuesday"_s; },
        "field.sample-type", "$.campaign.dataModel.contactFields[6].sample", false,
        "is not a datetime");
    row(
        "duplicate declared field",
        [](CampaignDocument& d) { d.dataModel.agentOutcomeFields[1].name = u"interested"_s; },
        "field.duplicate", "$.campaign.dataModel.agentOutcomeFields[1].name", true,
        "declared twice");
    row(
        "sample data for an unknown call-log field",
        [](CampaignDocument& d) { d.sampleData.callLog.insert(u"mood"_s, u"happy"_s); },
        "sample.unknown-field", "$.sampleData.callLog.mood", false, "is not a call-log field");
    row(
        "sample data of the wrong type",
        [](CampaignDocument& d) { d.sampleData.callLog.insert(u"duration_seconds"_s, u"4 min"_s); },
        "sample.type", "$.sampleData.callLog.duration_seconds", false, "is not a number");
    row(
        "duplicate id", [](CampaignDocument& d) { d.webhooks[1].id = u"crm-sync"_s; },
        "webhook.id-duplicate", "$.webhooks[1].id", true, "already has the id \"crm-sync\"");
    row(
        "invalid id", [](CampaignDocument& d) { d.webhooks[1].id = u"-x y"_s; },
        "webhook.id-invalid", "$.webhooks[1].id", true, "is not a valid id");
    row(
        "empty name", [](CampaignDocument& d) { d.webhooks[2].name.clear(); }, "webhook.name-empty",
        "$.webhooks[2].name", true, "has no name");
    row(
        "no events", [crm](CampaignDocument& d) { crm(d).events.clear(); }, "events.none",
        "$.webhooks[0].events", false, "never fires");
    row(
        "event listed twice", [crm](CampaignDocument& d) { crm(d).events.append(u"call.ended"_s); },
        "events.duplicate", "$.webhooks[0].events[1]", false, "listed twice");
    row(
        "mailto URL", [crm](CampaignDocument& d) { crm(d).url = u"mailto:ops@example.com"_s; },
        "url.scheme", "$.webhooks[0].request.url", true, "\"mailto\" is not supported");
    row(
        "header sent twice",
        [crm](CampaignDocument& d) {
            crm(d).headers.append({ u"x-campaign-id"_s, u"1"_s });
        },
        "header.duplicate", "$.webhooks[0].request.headers[3].name", false, "more than once");
    row(
        "disabled duplicate header is fine but empty name is not",
        [crm](CampaignDocument& d) {
            crm(d).headers.append({ QString(), u"1"_s });
        },
        "header.name-empty", "$.webhooks[0].request.headers[3].name", true, "has no name");
    row(
        "credential in a header that is not secret",
        [crm](CampaignDocument& d) {
            crm(d).headers[0].secret = false;
            crm(d).headers[0].value = u"Bearer abc123"_s;
        },
        "header.credential-not-secret", "$.webhooks[0].request.headers[0].secret", false,
        "\"Authorization\" looks like a credential");
    row(
        "secret held in plain text",
        [crm](CampaignDocument& d) { crm(d).headers[0].value = u"Bearer abc123"_s; },
        "header.secret-plain", "$.webhooks[0].request.headers[0].value", false,
        "saved as a ${NAME} reference");
    row(
        "body on GET", [](CampaignDocument& d) { d.webhooks[1].body = u"{}"_s; }, "body.unexpected",
        "$.webhooks[1].request.body", false, "A GET request normally has no body");
    row(
        "total timeout below attempt timeout",
        [crm](CampaignDocument& d) { crm(d).delivery.totalTimeoutSeconds = 9.5; },
        "delivery.total-below-timeout", "$.webhooks[0].delivery.totalTimeoutSeconds", true,
        "The total timeout (9.5 s) is shorter than one attempt's timeout (10 s)");
    row(
        "total timeout too long",
        [crm](CampaignDocument& d) { crm(d).delivery.totalTimeoutSeconds = 7200; },
        "delivery.total-range", "$.webhooks[0].delivery.totalTimeoutSeconds", true,
        "between 0.1 s and 3600 s; it is 7200 s");
    row(
        "no room for a retry",
        [crm](CampaignDocument& d) { crm(d).delivery.totalTimeoutSeconds = 10.5; },
        "delivery.no-room-for-retries", "$.webhooks[0].delivery.retryLimit", false,
        "leaves no time for a retry");
    row(
        "insecure TLS", [crm](CampaignDocument& d) { crm(d).delivery.allowInsecureTls = true; },
        "delivery.insecure-tls", "$.webhooks[0].delivery.allowInsecureTls", false,
        "certificate errors are ignored");
    row(
        "negative first delay",
        [crm](CampaignDocument& d) { crm(d).delivery.backoff.initialDelaySeconds = -1; },
        "backoff.initial-range", "$.webhooks[0].delivery.backoff.initialDelaySeconds", true,
        "between 0 s and 3600 s");
    row(
        "longest delay below first",
        [crm](CampaignDocument& d) { crm(d).delivery.backoff.maxDelaySeconds = 0.5; },
        "backoff.max-below-initial", "$.webhooks[0].delivery.backoff.maxDelaySeconds", false,
        "every wait is 0.5 s");
    row(
        "status 99", [crm](CampaignDocument& d) { crm(d).success.expectedStatus = 99; },
        "success.status-range", "$.webhooks[0].success.expectedStatus", true,
        "99 is not an HTTP status code");
    row(
        "response key with a space",
        [crm](CampaignDocument& d) { crm(d).success.responseKey = u"data.is ok"_s; },
        "success.key-invalid", "$.webhooks[0].success.responseKey", true,
        "Segment \"is ok\" of the response key contains white space");
    row(
        "variable mapped twice",
        [crm](CampaignDocument& d) { crm(d).mappings.append(crm(d).mappings.first()); },
        "mapping.duplicate", "$.webhooks[0].mappings[17].variable", true,
        "\"call_id\" is mapped twice");
    row(
        "mapping without field", [crm](CampaignDocument& d) { crm(d).mappings[2].field.clear(); },
        "mapping.field-empty", "$.webhooks[0].mappings[2].field", true,
        "Choose a Contact Field for \"crm_id\".");
    row(
        "unknown timestamp field",
        [](CampaignDocument& d) { d.webhooks[1].mappings[1].field = u"yesterday"_s; },
        "mapping.field-unknown", "$.webhooks[1].mappings[1].field", true,
        "maps to the Timestamp \"yesterday\", which does not exist");
    row(
        "call-log field on a campaign-only webhook",
        [](CampaignDocument& d) {
            d.webhooks[1].mappings.append(
                { u"call"_s, DataSource::CallLogField, u"call_id"_s, QString() });
        },
        "mapping.unavailable", "$.webhooks[1].mappings[2].field", false,
        "\"call\" is empty on campaign.started, campaign.paused, campaign.completed, "
        "campaign.quota_reached: campaign.started is a campaign event and carries no call");
    row(
        "analysis field before the call ended",
        [](CampaignDocument& d) {
            d.webhooks[2].mappings.append(
                { u"summary"_s, DataSource::CallLogField, u"summary"_s, QString() });
        },
        "mapping.unavailable", "$.webhooks[2].mappings[5].field", false,
        "summary is only known on call.ended");
    row(
        "signing without secret", [](CampaignDocument& d) { d.webhooks[3].signing.secret.clear(); },
        "signing.secret-missing", "$.webhooks[3].signing.secret", true, "Signing needs a secret");
    row(
        "plain signing secret",
        [](CampaignDocument& d) { d.webhooks[3].signing.secret = u"whsec_abc"_s; },
        "signing.secret-plain", "$.webhooks[3].signing.secret", false, "held in plain text");
    row(
        "too many webhooks",
        [](CampaignDocument& d) {
            for (int i = 0; i < Limits::kMaxWebhooks; ++i) {
                WebhookConfig copy = d.webhooks[2];
                copy.id = u"copy-"_s + QString::number(i);
                copy.name = u"Copy "_s + QString::number(i);
                d.webhooks.append(copy);
            }
        },
        "webhooks.too-many", "$.webhooks", true, "at most 1000 are supported");
}

void DocumentValidatorTest::reportsProblems()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, code);
    QFETCH(QString, path);
    QFETCH(bool, isError);
    QFETCH(QString, message);

    CampaignDocument document = m_sample;
    mutation(document);
    const QList<Problem> problems = DocumentValidator::validate(document);
    QStringList seen;
    for (const Problem& problem : problems) {
        if (problem.code == code && problem.path == path) {
            QCOMPARE(problem.isError(), isError);
            QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
            return;
        }
        seen.append(problem.code + u" at "_s + problem.path);
    }
    QFAIL(qPrintable(u"expected %1 at %2; got: %3"_s.arg(code, path, seen.join(u", "_s))));
}

void DocumentValidatorTest::urlsStartingWithAPlaceholderAreCheckedWhenRendered()
{
    CampaignDocument document = m_sample;
    document.webhooks[0].url = u"{{local_receiver}}/crm/{{ crm_id }}"_s;
    QVERIFY(DocumentValidator::validate(document).isEmpty());
    document.webhooks[0].url = u"https://{{host}}/x"_s;
    QVERIFY(DocumentValidator::validate(document).isEmpty());
}

void DocumentValidatorTest::warnsOncePerMappingWithTheEventsThatLackIt()
{
    CampaignDocument document = m_sample;
    document.webhooks[0].events = { u"call.started"_s, u"call.ended"_s };
    const QList<Problem> problems = DocumentValidator::validate(document);
    // duration, ended_at, summary, sentiment, recording_url and the four outcomes
    // have no value on call.started; each mapping is reported once.
    QStringList paths;
    for (const Problem& problem : problems) {
        QCOMPARE(problem.code, u"mapping.unavailable"_s);
        QVERIFY(problem.message.contains(u"is empty on call.started:"_s));
        paths.append(problem.path);
    }
    QCOMPARE(paths.size(), 9);
    QCOMPARE(paths.removeDuplicates(), 0);
}

QTEST_GUILESS_MAIN(DocumentValidatorTest)
#include "DocumentValidatorTest.moc"
