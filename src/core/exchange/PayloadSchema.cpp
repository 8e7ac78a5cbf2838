#include "PayloadSchema.h"

#include "catalog/DataSourceCatalog.h"
#include "catalog/EventInfo.h"
#include "catalog/FieldRequirement.h"
#include "model/CampaignDocument.h"
#include "templating/FieldLayout.h"
#include "templating/PlaceholderBinding.h"
#include "templating/RenderedRequest.h"
#include "templating/RequestTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Stands in for a placeholder while the template is read as JSON: a character
// of Unicode's private use area, which no body template has for a reason.
constexpr char16_t kMark = u'\uE000';

QString valueMarker(int segment)
{
    return QChar(kMark) + u'v' + QString::number(segment) + QChar(kMark);
}

QString stringMarker(int segment)
{
    return QChar(kMark) + u's' + QString::number(segment) + QChar(kMark);
}

QJsonObject typed(const QString& type)
{
    return { { u"type"_s, type } };
}

// An object's schema: each member typed by `type`, every key required.
template<typename TypeOf>
QJsonObject objectSchema(const QJsonObject& object, const TypeOf& type)
{
    QJsonObject properties;
    QJsonArray required;
    for (auto it = object.begin(); it != object.end(); ++it) {
        properties.insert(it.key(), type(it.value()));
        required.append(it.key());
    }
    QJsonObject schema = typed(u"object"_s);
    schema.insert(u"properties"_s, properties);
    if (!required.isEmpty())
        schema.insert(u"required"_s, required);
    return schema;
}

// An array's schema: its items' schema, or anyOf them when they differ.
template<typename TypeOf>
QJsonObject arraySchema(const QJsonArray& array, const TypeOf& type)
{
    QJsonArray kinds;
    for (const QJsonValue& item : array) {
        const QJsonObject schema = type(item);
        if (!kinds.contains(schema))
            kinds.append(schema);
    }
    QJsonObject schema = typed(u"array"_s);
    if (kinds.size() == 1)
        schema.insert(u"items"_s, kinds.first());
    else if (!kinds.isEmpty())
        schema.insert(u"items"_s, QJsonObject { { u"anyOf"_s, kinds } });
    return schema;
}

bool isWhole(double number)
{
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15;
}

QJsonObject numberSchema(const QJsonValue& sample)
{
    return typed(sample.isDouble() && !isWhole(sample.toDouble()) ? u"number"_s : u"integer"_s);
}

QJsonObject fieldTypeSchema(FieldType type, const QJsonValue& sample)
{
    switch (type) {
    case FieldType::String:
        return typed(u"string"_s);
    case FieldType::Number:
        return numberSchema(sample);
    case FieldType::Boolean:
        return typed(u"boolean"_s);
    case FieldType::DateTime:
        return { { u"type"_s, u"string"_s }, { u"format"_s, u"date-time"_s } };
    case FieldType::Object:
        return { { u"type"_s, QJsonArray { u"object"_s, u"array"_s } } };
    }
    return {};
}

struct FieldFacts
{
    FieldType type = FieldType::String;
    QJsonValue sample;
    QString title;
    QString description;
};

std::optional<FieldFacts> fieldFacts(
    const PlaceholderBinding& binding, const CampaignDocument& document, const EventInfo& event)
{
    if (const CatalogField* fixed
        = DataSourceCatalog::findFixedField(binding.source, binding.field))
        return FieldFacts { fixed->type, fixed->sample, fixed->title, fixed->description };
    if (const FieldDefinition* declared
        = document.dataModel.findField(binding.source, binding.field)) {
        return FieldFacts { declared->type, declared->sample, declared->name,
            declared->description };
    }
    if (binding.source == DataSource::EventPayload) {
        if (const EventSample* sample = document.sampleData.findEvent(event.name)) {
            for (const FieldDefinition& field : sample->fields) {
                if (field.name == binding.field)
                    return FieldFacts { field.type, field.sample, field.name, QString() };
            }
        }
    }
    return std::nullopt;
}

QJsonObject builtInSchema(int slot, const EventInfo& event)
{
    switch (slot) {
    case FieldLayout::Event:
        return { { u"type"_s, u"string"_s }, { u"const"_s, event.name },
            { u"description"_s, PayloadSchema::tr("The event's name.") } };
    case FieldLayout::EventId:
        return { { u"type"_s, u"string"_s },
            { u"description"_s,
                PayloadSchema::tr("The event's id (evt_…), the same on every retry.") } };
    case FieldLayout::Timestamp:
        return { { u"type"_s, u"string"_s }, { u"format"_s, u"date-time"_s },
            { u"description"_s, PayloadSchema::tr("When the delivery was made (UTC).") } };
    case FieldLayout::LocalReceiver:
        return { { u"type"_s, u"string"_s }, { u"format"_s, u"uri"_s } };
    default:
        return {};
    }
}

// Reads the marked-up template back as JSON and types each part.
class Walker
{
public:
    Walker(
        const RequestTemplate& compiled, const CampaignDocument& document, const EventInfo& event)
        : m_compiled(compiled)
        , m_document(document)
        , m_event(event)
    { }

    QJsonObject walk(const QJsonValue& value) const
    {
        const auto walkItem = [this](const QJsonValue& item) { return walk(item); };
        if (value.isObject())
            return objectSchema(value.toObject(), walkItem);
        if (value.isArray())
            return arraySchema(value.toArray(), walkItem);
        if (value.isString())
            return string(value.toString());
        return PayloadSchema::fromValue(value);
    }

private:
    QJsonObject string(const QString& text) const
    {
        const int segment = markedSegment(text);
        if (segment >= 0 && text.at(1) == u'v')
            return placeholder(segment);
        if (segment >= 0) {
            // "{{field}}": a string, with the field's format and words.
            QJsonObject schema = placeholder(segment);
            if (schema.value(u"type"_s) != u"string"_s) {
                schema.remove(u"format"_s);
                schema.remove(u"const"_s);
                schema.insert(u"type"_s, u"string"_s);
            }
            return schema;
        }
        return typed(u"string"_s);
    }

    // The segment a string stands for when it is exactly one marker.
    static int markedSegment(const QString& text)
    {
        if (text.size() < 4 || text.front() != kMark || text.back() != kMark
            || text.indexOf(kMark, 1) != text.size() - 1)
            return -1;
        bool ok = false;
        const int segment = text.mid(2, text.size() - 3).toInt(&ok);
        return ok ? segment : -1;
    }

    QJsonObject placeholder(int segment) const
    {
        const auto& segments = m_compiled.body().segments;
        if (segment >= segments.size())
            return {};
        const int variable = segments.at(segment).variable;
        if (variable < 0 || variable >= m_compiled.bindings().size())
            return {};
        return PayloadSchema::forBinding(m_compiled.bindings().at(variable),
            m_compiled.variables().at(variable), m_document, m_event);
    }

    const RequestTemplate& m_compiled;
    const CampaignDocument& m_document;
    const EventInfo& m_event;
};

std::optional<QJsonValue> markedUpBody(const RequestTemplate& compiled)
{
    const auto& segments = compiled.body().segments;
    const auto& contexts = compiled.bodyContexts();
    if (contexts.size() != segments.size())
        return std::nullopt;
    QString text;
    for (int i = 0; i < segments.size(); ++i) {
        const ParsedTemplate::Segment& segment = segments.at(i);
        if (!segment.isPlaceholder())
            text += segment.text;
        else if (contexts.at(i) == JsonTemplateScanner::Context::Value)
            text += u'"' + valueMarker(i) + u'"';
        else
            text += stringMarker(i);
    }
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    return parsed.isObject() ? QJsonValue(parsed.object()) : QJsonValue(parsed.array());
}

QJsonObject formSchema(const QByteArray& body)
{
    QJsonObject properties;
    QJsonArray required;
    const QUrlQuery query(QString::fromUtf8(body));
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        Q_UNUSED(value)
        properties.insert(name, typed(u"string"_s));
        if (!required.contains(name))
            required.append(name);
    }
    QJsonObject schema = typed(u"object"_s);
    schema.insert(u"properties"_s, properties);
    if (!required.isEmpty())
        schema.insert(u"required"_s, required);
    return schema;
}
} // namespace

QJsonObject PayloadSchema::infer(const RequestTemplate& compiled, const CampaignDocument& document,
    const EventInfo& event, const RenderedRequest& rendered)
{
    if (rendered.body.isEmpty())
        return {};
    const BodyContentType type = compiled.webhook().contentType;
    if (type == BodyContentType::Json && !rendered.usesEnvelope) {
        if (const std::optional<QJsonValue> body = markedUpBody(compiled))
            return Walker(compiled, document, event).walk(*body);
    }
    if (type == BodyContentType::Json)
        return fromValue(QJsonDocument::fromJson(rendered.body).object());
    if (type == BodyContentType::Form)
        return formSchema(rendered.body);
    return typed(u"string"_s);
}

QJsonObject PayloadSchema::fromValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return objectSchema(value.toObject(), &PayloadSchema::fromValue);
    case QJsonValue::Array:
        return arraySchema(value.toArray(), &PayloadSchema::fromValue);
    case QJsonValue::String:
        return typed(u"string"_s);
    case QJsonValue::Double:
        return numberSchema(value);
    case QJsonValue::Bool:
        return typed(u"boolean"_s);
    case QJsonValue::Null:
        return typed(u"null"_s);
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QJsonObject PayloadSchema::forBinding(const PlaceholderBinding& binding, const QString& variable,
    const CampaignDocument& document, const EventInfo& event)
{
    using Kind = PlaceholderBinding::Kind;
    switch (binding.kind) {
    case Kind::BuiltIn:
        return builtInSchema(binding.slot, event);
    case Kind::Constant:
        return fromValue(binding.constant.json);
    case Kind::Environment:
        return { { u"type"_s, u"string"_s },
            { u"description"_s,
                tr("The environment variable %1.")
                    .arg(binding.field.isEmpty() ? variable : binding.field) } };
    case Kind::Field: {
        const std::optional<FieldFacts> facts = fieldFacts(binding, document, event);
        if (!facts)
            break;
        const FieldAvailability availability
            = fieldAvailability(binding.requirement, event, facts->title);
        if (!availability.available) {
            return { { u"type"_s, u"null"_s }, { u"description"_s, availability.reason } };
        }
        QJsonObject schema = fieldTypeSchema(facts->type, facts->sample);
        if (!facts->description.isEmpty())
            schema.insert(u"description"_s, facts->description);
        return schema;
    }
    case Kind::Unmapped:
    case Kind::UnknownField:
        break;
    }
    return { { u"description"_s,
        tr("{{%1}} is not mapped to a field: any value.").arg(variable) } };
}
