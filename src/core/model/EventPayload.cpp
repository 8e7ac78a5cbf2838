#include "EventPayload.h"

#include "io/JsonObjectReader.h"
#include "io/JsonPath.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// "$.call.id" → "call.id", "$[\"x-y\"]" → "[\"x-y\"]".
QString fieldName(const JsonPath& path)
{
    const QString text = path.toString();
    return text.mid(text.startsWith(u"$."_s) ? 2 : 1);
}

void collect(const QJsonObject& object, const JsonPath& path, QList<EventPayload::Field>& fields)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const JsonPath member = path.key(it.key());
        if (it.value().isObject())
            collect(it.value().toObject(), member, fields);
        else
            fields.append({ fieldName(member), it.value() });
    }
}

QJsonValue redactValue(const QJsonValue& value, const JsonPath& path, QStringList* redacted);

QJsonObject redactObject(const QJsonObject& object, const JsonPath& path, QStringList* redacted)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const JsonPath member = path.key(it.key());
        if (it.value().isString() && EventPayload::isSecretKey(it.key())
            && it.value().toString() != EventPayload::redactedText()) {
            result.insert(it.key(), EventPayload::redactedText());
            if (redacted)
                redacted->append(fieldName(member));
            continue;
        }
        result.insert(it.key(), redactValue(it.value(), member, redacted));
    }
    return result;
}

// Arrays are searched too: a list of headers or credentials is a list of
// objects.
QJsonValue redactValue(const QJsonValue& value, const JsonPath& path, QStringList* redacted)
{
    if (value.isObject())
        return redactObject(value.toObject(), path, redacted);
    if (!value.isArray())
        return value;
    QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        array[i] = redactValue(array.at(i), path.index(i), redacted);
    return array;
}

QString sectionName(DataSource source)
{
    switch (source) {
    case DataSource::CallLogField:
        return u"call"_s;
    case DataSource::ContactField:
        return u"contact"_s;
    case DataSource::DynamicVariable:
        return u"dynamic_variables"_s;
    case DataSource::AgentOutcomeField:
        return u"agent_outcomes"_s;
    case DataSource::PostCallOutcome:
        return u"post_call_outcomes"_s;
    case DataSource::DefaultValue:
    case DataSource::Timestamp:
    case DataSource::EnvironmentVariable:
    case DataSource::EventPayload:
        break;
    }
    return {};
}
} // namespace

QString EventPayload::redactedText()
{
    return u"<redacted>"_s;
}

EventPayload::ReadResult EventPayload::read(const QByteArray& bytes)
{
    ReadResult result;
    if (bytes.size() > kMaxBytes) {
        const QLocale c = QLocale::c();
        result.error = tr("The payload is %1; an own sample can be at most %2.")
                           .arg(c.formattedDataSize(bytes.size(), 1, QLocale::DataSizeIecFormat),
                               c.formattedDataSize(kMaxBytes, 0, QLocale::DataSizeIecFormat));
        return result;
    }
    if (bytes.trimmed().isEmpty()) {
        result.error = tr("The payload is empty: an event body is a JSON object.");
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonObjectReader::parseErrorPosition(bytes, parseError.offset);
        result.error = tr("The payload is not valid JSON: %1 at line %2, column %3.")
                           .arg(parseError.errorString())
                           .arg(line)
                           .arg(column);
        return result;
    }
    if (!json.isObject()) {
        result.error = tr("An event body is a JSON object; this is %1.")
                           .arg(JsonObjectReader::describeType(
                               json.isArray() ? QJsonValue(json.array()) : QJsonValue()));
        return result;
    }
    const QJsonObject payload = redacted(json.object(), &result.redacted);
    result.error = fieldCountError(payload);
    if (!result.error.isEmpty()) {
        result.redacted.clear();
        return result;
    }
    result.payload = payload;
    return result;
}

QString EventPayload::fieldCountError(const QJsonObject& payload)
{
    const qsizetype count = fields(payload).size();
    if (count <= kMaxFields)
        return {};
    return tr("The payload has %1 fields; an own sample can have at most %2.")
        .arg(count)
        .arg(kMaxFields);
}

QList<EventPayload::Field> EventPayload::fields(const QJsonObject& payload)
{
    QList<Field> result;
    collect(payload, JsonPath(), result);
    return result;
}

QJsonObject EventPayload::redacted(const QJsonObject& payload, QStringList* redactedFields)
{
    return redactObject(payload, JsonPath(), redactedFields);
}

bool EventPayload::isSecretKey(QStringView key)
{
    // Compared without case and separators, by ending, so access_token,
    // X-Api-Key and clientSecret match and token_count does not.
    static const QStringList kEndings = { u"password"_s, u"passwd"_s, u"secret"_s, u"token"_s,
        u"apikey"_s, u"accesskey"_s, u"privatekey"_s, u"authorization"_s, u"signature"_s,
        u"credential"_s, u"credentials"_s, u"cookie"_s, u"bearer"_s };
    QString folded;
    folded.reserve(key.size());
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return std::any_of(kEndings.cbegin(), kEndings.cend(),
        [&folded](const QString& ending) { return folded.endsWith(ending); });
}

QJsonObject EventPayload::section(const QJsonObject& payload, DataSource source)
{
    const QString name = sectionName(source);
    if (name.isEmpty())
        return {};
    const QJsonValue inData = payload.value(u"data"_s).toObject().value(name);
    return inData.isObject() ? inData.toObject() : payload.value(name).toObject();
}

QString EventPayload::eventName(const QJsonObject& payload, const QStringList& catalogNames)
{
    static const QHash<QString, QString> kReports = {
        { u"call.analyzed"_s, u"call.ended"_s },
        { u"end.of.call.report"_s, u"call.ended"_s },
        { u"transcript"_s, u"conversation.transcript"_s },
    };
    const QJsonObject message = payload.value(u"message"_s).toObject();
    for (const QJsonValue& said :
        { payload.value(u"event"_s), payload.value(u"type"_s), message.value(u"type"_s) }) {
        const QString exact = said.toString().toLower();
        if (catalogNames.contains(exact))
            return exact; // campaign.quota_reached keeps its underscore
        QString name = exact;
        name.replace(u'_', u'.').replace(u'-', u'.');
        name = kReports.value(name, name);
        if (catalogNames.contains(name))
            return name;
    }
    return {};
}

FieldType EventPayload::typeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return FieldType::Boolean;
    case QJsonValue::Double:
        return FieldType::Number;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return FieldType::Object;
    case QJsonValue::String:
        if (fieldTypeAccepts(FieldType::DateTime, value))
            return FieldType::DateTime;
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return FieldType::String;
}
