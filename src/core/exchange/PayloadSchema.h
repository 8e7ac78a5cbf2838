#pragma once

#include <QCoreApplication>
#include <QJsonObject>

struct CampaignDocument;
struct EventInfo;
struct PlaceholderBinding;
struct RenderedRequest;
class RequestTemplate;

// The JSON Schema (draft 2020-12) of the body a webhook sends for one event,
// read from its body template and the types of the fields mapped into it —
// the contract a receiving team validates against:
// - a placeholder standing alone as a value takes its field's type (string,
//   number, integer when the sample is whole, boolean, date-time strings);
// - a placeholder inside a string makes a string (a string that is only one
//   placeholder keeps its field's format and description);
// - literal JSON keeps its literal type; objects require every key they list;
// - a field the event does not provide renders as null, and says why.
// An empty JSON body (the event envelope) and form or text bodies are typed
// from the body rendered with the sample data.
class PayloadSchema
{
    Q_DECLARE_TR_FUNCTIONS(PayloadSchema)

public:
    static constexpr const char* kDialect = "https://json-schema.org/draft/2020-12/schema";

    // Empty when the request has no body.
    static QJsonObject infer(const RequestTemplate& compiled, const CampaignDocument& document,
        const EventInfo& event, const RenderedRequest& rendered);
    // The types of a JSON value, every object key required.
    static QJsonObject fromValue(const QJsonValue& value);
    // What a template variable stands for, for one event.
    static QJsonObject forBinding(const PlaceholderBinding& binding, const QString& variable,
        const CampaignDocument& document, const EventInfo& event);
};
