#pragma once

#include "EventContext.h"
#include "RenderedRequest.h"
#include "RequestTemplate.h"
#include "TextPositionCursor.h"

#include <QCoreApplication>

#include <optional>

// Renders a webhook for one event: resolves every placeholder through the
// webhook's mappings (or the built-ins) against the event context, encodes
// each value for where it stands, and reports what is wrong with positions.
class RequestRenderer
{
    Q_DECLARE_TR_FUNCTIONS(RequestRenderer)

public:
    static RenderedRequest render(const RequestTemplate& compiled, const EventContext& context);
    static QString userAgent();

private:
    using Part = TemplateProblem::Part;
    using Segment = ParsedTemplate::Segment;

    RequestRenderer(
        const RequestTemplate& compiled, const EventContext& context, RenderedRequest& request);

    void renderUrl();
    void renderHeaders();
    void renderBody();
    const TemplateValue& resolve(const Segment& segment, Part part, int headerIndex);
    const TemplateValue& resolveEnvironment(
        const Segment& segment, Part part, int headerIndex, const PlaceholderBinding& binding);
    void problem(Severity severity, Part part, int headerIndex, qsizetype offset, qsizetype length,
        const QString& variable, const QString& code, const QString& message);
    QStringView templateText(Part part, int headerIndex) const;
    TextPosition positionOf(Part part, int headerIndex, qsizetype offset);

    const RequestTemplate& m_compiled;
    const EventContext& m_context;
    RenderedRequest& m_request;
    const QList<PlaceholderBinding>* m_bindings;
    QList<PlaceholderBinding> m_ownBindings;
    // Walks the text whose problems are being reported: they come part after
    // part, each in the order of its text.
    std::optional<TextPositionCursor> m_positions;
    Part m_positionsPart = Part::Url;
    int m_positionsHeader = -1;
    // Whether the header being rendered took a secret environment variable:
    // then it is masked like a secret header.
    bool m_secretInHeader = false;
};
