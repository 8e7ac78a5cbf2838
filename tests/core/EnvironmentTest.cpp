#include "TestPaths.h"
#include "catalog/EventCatalog.h"
#include "delivery/DeliveryPreparer.h"
#include "delivery/MemorySecretStore.h"
#include "exchange/CurlExport.h"
#include "exchange/ProductionExport.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"
#include "io/SecretExtractor.h"
#include "templating/MappingOverview.h"
#include "templating/RequestRenderer.h"
#include "validation/DocumentValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Environments: {{name}} resolving from the one in use, per-environment
// secrets, the file format (version 2 and the version 1 loader), validation
// across environments, and production export with one environment's values.
class EnvironmentTest : public QObject
{
    Q_OBJECT

private slots:
    void oneWebhookRendersForTwoEnvironments();
    void secretsArePerEnvironmentAndNeverInThePreview();
    void aMappingCanNameAnEnvironmentVariable();
    void aVariableMissingInTheEnvironmentInUseIsAnError();
    void secretsStandInHeaderValuesOnly();
    void valuesMayPointAtTheLocalReceiver();
    void theMappingTableShowsWhereAVariableComesFrom();
    void validationComparesEnvironments();
    void savingMovesSecretsOutPerEnvironment();
    void roundTripsThroughTheFile();
    void opensAVersionOneFileAndSavesTheCurrentVersion();
    void productionExportCarriesOneEnvironment();
    void curlExportLeavesTheSecretToTheShell();
    void productionExportRefusesWhatItCannotResolve();

private:
    static CampaignDocument campaign();
    static RenderedRequest render(const CampaignDocument& document, const QString& environment);
};

CampaignDocument EnvironmentTest::campaign()
{
    CampaignDocument document;
    document.name = u"Acme Renewals"_s;
    WebhookConfig webhook;
    webhook.id = u"crm"_s;
    webhook.name = u"CRM"_s;
    webhook.events = { u"call.ended"_s };
    webhook.method = HttpMethod::Post;
    webhook.url = u"{{base_url}}/v2/{{tenant}}/calls"_s;
    webhook.headers = { { u"Authorization"_s, u"Bearer {{api_token}}"_s, true, false } };
    webhook.contentType = BodyContentType::Json;
    webhook.body = u"{\"tenant\": \"{{tenant}}\", \"event\": \"{{event}}\"}"_s;
    document.webhooks.append(webhook);
    document.environments = {
        { u"Staging"_s,
            { { u"base_url"_s, u"https://staging.acme.test"_s, false, {} },
                { u"tenant"_s, u"acme staging"_s, false, {} },
                { u"api_token"_s, u"${ACME_RENEWALS_STAGING_API_TOKEN}"_s, true, {} } },
            {} },
        { u"Production"_s,
            { { u"base_url"_s, u"https://api.acme.test"_s, false, {} },
                { u"tenant"_s, u"acme"_s, false, {} },
                { u"api_token"_s, u"${ACME_RENEWALS_PRODUCTION_API_TOKEN}"_s, true, {} } },
            {} },
    };
    return document;
}

RenderedRequest EnvironmentTest::render(
    const CampaignDocument& document, const QString& environment)
{
    EventContext::Options options;
    options.eventId = u"evt_test"_s;
    options.environment = environment;
    const EventContext context
        = EventContext::build(document, *EventCatalog::find(u"call.ended"), options);
    return RequestRenderer::render(RequestTemplate(document.webhooks.first()), context);
}

void EnvironmentTest::oneWebhookRendersForTwoEnvironments()
{
    const CampaignDocument document = campaign();
    const RenderedRequest staging = render(document, u"Staging"_s);
    QVERIFY(staging.problems.isEmpty());
    // The URL component is percent-encoded; the body value JSON-escaped.
    QCOMPARE(staging.url, u"https://staging.acme.test/v2/acme%20staging/calls"_s);
    QCOMPARE(staging.body, QByteArray(R"({"tenant": "acme staging", "event": "call.ended"})"));
    const RenderedRequest production = render(document, u"Production"_s);
    QCOMPARE(production.url, u"https://api.acme.test/v2/acme/calls"_s);
    // Without a choice, the first environment is used.
    QCOMPARE(render(document, QString()).url, staging.url);
}

void EnvironmentTest::secretsArePerEnvironmentAndNeverInThePreview()
{
    const CampaignDocument document = campaign();
    const RenderedRequest preview = render(document, u"Staging"_s);
    // The preview holds the reference, and the header is secret from now on.
    QCOMPARE(preview.header(u"Authorization"), u"Bearer ${ACME_RENEWALS_STAGING_API_TOKEN}"_s);
    QVERIFY(preview.headers.first().secret);

    MemorySecretStore secrets;
    secrets.insert(u"ACME_RENEWALS_STAGING_API_TOKEN"_s, u"st-123"_s);
    secrets.insert(u"ACME_RENEWALS_PRODUCTION_API_TOKEN"_s, u"pr-456"_s);
    const auto prepare = [&](const QString& environment) {
        EventContext::Options options;
        options.environment = environment;
        return DeliveryPreparer::prepare(RequestTemplate(document.webhooks.first()),
            EventContext::build(document, *EventCatalog::find(u"call.ended"), options), secrets,
            JsonPath(), {});
    };
    const DeliveryPreparer::Result staging = prepare(u"Staging"_s);
    const DeliveryPreparer::Result production = prepare(u"Production"_s);
    QVERIFY(staging.plan && production.plan);
    QCOMPARE(staging.plan->request.header(u"Authorization"), u"Bearer st-123"_s);
    QCOMPARE(production.plan->request.header(u"Authorization"), u"Bearer pr-456"_s);
    QCOMPARE(staging.plan->environment, u"Staging"_s);
    // What Redeliver and the history keep is the reference, never the value.
    QCOMPARE(staging.replay.request.header(u"Authorization"),
        u"Bearer ${ACME_RENEWALS_STAGING_API_TOKEN}"_s);
    QCOMPARE(staging.replay.environment, u"Staging"_s);
    const DeliveryPreparer::Result again = DeliveryPreparer::replan(staging.replay, secrets);
    QCOMPARE(again.plan->request.header(u"Authorization"), u"Bearer st-123"_s);

    MemorySecretStore none;
    EventContext::Options options;
    options.environment = u"Production"_s;
    QCOMPARE(DeliveryPreparer::missingSecrets(RequestTemplate(document.webhooks.first()),
                 EventContext::build(document, *EventCatalog::find(u"call.ended"), options), none),
        QStringList { u"ACME_RENEWALS_PRODUCTION_API_TOKEN"_s });
}

void EnvironmentTest::aMappingCanNameAnEnvironmentVariable()
{
    CampaignDocument document = campaign();
    WebhookConfig& webhook = document.webhooks.first();
    webhook.url = u"{{crm_host}}/calls"_s;
    webhook.mappings.append(
        { u"crm_host"_s, DataSource::EnvironmentVariable, u"base_url"_s, QString() });
    QCOMPARE(render(document, u"Production"_s).url, u"https://api.acme.test/calls"_s);
    QVERIFY(DocumentValidator::validate(document).isEmpty());
}

void EnvironmentTest::aVariableMissingInTheEnvironmentInUseIsAnError()
{
    CampaignDocument document = campaign();
    document.environments[1].variables.removeAt(1); // Production loses tenant
    QVERIFY(render(document, u"Staging"_s).problems.isEmpty());
    const RenderedRequest production = render(document, u"Production"_s);
    QVERIFY(!production.problems.isEmpty());
    QCOMPARE(production.problems.first().code, u"template.environment-missing"_s);
    QCOMPARE(production.problems.first().message,
        u"{{tenant}} is not defined in the environment \"Production\": add \"tenant\" there."_s);
    QCOMPARE(production.problems.first().position.column, 17);

    document.environments.clear();
    const RenderedRequest none = render(document, QString());
    // Without environments the names are ordinary unmapped variables.
    QCOMPARE(none.problems.first().code, u"template.unmapped"_s);
}

void EnvironmentTest::secretsStandInHeaderValuesOnly()
{
    CampaignDocument document = campaign();
    document.webhooks.first().url = u"{{base_url}}/calls?key={{api_token}}"_s;
    const RenderedRequest rendered = render(document, u"Staging"_s);
    QCOMPARE(rendered.problems.size(), 1);
    QCOMPARE(rendered.problems.first().code, u"template.secret-placement"_s);
    QVERIFY(!rendered.url.contains(u"ACME_RENEWALS"_s));
}

void EnvironmentTest::valuesMayPointAtTheLocalReceiver()
{
    CampaignDocument document = campaign();
    document.environments.prepend({ u"Local"_s,
        { { u"base_url"_s, u"{{ local_receiver }}/mock"_s, false, {} },
            { u"tenant"_s, u"dev"_s, false, {} }, { u"api_token"_s, u"dev-token"_s, false, {} } },
        {} });
    EventContext::Options options;
    options.localReceiverUrl = u"http://127.0.0.1:41000"_s;
    options.environment = u"Local"_s;
    const EventContext context
        = EventContext::build(document, *EventCatalog::find(u"call.ended"), options);
    const RenderedRequest rendered
        = RequestRenderer::render(RequestTemplate(document.webhooks.first()), context);
    QCOMPARE(rendered.url, u"http://127.0.0.1:41000/mock/v2/dev/calls"_s);
    // Not secret there: the header is as typed.
    QVERIFY(!rendered.headers.first().secret);
}

void EnvironmentTest::theMappingTableShowsWhereAVariableComesFrom()
{
    const CampaignDocument document = campaign();
    const QList<MappingOverview::Row> rows
        = MappingOverview::build(document.webhooks.first(), document.environmentVariableNames());
    QCOMPARE(rows.size(), 4); // base_url, tenant, api_token, event
    QVERIFY(rows.at(0).fromEnvironment && !rows.at(0).isUnmapped());
    QVERIFY(rows.at(3).builtIn && !rows.at(3).fromEnvironment);
    // Without the campaign's environments the same names are unmapped.
    QVERIFY(MappingOverview::build(document.webhooks.first()).at(0).isUnmapped());
}

void EnvironmentTest::validationComparesEnvironments()
{
    CampaignDocument document = campaign();
    document.environments[0].variables.append({ u"region"_s, u"eu"_s, false, {} });
    document.environments.append({ u"Staging"_s, {}, {} });
    document.environments[1].variables.append({ u"9lives"_s, u"x"_s, false, {} });
    const QList<Problem> problems = DocumentValidator::validate(document);
    const auto find = [&](const QString& code, const QString& path) {
        return std::find_if(problems.cbegin(), problems.cend(),
            [&](const Problem& problem) { return problem.code == code && problem.path == path; });
    };
    const auto missing = find(u"environment.variable-missing"_s, u"$.environments[1].variables"_s);
    QVERIFY(missing != problems.cend());
    QCOMPARE(missing->severity, Severity::Warning);
    QCOMPARE(missing->message,
        u"The environment \"Production\" lacks \"region\", which \"Staging\" defines; a "
        "webhook that uses it fails there."_s);
    QVERIFY(find(u"environment.duplicate"_s, u"$.environments[2].name"_s) != problems.cend());
    QVERIFY(find(u"environment.variable-invalid"_s, u"$.environments[1].variables[3].name"_s)
        != problems.cend());
}

void EnvironmentTest::savingMovesSecretsOutPerEnvironment()
{
    CampaignDocument document = campaign();
    document.environments[0].variables[2].value = u"typed-staging"_s;
    document.environments[1].variables[2].value = u"typed-production"_s;
    document.environments[1].tls.passphrase = u"typed-passphrase"_s;
    const QList<SecretExtractor::Secret> secrets = SecretExtractor::extract(document);
    QCOMPARE(secrets.size(), 3);
    QCOMPARE(secrets.at(2).name, u"ACME_RENEWALS_PRODUCTION_TLS_PASSPHRASE"_s);
    QCOMPARE(secrets.at(2).path, u"$.environments[1].tls.passphrase"_s);
    QCOMPARE(secrets.at(0).name, u"ACME_RENEWALS_STAGING_API_TOKEN"_s);
    QCOMPARE(secrets.at(0).value, u"typed-staging"_s);
    QCOMPARE(secrets.at(0).path, u"$.environments[0].variables[2].value"_s);
    QCOMPARE(secrets.at(1).name, u"ACME_RENEWALS_PRODUCTION_API_TOKEN"_s);
    QCOMPARE(
        document.environments[1].variables[2].value, u"${ACME_RENEWALS_PRODUCTION_API_TOKEN}"_s);
    QVERIFY(!DocumentWriter::toJson(document).contains("typed-"));
}

void EnvironmentTest::roundTripsThroughTheFile()
{
    CampaignDocument document = campaign();
    document.environments[0].variables[0].description = u"The staging gateway"_s;
    document.environments[1].tls = { u"certs/internal-ca.pem"_s, u"certs/client.p12"_s, QString(),
        u"${ACME_RENEWALS_PRODUCTION_TLS_PASSPHRASE}"_s };
    const QByteArray json = DocumentWriter::toJson(document);
    QVERIFY(json.contains("\"tls\": {\n        \"caBundle\": \"certs/internal-ca.pem\""));
    QVERIFY(json.contains("\"version\": 3"));
    const LoadResult loaded = DocumentReader::readBytes(json);
    QVERIFY2(loaded.document, qPrintable(loaded.problems.value(0).message));
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.document->environments, document.environments);
    QCOMPARE(*loaded.document, document);
}

void EnvironmentTest::opensAVersionOneFileAndSavesTheCurrentVersion()
{
    const QString path = TestPaths::dataFile(u"valid/winter-renewal-version-1.webhooks.json"_s);
    const LoadResult loaded = DocumentReader::readFile(path);
    QVERIFY2(loaded.document, qPrintable(loaded.problems.value(0).message));
    QVERIFY(loaded.problems.isEmpty());
    QVERIFY(loaded.document->environments.isEmpty());
    QCOMPARE(loaded.document->webhooks.size(), 4);
    const QByteArray saved = DocumentWriter::toJson(*loaded.document);
    QVERIFY(saved.contains("\"version\": 3"));
    QCOMPARE(*DocumentReader::readBytes(saved).document, *loaded.document);

    // Version 1 had no environments: there the key is unknown, not read.
    QJsonObject object = QJsonDocument::fromJson(saved).object();
    object.insert(u"version"_s, 1);
    object.insert(u"environments"_s, QJsonArray { QJsonObject { { u"name"_s, u"Local"_s } } });
    const LoadResult old = DocumentReader::readBytes(QJsonDocument(object).toJson());
    QVERIFY(old.document);
    QVERIFY(old.document->environments.isEmpty());
    QCOMPARE(old.problems.size(), 1);
    QCOMPARE(old.problems.first().path, u"$.environments"_s);
}

void EnvironmentTest::productionExportCarriesOneEnvironment()
{
    const ProductionExport::Result result
        = ProductionExport::write(campaign(), ProductionExport::Mode::Production, u"Production"_s);
    QVERIFY2(result.succeeded(), qPrintable(result.problems.value(0).message));
    QCOMPARE(result.environment, u"Production"_s);
    QCOMPARE(result.secrets, QStringList { u"ACME_RENEWALS_PRODUCTION_API_TOKEN"_s });
    const QJsonObject root = QJsonDocument::fromJson(result.json).object();
    QCOMPARE(root.value(u"environment"_s).toString(), u"Production"_s);
    QVERIFY(!root.contains(u"environments"_s));
    const QJsonObject request = root[u"webhooks"_s][0][u"request"_s].toObject();
    QCOMPARE(request.value(u"url"_s).toString(), u"https://api.acme.test/v2/acme/calls"_s);
    const QJsonObject header = request[u"headers"_s][0].toObject();
    QCOMPARE(
        header.value(u"value"_s).toString(), u"Bearer ${ACME_RENEWALS_PRODUCTION_API_TOKEN}"_s);
    QVERIFY(header.value(u"secret"_s).toBool());
    QCOMPARE(
        request.value(u"body"_s).toString(), u"{\"tenant\": \"acme\", \"event\": \"{{event}}\"}"_s);
    // Staging is exported with its own values.
    const ProductionExport::Result staging
        = ProductionExport::write(campaign(), ProductionExport::Mode::Production, u"Staging"_s);
    QVERIFY(staging.json.contains("https://staging.acme.test/v2/acme%20staging/calls"));
}

void EnvironmentTest::curlExportLeavesTheSecretToTheShell()
{
    EventContext::Options options;
    options.environment = u"Staging"_s;
    const CurlExport::Result result = CurlExport::write(campaign(), MemorySecretStore(), options);
    QVERIFY2(result.complete(), qPrintable(result.problems.value(0).message));
    QVERIFY2(result.script.contains(
                 u"-H 'Authorization: Bearer '\"${ACME_RENEWALS_STAGING_API_TOKEN}\""_s),
        qPrintable(result.script));
    QVERIFY(result.script.contains(u"'https://staging.acme.test/v2/acme%20staging/calls'"_s));
    QCOMPARE(result.variables, QStringList { u"ACME_RENEWALS_STAGING_API_TOKEN"_s });
}

void EnvironmentTest::productionExportRefusesWhatItCannotResolve()
{
    CampaignDocument document = campaign();
    document.environments[1].variables.removeAt(1); // Production lacks tenant
    const ProductionExport::Result unresolved
        = ProductionExport::write(document, ProductionExport::Mode::Production, u"Production"_s);
    QVERIFY(!unresolved.succeeded());
    QVERIFY(std::any_of(unresolved.problems.cbegin(), unresolved.problems.cend(),
        [](const Problem& problem) { return problem.message.contains(u"{{tenant}}"_s); }));
    QVERIFY(ProductionExport::write(document, ProductionExport::Mode::Production, u"Staging"_s)
                .succeeded());

    const ProductionExport::Result unknown
        = ProductionExport::write(document, ProductionExport::Mode::Production, u"QA"_s);
    QVERIFY(!unknown.succeeded());
    QCOMPARE(unknown.problems.first().message,
        u"The campaign has no environment \"QA\"; it has \"Staging\", \"Production\"."_s);

    document.webhooks.first().delivery.allowInsecureTls = true;
    const ProductionExport::Result insecure
        = ProductionExport::write(document, ProductionExport::Mode::Production, u"Staging"_s);
    QVERIFY(!insecure.succeeded());
    QCOMPARE(insecure.problems.first().code, u"production.insecure-tls"_s);
    QCOMPARE(insecure.problems.first().path, u"$.webhooks[0].delivery.allowInsecureTls"_s);
}

QTEST_GUILESS_MAIN(EnvironmentTest)
#include "EnvironmentTest.moc"
