#pragma once

#include "JsonTemplateScanner.h"
#include "ParsedTemplate.h"
#include "TemplateProblem.h"
#include "model/WebhookConfig.h"

#include <QHash>
#include <QList>

// A webhook's templates parsed once (URL, enabled header values, body) so it
// can be rendered many times — for every event of a preview, every attempt of
// a burst — without parsing again. Syntax problems are found here.
class RequestTemplate
{
public:
    explicit RequestTemplate(const WebhookConfig& webhook);

    const WebhookConfig& webhook() const { return m_webhook; }
    const ParsedTemplate& url() const { return m_url; }
    // Parsed value per header; disabled headers have an empty template.
    const QList<ParsedTemplate>& headerValues() const { return m_headerValues; }
    const ParsedTemplate& body() const { return m_body; }
    // For a JSON body: where each placeholder stands.
    const QList<JsonTemplateScanner::Context>& bodyContexts() const { return m_bodyContexts; }
    const QList<TemplateProblem>& syntaxProblems() const { return m_syntaxProblems; }
    const VariableMapping* mapping(const QString& variable) const;
    // Every variable the enabled templates use, in order of first use.
    QStringList variables() const;
    // An empty body on POST or PUT sends the event envelope.
    bool usesEnvelope() const;

private:
    void collectSyntaxErrors(
        const ParsedTemplate& parsed, TemplateProblem::Part part, int headerIndex = -1);

    WebhookConfig m_webhook;
    ParsedTemplate m_url;
    QList<ParsedTemplate> m_headerValues;
    ParsedTemplate m_body;
    QList<JsonTemplateScanner::Context> m_bodyContexts;
    QList<TemplateProblem> m_syntaxProblems;
    // Variable name → index into m_webhook.mappings.
    QHash<QString, qsizetype> m_mappingIndex;
};
