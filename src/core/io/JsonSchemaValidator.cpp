#include "JsonSchemaValidator.h"

#include "JsonObjectReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Deeper than any schema of ours; guards against a $ref cycle.
constexpr int kMaxDepth = 64;

const QStringList& knownKeywords()
{
    static const QStringList keywords { u"$schema"_s, u"$id"_s, u"$defs"_s, u"$ref"_s,
        u"$comment"_s, u"title"_s, u"description"_s, u"default"_s, u"examples"_s, u"type"_s,
        u"const"_s, u"enum"_s, u"properties"_s, u"required"_s, u"additionalProperties"_s,
        u"items"_s, u"minItems"_s, u"maxItems"_s, u"uniqueItems"_s, u"minimum"_s, u"maximum"_s,
        u"minLength"_s, u"maxLength"_s, u"pattern"_s, u"allOf"_s, u"anyOf"_s, u"oneOf"_s, u"not"_s,
        u"if"_s, u"then"_s, u"else"_s, u"format"_s };
    return keywords;
}

bool isInteger(const QJsonValue& value)
{
    return value.isDouble() && std::floor(value.toDouble()) == value.toDouble()
        && std::isfinite(value.toDouble());
}

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == u"object")
        return value.isObject();
    if (type == u"array")
        return value.isArray();
    if (type == u"string")
        return value.isString();
    if (type == u"number")
        return value.isDouble();
    if (type == u"integer")
        return isInteger(value);
    if (type == u"boolean")
        return value.isBool();
    return type == u"null" && value.isNull();
}

// Schemas write ECMA-262 patterns; PCRE spells \uXXXX as \x{XXXX}.
QString pcrePattern(QString pattern)
{
    static const QRegularExpression unicodeEscape(u"(?<!\\\\)\\\\u([0-9A-Fa-f]{4})"_s);
    return pattern.replace(unicodeEscape, u"\\x{\\1}"_s);
}

QString compact(const QJsonValue& value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}
} // namespace

QString JsonSchemaValidator::Error::toString() const
{
    return path.toString() + u": "_s + message + u" ("_s + keyword + u')';
}

JsonSchemaValidator::JsonSchemaValidator(const QJsonObject& schema)
    : m_schema(schema)
{ }

JsonSchemaValidator JsonSchemaValidator::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        JsonSchemaValidator broken({});
        broken.m_loadError = tr("The schema %1 cannot be read: %2").arg(path, file.errorString());
        return broken;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    JsonSchemaValidator validator(json.object());
    validator.m_directory = QFileInfo(path).absolutePath();
    if (!json.isObject())
        validator.m_loadError = tr("The schema %1 is not a JSON object.").arg(path);
    return validator;
}

QList<JsonSchemaValidator::Error> JsonSchemaValidator::validate(const QJsonValue& value) const
{
    QList<Error> errors;
    if (!m_loadError.isEmpty()) {
        errors.append({ JsonPath(), u"$schema"_s, m_loadError });
        return errors;
    }
    check(value, m_schema, JsonPath(), errors, { m_schema, 0 });
    return errors;
}

QJsonObject JsonSchemaValidator::sibling(const QString& fileName) const
{
    const QDir directory(m_directory);
    const auto read = [&](const QString& name) {
        QFile file(directory.filePath(name));
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                              : QJsonObject();
    };
    const QJsonObject byName = read(fileName);
    if (!byName.isEmpty())
        return byName;
    for (const QString& name : directory.entryList({ u"*.json"_s }, QDir::Files)) {
        const QJsonObject other = read(name);
        if (other.value(u"$id"_s).toString().endsWith(u'/' + fileName))
            return other;
    }
    return {};
}

JsonSchemaValidator::Resolved JsonSchemaValidator::resolve(
    const QString& reference, const QJsonObject& root) const
{
    const qsizetype hash = reference.indexOf(u'#');
    const QString file = hash < 0 ? reference : reference.left(hash);
    const QString pointer = hash < 0 ? QString() : reference.mid(hash + 1);
    Resolved resolved { {}, file.isEmpty() ? root : sibling(file) };
    if (resolved.root.isEmpty() || (!pointer.isEmpty() && !pointer.startsWith(u'/')))
        return resolved;
    QJsonValue node = resolved.root;
    for (const QString& part : pointer.mid(1).split(u'/', Qt::SkipEmptyParts))
        node = node.toObject().value(
            QString(part).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s));
    resolved.schema = node;
    return resolved;
}

bool JsonSchemaValidator::matches(
    const QJsonValue& value, const QJsonValue& schema, const Scope& scope) const
{
    QList<Error> errors;
    check(value, schema, JsonPath(), errors, scope);
    return errors.isEmpty();
}

void JsonSchemaValidator::check(const QJsonValue& value, const QJsonValue& schemaValue,
    const JsonPath& path, QList<Error>& errors, const Scope& scope) const
{
    if (schemaValue.isBool()) {
        if (!schemaValue.toBool())
            errors.append({ path, u"false"_s, tr("Nothing is allowed here.") });
        return;
    }
    const QJsonObject schema = schemaValue.toObject();
    if (scope.depth > kMaxDepth) {
        errors.append({ path, u"$ref"_s, tr("The schema nests too deep (a $ref cycle?).") });
        return;
    }
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!knownKeywords().contains(it.key())) {
            errors.append({ path, it.key(),
                tr("The schema uses \"%1\", which this validator does not know.").arg(it.key()) });
        }
    }
    if (schema.contains(u"$ref"_s)) {
        const QString reference = schema.value(u"$ref"_s).toString();
        const Resolved target = resolve(reference, scope.root);
        if (target.schema.isUndefined()) {
            errors.append({ path, u"$ref"_s,
                tr("The schema refers to %1, which is not there.").arg(reference) });
        } else {
            check(value, target.schema, path, errors, { target.root, scope.depth + 1 });
        }
    }
    if (schema.contains(u"type"_s)) {
        const QJsonValue type = schema.value(u"type"_s);
        const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray { type };
        const bool any = std::any_of(types.begin(), types.end(),
            [&](const QJsonValue& t) { return hasType(value, t.toString()); });
        if (!any) {
            QStringList names;
            for (const QJsonValue& t : types)
                names.append(t.toString());
            errors.append({ path, u"type"_s,
                tr("Expected %1, found %2.")
                    .arg(names.join(tr(" or ")), JsonObjectReader::describeType(value)) });
            return; // the other keywords would only repeat it
        }
    }
    if (schema.contains(u"const"_s) && value != schema.value(u"const"_s)) {
        errors.append({ path, u"const"_s,
            tr("Must be %1, is %2.").arg(compact(schema.value(u"const"_s)), compact(value)) });
    }
    if (schema.contains(u"enum"_s) && !schema.value(u"enum"_s).toArray().contains(value)) {
        errors.append(
            { path, u"enum"_s, tr("%1 is not one of the allowed values.").arg(compact(value)) });
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (schema.contains(u"minimum"_s) && number < schema.value(u"minimum"_s).toDouble()) {
            errors.append({ path, u"minimum"_s,
                tr("%1 is below the minimum of %2.")
                    .arg(number)
                    .arg(schema.value(u"minimum"_s).toDouble()) });
        }
        if (schema.contains(u"maximum"_s) && number > schema.value(u"maximum"_s).toDouble()) {
            errors.append({ path, u"maximum"_s,
                tr("%1 is above the maximum of %2.")
                    .arg(number)
                    .arg(schema.value(u"maximum"_s).toDouble()) });
        }
    }
    if (value.isString()) {
        const QString text = value.toString();
        const qsizetype length = text.toUcs4().size();
        if (schema.contains(u"minLength"_s) && length < schema.value(u"minLength"_s).toInteger()) {
            errors.append(
                { path, u"minLength"_s, tr("Too short: %n character(s).", nullptr, int(length)) });
        }
        if (schema.contains(u"maxLength"_s) && length > schema.value(u"maxLength"_s).toInteger()) {
            errors.append(
                { path, u"maxLength"_s, tr("Too long: %n character(s).", nullptr, int(length)) });
        }
        if (schema.contains(u"pattern"_s)) {
            const QRegularExpression pattern(pcrePattern(schema.value(u"pattern"_s).toString()));
            if (!pattern.match(text).hasMatch()) {
                errors.append({ path, u"pattern"_s,
                    tr("%1 does not match %2.").arg(compact(value), pattern.pattern()) });
            }
        }
    }
    if (value.isObject())
        checkObject(value.toObject(), schema, path, errors, scope);
    if (value.isArray())
        checkArray(value.toArray(), schema, path, errors, scope);
    checkCombinators(value, schema, path, errors, scope);
}

void JsonSchemaValidator::checkObject(const QJsonObject& value, const QJsonObject& schema,
    const JsonPath& path, QList<Error>& errors, const Scope& scope) const
{
    for (const QJsonValue& name : schema.value(u"required"_s).toArray()) {
        if (!value.contains(name.toString())) {
            errors.append({ path, u"required"_s, tr("\"%1\" is missing.").arg(name.toString()) });
        }
    }
    const QJsonObject properties = schema.value(u"properties"_s).toObject();
    const QJsonValue additional = schema.value(u"additionalProperties"_s);
    for (auto it = value.begin(); it != value.end(); ++it) {
        const JsonPath at = path.key(it.key());
        if (properties.contains(it.key())) {
            check(it.value(), properties.value(it.key()), at, errors, scope.deeper());
        } else if (additional.isBool() && !additional.toBool()) {
            errors.append({ at, u"additionalProperties"_s,
                tr("\"%1\" is not a member this format has.").arg(it.key()) });
        } else if (additional.isObject()) {
            check(it.value(), additional, at, errors, scope.deeper());
        }
    }
}

void JsonSchemaValidator::checkArray(const QJsonArray& value, const QJsonObject& schema,
    const JsonPath& path, QList<Error>& errors, const Scope& scope) const
{
    if (schema.contains(u"minItems"_s) && value.size() < schema.value(u"minItems"_s).toInteger())
        errors.append(
            { path, u"minItems"_s, tr("Too few items: %n.", nullptr, int(value.size())) });
    if (schema.contains(u"maxItems"_s) && value.size() > schema.value(u"maxItems"_s).toInteger())
        errors.append(
            { path, u"maxItems"_s, tr("Too many items: %n.", nullptr, int(value.size())) });
    if (schema.value(u"uniqueItems"_s).toBool()) {
        for (qsizetype i = 1; i < value.size(); ++i) {
            if (std::find(value.begin(), value.begin() + i, value.at(i)) != value.begin() + i) {
                errors.append({ path.index(i), u"uniqueItems"_s,
                    tr("%1 is listed before.").arg(compact(value.at(i))) });
            }
        }
    }
    if (schema.contains(u"items"_s)) {
        for (qsizetype i = 0; i < value.size(); ++i)
            check(value.at(i), schema.value(u"items"_s), path.index(i), errors, scope.deeper());
    }
}

void JsonSchemaValidator::checkCombinators(const QJsonValue& value, const QJsonObject& schema,
    const JsonPath& path, QList<Error>& errors, const Scope& scope) const
{
    for (const QJsonValue& part : schema.value(u"allOf"_s).toArray())
        check(value, part, path, errors, scope.deeper());
    if (schema.contains(u"anyOf"_s)) {
        const QJsonArray parts = schema.value(u"anyOf"_s).toArray();
        if (std::none_of(parts.begin(), parts.end(),
                [&](const QJsonValue& part) { return matches(value, part, scope.deeper()); })) {
            errors.append({ path, u"anyOf"_s,
                tr("%1 matches none of the allowed forms.").arg(compact(value)) });
        }
    }
    if (schema.contains(u"oneOf"_s)) {
        const QJsonArray parts = schema.value(u"oneOf"_s).toArray();
        const auto count = std::count_if(parts.begin(), parts.end(),
            [&](const QJsonValue& part) { return matches(value, part, scope.deeper()); });
        if (count != 1) {
            errors.append({ path, u"oneOf"_s,
                tr("%1 must match exactly one of the allowed forms; it matches %2.")
                    .arg(compact(value))
                    .arg(count) });
        }
    }
    if (schema.contains(u"not"_s) && matches(value, schema.value(u"not"_s), scope.deeper()))
        errors.append(
            { path, u"not"_s, tr("%1 is a form that is not allowed.").arg(compact(value)) });
    if (schema.contains(u"if"_s)) {
        const bool holds = matches(value, schema.value(u"if"_s), scope.deeper());
        const QString branch = holds ? u"then"_s : u"else"_s;
        if (schema.contains(branch))
            check(value, schema.value(branch), path, errors, scope.deeper());
    }
}
