#pragma once

#include "FieldLayout.h"
#include "JsonTemplateScanner.h"
#include "ParsedTemplate.h"
#include "PlaceholderBinding.h"
#include "TemplateProblem.h"
#include "model/WebhookConfig.h"

#include <QHash>
#include <QList>

// A webhook's templates parsed once (URL, enabled header values, body) so it
// can be rendered many times — for every event of a preview, every attempt of
// a burst — without parsing again. Syntax problems are found here, and each
// variable is bound to what it stands for in `layout` (see FieldLayout): a
// context with that layout renders it without a single look-up by name.
class RequestTemplate
{
public:
    explicit RequestTemplate(
        const WebhookConfig& webhook, const FieldLayout& layout = FieldLayout());

    const WebhookConfig& webhook() const { return m_webhook; }
    const ParsedTemplate& url() const { return m_url; }
    // Parsed value per header; disabled headers have an empty template.
    const QList<ParsedTemplate>& headerValues() const { return m_headerValues; }
    const ParsedTemplate& body() const { return m_body; }
    // The body's literal segments in UTF-8, as they go on the wire (empty
    // for placeholders), and their total size.
    const QList<QByteArray>& bodyLiterals() const { return m_bodyLiterals; }
    qsizetype bodyLiteralBytes() const { return m_bodyLiteralBytes; }
    // For a JSON body: where each placeholder stands.
    const QList<JsonTemplateScanner::Context>& bodyContexts() const { return m_bodyContexts; }
    const QList<TemplateProblem>& syntaxProblems() const { return m_syntaxProblems; }
    const VariableMapping* mapping(const QString& variable) const;
    // Every variable the enabled templates use, in order of first use; a
    // placeholder segment's `variable` indexes it.
    const QStringList& variables() const { return m_variables; }
    // One binding per variable, for the layout compiled against.
    const QList<PlaceholderBinding>& bindings() const { return m_bindings; }
    const FieldLayout& layout() const { return m_layout; }
    // The bindings for another layout.
    QList<PlaceholderBinding> bindingsFor(const FieldLayout& layout) const;
    // An empty JSON body on POST or PUT sends the event envelope.
    bool usesEnvelope() const;

private:
    qsizetype placeholderCount() const;
    void numberVariables(ParsedTemplate& parsed, QHash<QString, int>& numbers);
    PlaceholderBinding bind(const QString& variable, const FieldLayout& layout) const;
    void collectSyntaxErrors(
        const ParsedTemplate& parsed, TemplateProblem::Part part, int headerIndex = -1);

    WebhookConfig m_webhook;
    ParsedTemplate m_url;
    QList<ParsedTemplate> m_headerValues;
    ParsedTemplate m_body;
    QList<JsonTemplateScanner::Context> m_bodyContexts;
    QList<QByteArray> m_bodyLiterals;
    qsizetype m_bodyLiteralBytes = 0;
    QList<TemplateProblem> m_syntaxProblems;
    // Variable name → index into m_webhook.mappings.
    QHash<QString, qsizetype> m_mappingIndex;
    QStringList m_variables;
    QList<PlaceholderBinding> m_bindings;
    FieldLayout m_layout;
};
