#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

// A value a placeholder can stand for, with its plain-text form worked out
// once (ValueEncoder::text), as text for URLs and headers and as UTF-8 for
// bodies: an event context is built once and rendered many times, and
// reading a string out of a QJsonValue copies it each time.
struct TemplateValue
{
    TemplateValue() = default;
    explicit TemplateValue(const QJsonValue& json);

    QJsonValue json;
    QString text;
    QByteArray utf8;
};
