#pragma once

#include "JsonPath.h"
#include "validation/Problem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <initializer_list>
#include <optional>
#include <utility>

// Reads typed members out of one JSON object and reports every missing or
// mistyped member with its JSON path, so a loader can collect all problems of
// a file in one pass instead of stopping at the first.
class JsonObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonObjectReader)

public:
    enum class Presence { Required, Optional };

    JsonObjectReader(const QJsonObject& object, const JsonPath& path, QList<Problem>* problems);

    const JsonPath& path() const { return m_path; }
    JsonPath path(QStringView key) const { return m_path.key(key); }
    bool has(QStringView key) const { return m_object.contains(key); }
    QJsonValue value(QStringView key) const { return m_object.value(key); }

    QString string(QStringView key, Presence presence, const QString& fallback = {});
    bool boolean(QStringView key, bool fallback);
    double number(QStringView key, double fallback);
    int integer(QStringView key, int fallback);
    std::optional<QJsonObject> object(QStringView key, Presence presence);
    std::optional<QJsonArray> array(QStringView key, Presence presence);

    // Reads a string member and maps it through `parse` (an enum's fromName);
    // an unknown name is reported together with the accepted ones.
    template<typename Enum, typename Parse>
    Enum enumeration(
        QStringView key, Presence presence, Enum fallback, Parse parse, const QStringList& accepted)
    {
        const QString name = string(key, presence);
        if (!value(key).isString())
            return fallback; // missing or mistyped, already reported by string()
        if (const std::optional<Enum> parsed = parse(name))
            return *parsed;
        reportUnknownName(key, name, accepted);
        return fallback;
    }

    // Warns about members that the format does not define; they are dropped on
    // the next save, and the warning says so.
    void warnAboutUnknownKeys(std::initializer_list<QStringView> known);

    static QString describeType(const QJsonValue& value);
    // Where a QJsonParseError points, as an editor shows it: the line and
    // column (1-based, in characters) of the offending character. Qt reports
    // the byte offset just past it.
    static std::pair<qsizetype, qsizetype> parseErrorPosition(
        const QByteArray& data, qsizetype errorOffset);
    static void reportTypeMismatch(QList<Problem>* problems, const JsonPath& path,
        const QString& expected, const QJsonValue& found);

private:
    bool check(QStringView key, Presence presence, bool typeMatches, const QString& expected);
    void reportUnknownName(QStringView key, const QString& name, const QStringList& accepted);

    QJsonObject m_object;
    JsonPath m_path;
    QList<Problem>* m_problems;
};
