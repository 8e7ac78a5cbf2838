#pragma once

#include <QByteArray>
#include <QJsonValue>

// Writes a JSON value as YAML 1.2 in block style, for people to read (an
// OpenAPI document): mappings and sequences indented two spaces, every string
// double-quoted with JSON's escapes (valid YAML whatever it holds), keys bare
// when they cannot be read as anything but a string. Deterministic: keys come
// in the order QJsonObject keeps them.
class YamlWriter
{
public:
    static QByteArray write(const QJsonValue& value);

private:
    void value(const QJsonValue& value, int indent);
    void mapping(const QJsonObject& object, int indent);
    void sequence(const QJsonArray& array, int indent);
    // A scalar, an empty collection, or nothing when `value` needs lines of
    // its own.
    static QByteArray inlineValue(const QJsonValue& value);
    static QByteArray key(const QString& key);

    QByteArray m_out;
};
