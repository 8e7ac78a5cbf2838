#pragma once

#include "JsonPath.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Checks a JSON value against a JSON Schema (draft 2020-12), for what leaves
// the app: exports are checked against their schema in resources/schema/
// before they are written. It knows the keywords our schemas use — type,
// const, enum, properties, required, additionalProperties, items, min/max
// Items, uniqueItems, minimum, maximum, min/maxLength, pattern, $ref to
// #/$defs, allOf, anyOf, oneOf, not, if/then/else — and reports a schema
// that uses another as an error rather than passing silently.
class JsonSchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(JsonSchemaValidator)

public:
    struct Error
    {
        JsonPath path; // where in the value
        QString keyword;
        QString message;

        QString toString() const;
    };

    explicit JsonSchemaValidator(const QJsonObject& schema);
    // The schema in a resource or file; an invalid file gives a validator
    // whose every check fails with the reason. A $ref to another file
    // ("campaign-1.schema.json#/$defs/webhook") is looked up beside it, by
    // file name or by the other schema's $id.
    static JsonSchemaValidator fromFile(const QString& path);

    QList<Error> validate(const QJsonValue& value) const;

private:
    // Where a check stands: the schema document its $refs resolve in, and
    // how deep the references go.
    struct Scope
    {
        QJsonObject root;
        int depth = 0;

        Scope deeper() const { return { root, depth + 1 }; }
    };
    struct Resolved
    {
        QJsonValue schema;
        QJsonObject root;
    };

    void check(const QJsonValue& value, const QJsonValue& schema, const JsonPath& path,
        QList<Error>& errors, const Scope& scope) const;
    void checkObject(const QJsonObject& value, const QJsonObject& schema, const JsonPath& path,
        QList<Error>& errors, const Scope& scope) const;
    void checkArray(const QJsonArray& value, const QJsonObject& schema, const JsonPath& path,
        QList<Error>& errors, const Scope& scope) const;
    void checkCombinators(const QJsonValue& value, const QJsonObject& schema, const JsonPath& path,
        QList<Error>& errors, const Scope& scope) const;
    bool matches(const QJsonValue& value, const QJsonValue& schema, const Scope& scope) const;
    Resolved resolve(const QString& reference, const QJsonObject& root) const;
    QJsonObject sibling(const QString& fileName) const;

    QJsonObject m_schema;
    QString m_directory;
    QString m_loadError;
};
