#pragma once

#include <QJsonValue>
#include <QString>

// A value a placeholder can stand for, with its plain-text form worked out
// once (ValueEncoder::text): an event context is built once and rendered
// many times, and reading a string out of a QJsonValue copies it each time.
struct TemplateValue
{
    TemplateValue() = default;
    explicit TemplateValue(const QJsonValue& json);

    QJsonValue json;
    QString text;
};
