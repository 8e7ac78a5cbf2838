#include "FieldsCommand.h"

#include "catalog/DataSourceCatalog.h"
#include "io/JsonWriter.h"
#include "templating/ValueEncoder.h"

using namespace Qt::StringLiterals;

namespace {
struct FieldRow
{
    QString name;
    FieldType type;
    QString description;
    QJsonValue sample;
    // Which events give it a value, in a few words.
    QString availableOn;
};

QList<FieldRow> rowsOf(const SourceInfo& source, const CampaignDocument& document)
{
    QList<FieldRow> rows;
    for (const CatalogField& field : DataSourceCatalog::fixedFields(source.source)) {
        rows.append({ field.name, field.type, field.description, field.sample,
            fieldRequirementSummary(field.requirement) });
    }
    for (const FieldDefinition& field : document.fields(source.source)) {
        // A path of own samples has a value where a sample has it.
        const QString availableOn = source.source == DataSource::EventPayload
            ? document.sampleData.eventsWith(field.name).join(u", "_s)
            : fieldRequirementSummary(source.requirement);
        rows.append({ field.name, field.type, field.description, field.sample, availableOn });
    }
    return rows;
}

QString shortSample(const QJsonValue& sample)
{
    QString text = ValueEncoder::text(sample).simplified();
    if (text.size() > 40)
        text = text.left(39) + u'…';
    return text;
}
} // namespace

QString FieldsCommand::name() const
{
    return u"fields"_s;
}

QString FieldsCommand::summary() const
{
    return tr("List the data sources and their fields that variables can map to; with a "
              "campaign FILE, its declared fields too.");
}

int FieldsCommand::run(const QStringList& arguments, CliOutput& output)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print the sources and fields as JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(
        u"FILE"_s, tr("A campaign file whose declared fields to list."), u"[FILE]"_s);
    int exitCode = Success;
    if (!parse(parser, arguments, output, &exitCode))
        return exitCode;

    CampaignDocument campaign;
    if (!parser.positionalArguments().isEmpty()) {
        const std::optional<CampaignDocument> document
            = loadDocument(parser.positionalArguments().first(), output);
        if (!document)
            return UsageError;
        campaign = *document;
    }

    if (parser.isSet(json)) {
        JsonWriter out;
        out.beginArray();
        for (const SourceInfo& source : DataSourceCatalog::sources()) {
            out.beginObject();
            out.member(u"source", dataSourceName(source.source));
            out.member(u"title", source.title);
            out.member(u"description", source.description);
            out.key(u"fields");
            out.beginArray();
            for (const FieldRow& row : rowsOf(source, campaign)) {
                out.beginObject();
                out.member(u"name", row.name);
                out.member(u"type", fieldTypeName(row.type));
                out.member(u"availableOn", row.availableOn);
                out.member(u"description", row.description);
                out.member(u"sample", row.sample);
                out.endObject();
            }
            out.endArray();
            out.endObject();
        }
        out.endArray();
        output.out() << QString::fromUtf8(out.toJson());
        return Success;
    }

    for (const SourceInfo& source : DataSourceCatalog::sources()) {
        output.out() << source.title << u" ("_s << dataSourceName(source.source) << u")\n"_s
                     << u"  "_s << source.description << u'\n';
        const QList<FieldRow> rows = rowsOf(source, campaign);
        if (rows.isEmpty()
            && (dataSourceIsDeclared(source.source)
                || source.source == DataSource::EnvironmentVariable
                || source.source == DataSource::EventPayload))
            output.out() << u"  "_s << tr("(declared by each campaign)") << u'\n';
        for (const FieldRow& row : rows) {
            output.out() << u"  "_s << row.name.leftJustified(22) << u' '
                         << fieldTypeName(row.type).leftJustified(9)
                         << shortSample(row.sample).leftJustified(42) << u"  "_s << row.availableOn
                         << u'\n';
        }
        output.out() << u'\n';
    }
    return Success;
}
