#include "SampleOverrides.h"

#include "catalog/DataSourceCatalog.h"
#include "io/JsonObjectReader.h"

using namespace Qt::StringLiterals;

namespace {
const QList<DataSource> kSections { DataSource::CallLogField, DataSource::ContactField,
    DataSource::AgentOutcomeField, DataSource::DynamicVariable, DataSource::PostCallOutcome };

// The declared type of a field, if the field exists.
std::optional<FieldType> fieldType(
    DataSource source, const QString& name, const CampaignDataModel& model)
{
    if (const CatalogField* fixed = DataSourceCatalog::findFixedField(source, name))
        return fixed->type;
    if (const FieldDefinition* declared = model.findField(source, name))
        return declared->type;
    return std::nullopt;
}
} // namespace

QString SampleOverrides::sectionName(DataSource source)
{
    switch (source) {
    case DataSource::CallLogField:
        return u"callLog"_s;
    case DataSource::ContactField:
        return u"contactFields"_s;
    case DataSource::AgentOutcomeField:
        return u"agentOutcomeFields"_s;
    case DataSource::DynamicVariable:
        return u"dynamicVariables"_s;
    case DataSource::PostCallOutcome:
        return u"postCallOutcomes"_s;
    case DataSource::DefaultValue:
    case DataSource::Timestamp:
    case DataSource::EnvironmentVariable:
    case DataSource::EventPayload:
        break;
    }
    return {};
}

SampleOverrides SampleOverrides::fromJson(
    const QJsonObject& object, const CampaignDataModel& model, QList<Problem>* problems)
{
    SampleOverrides overrides;
    const JsonPath root;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto section = std::find_if(kSections.cbegin(), kSections.cend(),
            [&](DataSource source) { return sectionName(source) == it.key(); });
        const JsonPath sectionPath = root.key(it.key());
        if (section == kSections.cend()) {
            QStringList names;
            for (DataSource source : kSections)
                names.append(sectionName(source));
            problems->append(Problem::error(sectionPath.toString(), u"sample.section"_s,
                tr("Unknown section \"%1\"; expected one of: %2.")
                    .arg(it.key(), names.join(u", "_s))));
            continue;
        }
        if (!it.value().isObject()) {
            JsonObjectReader::reportTypeMismatch(
                problems, sectionPath, tr("an object"), it.value());
            continue;
        }
        const QJsonObject fields = it.value().toObject();
        for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
            const std::optional<FieldType> type = fieldType(*section, field.key(), model);
            if (!type) {
                problems->append(Problem::warning(sectionPath.key(field.key()).toString(),
                    u"sample.unknown-field"_s,
                    tr("\"%1\" is not a field of %2; its value is never used.")
                        .arg(field.key(), it.key())));
            } else if (!fieldTypeAccepts(*type, field.value())) {
                problems->append(
                    Problem::warning(sectionPath.key(field.key()).toString(), u"sample.type"_s,
                        tr("The sample value of \"%1\" is not a %2.")
                            .arg(field.key(), fieldTypeName(*type))));
            }
        }
        overrides.values.insert(*section, fields);
    }
    return overrides;
}
