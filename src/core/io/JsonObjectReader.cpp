#include "JsonObjectReader.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

JsonObjectReader::JsonObjectReader(
    const QJsonObject& object, const JsonPath& path, QList<Problem>* problems)
    : m_object(object)
    , m_path(path)
    , m_problems(problems)
{ }

std::pair<qsizetype, qsizetype> JsonObjectReader::parseErrorPosition(
    const QByteArray& data, qsizetype errorOffset)
{
    const qsizetype offset = std::clamp<qsizetype>(errorOffset - 1, 0, data.size());
    const QByteArray before = data.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return { before.count('\n') + 1, QString::fromUtf8(before.mid(lineStart)).size() + 1 };
}

QString JsonObjectReader::describeType(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

void JsonObjectReader::reportTypeMismatch(QList<Problem>* problems, const JsonPath& path,
    const QString& expected, const QJsonValue& found)
{
    problems->append(Problem::error(path.toString(), u"json.type"_s,
        tr("Expected %1, found %2.").arg(expected, describeType(found))));
}

bool JsonObjectReader::check(
    QStringView key, Presence presence, bool typeMatches, const QString& expected)
{
    if (!m_object.contains(key)) {
        if (presence == Presence::Required) {
            m_problems->append(Problem::error(path(key).toString(), u"json.missing"_s,
                tr("Required field is missing (expected %1).").arg(expected)));
        }
        return false;
    }
    if (!typeMatches) {
        reportTypeMismatch(m_problems, path(key), expected, m_object.value(key));
        return false;
    }
    return true;
}

QString JsonObjectReader::string(QStringView key, Presence presence, const QString& fallback)
{
    const QJsonValue value = m_object.value(key);
    return check(key, presence, value.isString(), tr("a string")) ? value.toString() : fallback;
}

bool JsonObjectReader::boolean(QStringView key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    return check(key, Presence::Optional, value.isBool(), tr("true or false")) ? value.toBool()
                                                                               : fallback;
}

double JsonObjectReader::number(QStringView key, double fallback)
{
    const QJsonValue value = m_object.value(key);
    return check(key, Presence::Optional, value.isDouble(), tr("a number")) ? value.toDouble()
                                                                            : fallback;
}

int JsonObjectReader::integer(QStringView key, int fallback)
{
    const QJsonValue value = m_object.value(key);
    if (!check(key, Presence::Optional, value.isDouble(), tr("a whole number")))
        return fallback;
    const double number = value.toDouble();
    if (number != std::floor(number) || std::abs(number) > std::numeric_limits<int>::max()) {
        m_problems->append(Problem::error(path(key).toString(), u"json.integer"_s,
            tr("Expected a whole number, found %1.").arg(number)));
        return fallback;
    }
    return static_cast<int>(number);
}

std::optional<QJsonObject> JsonObjectReader::object(QStringView key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (!check(key, presence, value.isObject(), tr("an object")))
        return std::nullopt;
    return value.toObject();
}

std::optional<QJsonArray> JsonObjectReader::array(QStringView key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (!check(key, presence, value.isArray(), tr("an array")))
        return std::nullopt;
    return value.toArray();
}

void JsonObjectReader::reportUnknownName(
    QStringView key, const QString& name, const QStringList& accepted)
{
    m_problems->append(Problem::error(path(key).toString(), u"json.enum"_s,
        tr("Unknown value \"%1\"; expected one of: %2.").arg(name, accepted.join(u", "_s))));
}

void JsonObjectReader::warnAboutUnknownKeys(std::initializer_list<QStringView> known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) != known.end())
            continue;
        m_problems->append(Problem::warning(path(it.key()).toString(), u"json.unknown-key"_s,
            tr("Unknown field \"%1\" is ignored and will not be saved.").arg(it.key())));
    }
}
