#include "RequestRenderer.h"

#include "ValueEncoder.h"
#include "catalog/DataSourceCatalog.h"
#include "io/JsonWriter.h"
#include "model/HttpSyntax.h"

using namespace Qt::StringLiterals;

namespace {
// What a placeholder with a problem renders as: nothing, or null in JSON.
const TemplateValue& none()
{
    static const TemplateValue kNone;
    return kNone;
}
} // namespace

RenderedRequest RequestRenderer::render(
    const RequestTemplate& compiled, const EventContext& context)
{
    RenderedRequest request;
    request.method = compiled.webhook().method;
    request.problems = compiled.syntaxProblems();
    RequestRenderer renderer(compiled, context, request);
    renderer.renderUrl();
    renderer.renderHeaders();
    renderer.renderBody();
    return request;
}

QString RequestRenderer::userAgent()
{
    static const QString kUserAgent = u"WebhookStudio/"_s + QStringLiteral(WEBHOOKSTUDIO_VERSION);
    return kUserAgent;
}

RequestRenderer::RequestRenderer(
    const RequestTemplate& compiled, const EventContext& context, RenderedRequest& request)
    : m_compiled(compiled)
    , m_context(context)
    , m_request(request)
    , m_bindings(&compiled.bindings())
{
    // A context of another campaign state than the template was compiled
    // against: its slots differ, so bind again (by name, once per render).
    if (!compiled.layout().hasSameSlots(context.layout())) {
        m_ownBindings = compiled.bindingsFor(context.layout());
        m_bindings = &m_ownBindings;
    }
}

QStringView RequestRenderer::templateText(Part part, int headerIndex) const
{
    const WebhookConfig& webhook = m_compiled.webhook();
    switch (part) {
    case Part::Url:
        return webhook.url;
    case Part::HeaderValue:
        return webhook.headers.at(headerIndex).value;
    case Part::Body:
        break;
    }
    return webhook.body;
}

void RequestRenderer::problem(Severity severity, Part part, int headerIndex, qsizetype offset,
    qsizetype length, const QString& variable, const QString& code, const QString& message)
{
    m_request.problems.append({ severity, part, headerIndex, positionOf(part, headerIndex, offset),
        length, variable, code, message });
}

TextPosition RequestRenderer::positionOf(Part part, int headerIndex, qsizetype offset)
{
    if (!m_positions || m_positionsPart != part || m_positionsHeader != headerIndex) {
        m_positions.emplace(templateText(part, headerIndex));
        m_positionsPart = part;
        m_positionsHeader = headerIndex;
    }
    return m_positions->at(offset);
}

const TemplateValue& RequestRenderer::resolve(const Segment& segment, Part part, int headerIndex)
{
    using Kind = PlaceholderBinding::Kind;
    const PlaceholderBinding& binding = m_bindings->at(segment.variable);
    const QString& name = segment.text;
    const auto report = [&](Severity severity, const QString& code, const QString& message) {
        problem(severity, part, headerIndex, segment.offset, segment.length, name, code, message);
    };
    switch (binding.kind) {
    case Kind::BuiltIn:
        return m_context.value(binding.slot);
    case Kind::Constant:
        return binding.constant;
    case Kind::Environment:
        return resolveEnvironment(segment, part, headerIndex, binding);
    case Kind::Unmapped:
        report(Severity::Error, u"template.unmapped"_s,
            tr("{{%1}} is not mapped to any data: map it to a field or a default value.")
                .arg(name));
        return none();
    case Kind::UnknownField:
        if (binding.source == DataSource::EventPayload) {
            report(Severity::Error, u"template.field-unknown"_s,
                tr("{{%1}} maps to \"%2\", which no own sample of this campaign has: add an "
                   "event body that has it in Campaign › Sample Data (or pass --sample).")
                    .arg(name, binding.field));
            return none();
        }
        report(Severity::Error, u"template.field-unknown"_s,
            tr("{{%1}} maps to the %2 \"%3\", which does not exist in this campaign.")
                .arg(name, DataSourceCatalog::source(binding.source).title, binding.field));
        return none();
    case Kind::Field:
        break;
    }
    const FieldAvailability availability
        = fieldAvailability(binding.requirement, m_context.event(), binding.field);
    if (!availability.available) {
        report(Severity::Warning, u"template.unavailable"_s,
            tr("{{%1}} has no value on %2: %3")
                .arg(name, m_context.event().name, availability.reason));
        return none();
    }
    const TemplateValue& value = m_context.value(binding.slot);
    if (binding.source == DataSource::EventPayload && value.json.isUndefined()) {
        report(Severity::Warning, u"template.payload-missing"_s,
            tr("{{%1}} has no value on %2: \"%3\" is a field of another event's own sample.")
                .arg(name, m_context.event().name, binding.field));
        return none();
    }
    return value;
}

const TemplateValue& RequestRenderer::resolveEnvironment(
    const Segment& segment, Part part, int headerIndex, const PlaceholderBinding& binding)
{
    const QString& name = segment.text;
    const auto report = [&](Severity severity, const QString& code, const QString& message) {
        problem(severity, part, headerIndex, segment.offset, segment.length, name, code, message);
    };
    if (binding.slot < 0 || m_context.value(binding.slot).json.isUndefined()) {
        if (m_context.environmentName().isEmpty()) {
            report(Severity::Error, u"template.no-environment"_s,
                tr("{{%1}} comes from an environment, and the campaign has none: add one in "
                   "Campaign › Environments.")
                    .arg(name));
        } else {
            report(Severity::Error, u"template.environment-missing"_s,
                tr("{{%1}} is not defined in the environment \"%2\": add \"%3\" there.")
                    .arg(name, m_context.environmentName(), binding.field));
        }
        return none();
    }
    if (m_context.isSecretSlot(binding.slot)) {
        if (part != Part::HeaderValue) {
            // A header value is masked in history and exports; a URL or
            // body would show the token to every log and proxy on the way.
            report(Severity::Error, u"template.secret-placement"_s,
                tr("{{%1}} is a secret of the environment \"%2\"; secrets can only stand in "
                   "header values (such as Authorization), which are masked.")
                    .arg(name, m_context.environmentName()));
            return none();
        }
        m_secretInHeader = true;
    }
    return m_context.value(binding.slot);
}

void RequestRenderer::renderUrl()
{
    QString url;
    for (const Segment& segment : m_compiled.url().segments) {
        if (!segment.isPlaceholder()) {
            url += segment.text;
            continue;
        }
        ValueEncoder::appendInUrl(url, resolve(segment, Part::Url, -1), segment.offset);
    }
    const QString encoded = HttpSyntax::encodedHttpUrl(url);
    if (encoded.isEmpty()) {
        problem(Severity::Error, Part::Url, -1, 0, m_compiled.webhook().url.size(), QString(),
            u"template.url"_s,
            tr("The rendered URL \"%1\" is not an http:// or https:// URL with a host.").arg(url));
        m_request.url = url;
        return;
    }
    m_request.url = encoded;
}

void RequestRenderer::renderHeaders()
{
    const WebhookConfig& webhook = m_compiled.webhook();
    m_request.headers.reserve(webhook.headers.size() + 2); // + Content-Type, User-Agent
    for (int i = 0; i < webhook.headers.size(); ++i) {
        const HeaderEntry& header = webhook.headers.at(i);
        if (!header.enabled)
            continue;
        if (!HttpSyntax::isToken(header.name)) {
            problem(Severity::Error, Part::HeaderValue, i, 0, 0, QString(),
                u"template.header-name"_s,
                tr("\"%1\" is not a valid header name; nothing is sent.").arg(header.name));
        }
        QString value;
        m_secretInHeader = false;
        for (const Segment& segment : m_compiled.headerValues().at(i).segments) {
            if (!segment.isPlaceholder()) {
                value += segment.text;
                continue;
            }
            const QString& text = resolve(segment, Part::HeaderValue, i).text;
            const qsizetype bad = HttpSyntax::forbiddenHeaderValueCharacter(text);
            if (bad >= 0) {
                problem(Severity::Error, Part::HeaderValue, i, segment.offset, segment.length,
                    segment.text, u"template.header-injection"_s,
                    tr("{{%1}} would put %2 into the \"%3\" header, which could forge more "
                       "headers; nothing is sent.")
                        .arg(segment.text, HttpSyntax::describeCharacter(text.at(bad)),
                            header.name));
            }
            value += text;
        }
        const qsizetype literalBad = HttpSyntax::forbiddenHeaderValueCharacter(header.value);
        if (literalBad >= 0) {
            problem(Severity::Error, Part::HeaderValue, i, literalBad, 1, QString(),
                u"template.header-injection"_s,
                tr("The \"%1\" header contains %2; nothing is sent.")
                    .arg(header.name, HttpSyntax::describeCharacter(header.value.at(literalBad))));
        }
        m_request.headers.append({ header.name, value, header.secret || m_secretInHeader });
    }
}

void RequestRenderer::renderBody()
{
    const WebhookConfig& webhook = m_compiled.webhook();
    if (m_compiled.usesEnvelope()) {
        m_request.usesEnvelope = true;
        m_request.body = m_context.envelope();
        m_request.contentType = bodyContentTypeMimeType(BodyContentType::Json);
    } else if (!webhook.body.isEmpty()) {
        const QList<JsonTemplateScanner::Context>& contexts = m_compiled.bodyContexts();
        const QList<Segment>& segments = m_compiled.body().segments;
        const QList<QByteArray>& literals = m_compiled.bodyLiterals();
        QByteArray body;
        body.reserve(m_compiled.bodyLiteralBytes() * 2);
        for (qsizetype s = 0; s < segments.size(); ++s) {
            const Segment& segment = segments.at(s);
            if (!segment.isPlaceholder()) {
                JsonWriter::appendBytes(body, literals.at(s));
                continue;
            }
            ValueEncoder::appendInBody(
                body, resolve(segment, Part::Body, -1), webhook.contentType, contexts.value(s));
        }
        m_request.body = body;
        m_request.contentType = bodyContentTypeMimeType(webhook.contentType);
    } else if (webhook.contentType == BodyContentType::Form
        && httpMethodExpectsBody(webhook.method)) {
        // A form with no fields is still a form, as curl -d '' sends it;
        // an empty text body is no body at all.
        m_request.contentType = bodyContentTypeMimeType(BodyContentType::Form);
    }

    // Explicit headers win; otherwise say what the body is and who sends it.
    if (!m_request.contentType.isEmpty() && m_request.header(u"Content-Type").isEmpty())
        m_request.headers.append({ u"Content-Type"_s, m_request.contentType, false });
    if (m_request.header(u"User-Agent").isEmpty())
        m_request.headers.append({ u"User-Agent"_s, userAgent(), false });
}
