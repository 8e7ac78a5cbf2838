#include "ProductionExport.h"

#include "EnvironmentInliner.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"
#include "io/JsonSchemaValidator.h"
#include "io/JsonWriter.h"
#include "io/SecretExtractor.h"
#include "validation/CampaignChecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {
// What production needs of the campaign: no samples, no disabled headers.
CampaignDocument forProduction(CampaignDocument document)
{
    document.sampleData = {};
    for (DataSource source : { DataSource::ContactField, DataSource::AgentOutcomeField,
             DataSource::DynamicVariable, DataSource::PostCallOutcome }) {
        for (FieldDefinition& field : *document.dataModel.mutableFields(source))
            field.sample = QJsonValue(QJsonValue::Undefined);
    }
    for (WebhookConfig& webhook : document.webhooks) {
        webhook.headers.removeIf([](const HeaderEntry& header) { return !header.enabled; });
    }
    return document;
}

// Production keeps only enabled headers, so these are all it references.
QStringList referencedSecrets(const CampaignDocument& document)
{
    QStringList names;
    for (const WebhookConfig& webhook : document.webhooks)
        names += webhook.secretNames();
    names.removeDuplicates();
    names.sort();
    return names;
}

QList<Problem> schemaProblems(const QByteArray& json)
{
    QList<Problem> problems;
    const JsonSchemaValidator validator
        = JsonSchemaValidator::fromFile(ProductionExport::schemaPath());
    for (const JsonSchemaValidator::Error& error :
        validator.validate(QJsonDocument::fromJson(json).object())) {
        problems.append(
            Problem::error(error.path.toString(), u"schema."_s + error.keyword, error.message));
    }
    return problems;
}
} // namespace

QString ProductionExport::formatName()
{
    return u"webhook-studio.production"_s;
}

QString ProductionExport::schemaPath()
{
    return u":/schema/production.schema.json"_s;
}

std::optional<CampaignDocument> ProductionExport::withEnvironmentFirst(
    const CampaignDocument& document, const QString& environmentName, Result& result)
{
    if (document.environments.isEmpty()) {
        if (environmentName.isEmpty())
            return document;
        result.problems.append(
            Problem::error(u"--environment"_s, u"production.environment-unknown"_s,
                tr("The campaign has no environments, so there is no \"%1\" to export with.")
                    .arg(environmentName)));
        return std::nullopt;
    }
    const Environment* environment = document.chosenEnvironment(environmentName);
    if (!environment) {
        const QString names = u'"' + document.environmentNames().join(u"\", \""_s) + u'"';
        result.problems.append(Problem::error(u"--environment"_s,
            u"production.environment-unknown"_s,
            tr("The campaign has no environment \"%1\"; it has %2.").arg(environmentName, names)));
        return std::nullopt;
    }
    result.environment = environment->name;
    // Checks and renders resolve from the first environment.
    CampaignDocument chosen = document;
    const qsizetype at = environment - document.environments.constData();
    chosen.environments.move(at, 0);
    return chosen;
}

ProductionExport::Result ProductionExport::write(
    const CampaignDocument& original, Mode mode, const QString& environmentName)
{
    Result result;
    const std::optional<CampaignDocument> chosen
        = withEnvironmentFirst(original, environmentName, result);
    if (!chosen)
        return result;
    const CampaignDocument& document = *chosen;
    for (const CampaignChecker::Finding& finding : CampaignChecker::check(document)) {
        if (finding.problem.isError())
            result.problems.append(finding.problem);
    }
    // Fine for a test against a self-signed receiver, never for production.
    for (qsizetype w = 0; w < document.webhooks.size(); ++w) {
        if (document.webhooks.at(w).enabled && document.webhooks.at(w).delivery.allowInsecureTls) {
            result.problems.append(Problem::error(JsonPath()
                                                      .key(u"webhooks")
                                                      .index(w)
                                                      .key(u"delivery")
                                                      .key(u"allowInsecureTls")
                                                      .toString(),
                u"production.insecure-tls"_s,
                tr("\"%1\" ignores TLS certificate errors; production must verify them. "
                   "Turn the option off, or export a draft.")
                    .arg(document.webhooks.at(w).name)));
        }
    }
    if (!result.problems.isEmpty() && mode == Mode::Production)
        return result;

    // Secret values never leave: they become ${NAME} references here.
    CampaignDocument exported = forProduction(document);
    if (!document.environments.isEmpty()) {
        const QList<Problem> unresolved
            = EnvironmentInliner::inlineInto(exported, document.environments.first());
        if (!unresolved.isEmpty() && mode == Mode::Production) {
            result.problems += unresolved;
            return result;
        }
        for (const Problem& problem : unresolved)
            result.problems.append(Problem::warning(problem.path, problem.code, problem.message));
    }
    SecretExtractor::extract(exported);
    result.secrets = referencedSecrets(exported);

    JsonWriter out;
    out.beginObject();
    out.member(u"format", formatName());
    out.member(u"version", kFormatVersion);
    out.member(u"draft", mode == Mode::Draft);
    if (!result.environment.isEmpty())
        out.member(u"environment", result.environment);
    DocumentWriter::writeCampaign(out, exported);
    out.member(u"secrets", QJsonArray::fromStringList(result.secrets));
    out.key(u"webhooks");
    out.beginArray();
    for (const WebhookConfig& webhook : exported.webhooks)
        DocumentWriter::writeWebhook(out, webhook);
    out.endArray();
    out.endObject();
    const QByteArray json = out.toJson();

    const QList<Problem> invalid = schemaProblems(json);
    if (!invalid.isEmpty() && mode == Mode::Production) {
        result.problems += invalid;
        return result;
    }
    // A draft is unfinished by definition: what the schema would refuse (an
    // empty URL, say) is said, and the draft is written all the same.
    for (const Problem& problem : invalid)
        result.problems.append(Problem::warning(problem.path, problem.code, problem.message));
    result.json = json;
    return result;
}

LoadResult ProductionExport::read(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
    if (!parsed.isObject()) {
        // The document reader says what is wrong with broken JSON, with its
        // line and column.
        return DocumentReader::readBytes(json);
    }
    const QJsonObject root = parsed.object();
    if (root.value(u"format"_s).toString() != formatName()) {
        return { std::nullopt,
            { Problem::error(u"$.format"_s, u"production.format"_s,
                tr("This is not a production export (its format is not \"%1\").")
                    .arg(formatName())) } };
    }
    const int version = root.value(u"version"_s).toInt();
    if (version > kFormatVersion) {
        return { std::nullopt,
            { Problem::error(u"$.version"_s, u"production.version"_s,
                tr("This export is version %1, made by a newer Webhook Studio; this one reads "
                   "version %2.")
                    .arg(version)
                    .arg(kFormatVersion)) } };
    }
    QList<Problem> problems = schemaProblems(json);
    if (!problems.isEmpty())
        return { std::nullopt, problems };
    // The rest is a campaign document's.
    QJsonObject asDocument = root;
    asDocument.insert(u"format"_s, CampaignDocument::formatName());
    asDocument.remove(u"draft"_s);
    asDocument.remove(u"environment"_s);
    asDocument.remove(u"secrets"_s);
    return DocumentReader::readBytes(QJsonDocument(asDocument).toJson());
}
