#include "YamlWriter.h"

#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QByteArray YamlWriter::write(const QJsonValue& value)
{
    YamlWriter writer;
    const QByteArray single = inlineValue(value);
    if (!single.isNull())
        return single + '\n';
    writer.value(value, 0);
    return writer.m_out;
}

void YamlWriter::value(const QJsonValue& value, int indent)
{
    if (value.isObject())
        mapping(value.toObject(), indent);
    else
        sequence(value.toArray(), indent);
}

void YamlWriter::mapping(const QJsonObject& object, int indent)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        m_out += QByteArray(indent, ' ') + key(it.key()) + ':';
        const QByteArray single = inlineValue(it.value());
        if (!single.isNull()) {
            m_out += ' ' + single + '\n';
            continue;
        }
        m_out += '\n';
        // A sequence under a key may sit at the key's own indentation; an
        // indented one reads better.
        value(it.value(), indent + 2);
    }
}

void YamlWriter::sequence(const QJsonArray& array, int indent)
{
    for (const QJsonValue& item : array) {
        const QByteArray single = inlineValue(item);
        if (!single.isNull()) {
            m_out += QByteArray(indent, ' ') + "- " + single + '\n';
            continue;
        }
        // "- " then the item's first line; the rest indented under it.
        YamlWriter nested;
        nested.value(item, 0);
        const QList<QByteArray> lines = nested.m_out.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            m_out += QByteArray(indent, ' ') + (i == 0 ? "- " : "  ") + lines.at(i) + '\n';
        }
    }
}

QByteArray YamlWriter::inlineValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return "null";
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double:
        return JsonWriter::number(value);
    case QJsonValue::String:
        return JsonWriter::quoted(value.toString());
    case QJsonValue::Array:
        return value.toArray().isEmpty() ? QByteArray("[]") : QByteArray();
    case QJsonValue::Object:
        return value.toObject().isEmpty() ? QByteArray("{}") : QByteArray();
    }
    return QByteArray();
}

QByteArray YamlWriter::key(const QString& key)
{
    // Bare only when YAML cannot take it for a number, a boolean, null or
    // syntax: a letter or underscore first, then letters, digits and _ . - /.
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_./-]*$"_s);
    static const QRegularExpression special(
        u"^(true|false|yes|no|on|off|null|y|n)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (plain.match(key).hasMatch() && !special.match(key).hasMatch())
        return key.toUtf8();
    return JsonWriter::quoted(key);
}
