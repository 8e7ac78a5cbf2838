#include "RequestTemplate.h"

#include "TemplateParser.h"

using namespace Qt::StringLiterals;

RequestTemplate::RequestTemplate(const WebhookConfig& webhook)
    : m_webhook(webhook)
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

QStringList RequestTemplate::variables() const
{
    QStringList names = m_url.variables();
    const auto add = [&names](const QStringList& more) {
        for (const QString& name : more) {
            if (!names.contains(name))
                names.append(name);
        }
    };
    for (const ParsedTemplate& header : m_headerValues)
        add(header.variables());
    add(m_body.variables());
    return names;
}

bool RequestTemplate::usesEnvelope() const
{
    return m_webhook.body.isEmpty() && httpMethodExpectsBody(m_webhook.method);
}
