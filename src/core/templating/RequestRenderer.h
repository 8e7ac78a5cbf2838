#pragma once

#include "EventContext.h"
#include "RenderedRequest.h"
#include "RequestTemplate.h"

#include <QCoreApplication>

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
    QJsonValue resolve(const Segment& segment, Part part, int headerIndex);
    void problem(Severity severity, Part part, int headerIndex, qsizetype offset, qsizetype length,
        const QString& variable, const QString& code, const QString& message);
    QStringView templateText(Part part, int headerIndex) const;

    const RequestTemplate& m_compiled;
    const EventContext& m_context;
    RenderedRequest& m_request;
};
