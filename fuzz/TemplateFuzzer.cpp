// The template parser and the renderer: the input is a webhook's URL (first
// line), one header value (second line) and body (the rest), rendered for the
// sample campaign's call.ended event, and the body run through Format.
#include "FuzzInput.h"
#include "catalog/EventCatalog.h"
#include "io/DocumentReader.h"
#include "templating/EventContext.h"
#include "templating/JsonTemplateFormatter.h"
#include "templating/RequestRenderer.h"
#include "templating/RequestTemplate.h"
#include "templating/TemplateParser.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
const CampaignDocument& sample()
{
    static const CampaignDocument document = [] {
        const LoadResult loaded
            = DocumentReader::readFile(u":/samples/winter-renewal.webhooks.json"_s);
        if (!loaded.document)
            std::abort();
        return *loaded.document;
    }();
    return document;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = FuzzInput::text(data, size);
    const QStringList parts = input.split(u'\n');
    TemplateParser::parse(input);

    WebhookConfig webhook = sample().webhooks.first();
    webhook.url = parts.value(0);
    if (!webhook.headers.isEmpty())
        webhook.headers.first().value = parts.value(1);
    webhook.body = parts.mid(2).join(u'\n');
    static const EventContext context
        = EventContext::build(sample(), *EventCatalog::find(u"call.ended"_s), {});
    RequestRenderer::render(RequestTemplate(webhook), context);
    JsonTemplateFormatter::format(webhook.body);
    return 0;
}
