#include "TemplateValue.h"

#include "ValueEncoder.h"

TemplateValue::TemplateValue(const QJsonValue& json)
    : json(json)
    , text(ValueEncoder::text(json))
    , utf8(text.toUtf8())
{ }
