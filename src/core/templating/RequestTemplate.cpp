#include "RequestTemplate.h"

#include "TemplateParser.h"
#include "catalog/DataSourceCatalog.h"

using namespace Qt::StringLiterals;

RequestTemplate::RequestTemplate(const WebhookConfig& webhook, const FieldLayout& layout)
    : m_webhook(webhook)
    , m_layout(layout)
{
    m_url = TemplateParser::parse(m_webhook.url);
    collectSyntaxErrors(m_url, TemplateProblem::Part::Url);
    for (int i = 0; i < m_webhook.headers.size(); ++i) {
        const HeaderEntry& header = m_webhook.headers.at(i);
        m_headerValues.append(
            header.enabled ? TemplateParser::parse(header.value) : ParsedTemplate());
        collectSyntaxErrors(m_headerValues.last(), TemplateProblem::Part::HeaderValue, i);
    }
    m_body = TemplateParser::parse(m_webhook.body);
    collectSyntaxErrors(m_body, TemplateProblem::Part::Body);
    m_bodyLiterals.reserve(m_body.segments.size());
    for (const ParsedTemplate::Segment& segment : std::as_const(m_body.segments)) {
        m_bodyLiterals.append(segment.isPlaceholder() ? QByteArray() : segment.text.toUtf8());
        m_bodyLiteralBytes += m_bodyLiterals.last().size();
    }
    if (m_webhook.contentType == BodyContentType::Json && !m_webhook.body.isEmpty()) {
        const JsonTemplateScanner::Result scan = JsonTemplateScanner::scan(m_webhook.body, m_body);
        m_bodyContexts = scan.contexts;
        for (const ParsedTemplate::SyntaxError& error : scan.errors) {
            m_syntaxProblems.append({ Severity::Error, TemplateProblem::Part::Body, -1,
                error.position, error.length, QString(), u"template.json"_s, error.message });
        }
    }
    for (qsizetype i = 0; i < m_webhook.mappings.size(); ++i)
        m_mappingIndex.insert(m_webhook.mappings.at(i).variable, i);
    QHash<QString, int> numbers;
    numbers.reserve(placeholderCount());
    numberVariables(m_url, numbers);
    for (ParsedTemplate& header : m_headerValues)
        numberVariables(header, numbers);
    numberVariables(m_body, numbers);
    m_bindings = bindingsFor(layout);
}

qsizetype RequestTemplate::placeholderCount() const
{
    const auto count = [](const ParsedTemplate& parsed) {
        return std::count_if(parsed.segments.cbegin(), parsed.segments.cend(),
            [](const ParsedTemplate::Segment& segment) { return segment.isPlaceholder(); });
    };
    qsizetype total = count(m_url) + count(m_body);
    for (const ParsedTemplate& header : m_headerValues)
        total += count(header);
    return total;
}

void RequestTemplate::numberVariables(ParsedTemplate& parsed, QHash<QString, int>& numbers)
{
    for (ParsedTemplate::Segment& segment : parsed.segments) {
        if (!segment.isPlaceholder())
            continue;
        const auto number = numbers.constFind(segment.text);
        if (number != numbers.cend()) {
            segment.variable = *number;
            continue;
        }
        segment.variable = int(m_variables.size());
        numbers.insert(segment.text, segment.variable);
        m_variables.append(segment.text);
    }
}

QList<PlaceholderBinding> RequestTemplate::bindingsFor(const FieldLayout& layout) const
{
    QList<PlaceholderBinding> bindings;
    bindings.reserve(m_variables.size());
    for (const QString& variable : m_variables)
        bindings.append(bind(variable, layout));
    return bindings;
}

// The rules of resolution, in order: a built-in name wins; then the mapping;
// an unmapped name an environment defines comes from the environment.
PlaceholderBinding RequestTemplate::bind(const QString& variable, const FieldLayout& layout) const
{
    using Kind = PlaceholderBinding::Kind;
    PlaceholderBinding binding;
    binding.slot = FieldLayout::builtInSlot(variable);
    if (binding.slot >= 0) {
        binding.kind = Kind::BuiltIn;
        return binding;
    }
    const VariableMapping* mapping = this->mapping(variable);
    binding.source = mapping ? mapping->source : DataSource::EnvironmentVariable;
    binding.field = mapping ? mapping->field : variable;
    binding.slot = layout.slot(binding.source, binding.field);
    if (!mapping) {
        binding.kind = binding.slot >= 0 ? Kind::Environment : Kind::Unmapped;
        return binding;
    }
    switch (mapping->source) {
    case DataSource::DefaultValue:
        binding.kind = Kind::Constant;
        binding.constant = TemplateValue(mapping->value.isEmpty() ? variable : mapping->value);
        return binding;
    case DataSource::EnvironmentVariable:
        binding.kind = Kind::Environment;
        return binding;
    default:
        binding.kind = binding.slot >= 0 ? Kind::Field : Kind::UnknownField;
        binding.requirement = DataSourceCatalog::requirement(mapping->source, mapping->field);
        return binding;
    }
}

void RequestTemplate::collectSyntaxErrors(
    const ParsedTemplate& parsed, TemplateProblem::Part part, int headerIndex)
{
    for (const ParsedTemplate::SyntaxError& error : parsed.errors) {
        m_syntaxProblems.append({ Severity::Error, part, headerIndex, error.position, error.length,
            QString(), u"template.syntax"_s, error.message });
    }
}

const VariableMapping* RequestTemplate::mapping(const QString& variable) const
{
    const qsizetype index = m_mappingIndex.value(variable, -1);
    return index < 0 ? nullptr : &m_webhook.mappings.at(index);
}

bool RequestTemplate::usesEnvelope() const
{
    // The envelope is JSON: an empty form or text body is sent empty, as
    // curl -d '' sends it.
    return m_webhook.body.isEmpty() && httpMethodExpectsBody(m_webhook.method)
        && m_webhook.contentType == BodyContentType::Json;
}
