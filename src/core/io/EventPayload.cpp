#include "EventPayload.h"

#include "JsonObjectReader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
// "$.call.id" → "call.id", "$[\"x-y\"]" → "[\"x-y\"]".
QString fieldName(const JsonPath& path)
{
    const QString text = path.toString();
    return text.mid(text.startsWith(u"$."_s) ? 2 : 1);
}

void collect(const QJsonObject& object, const JsonPath& path, QList<FieldDefinition>& fields)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const JsonPath member = path.key(it.key());
        if (it.value().isObject()) {
            collect(it.value().toObject(), member, fields);
            continue;
        }
        fields.append(
            { fieldName(member), EventPayload::typeOf(it.value()), it.value(), QString() });
    }
}

// Credentials recognisable by their form wherever they stand.
bool looksLikeCredential(const QString& text)
{
    static const QRegularExpression kCredential(
        u"^(?:Bearer\\s+\\S|eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]*$|"
        "(?:sk|rk|pk)_(?:live|test)_\\w|whsec_\\w|xox[abpr]-)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return kCredential.match(text).hasMatch();
}

class Redactor
{
public:
    explicit Redactor(QStringList* paths)
        : m_paths(paths)
    { }

    QJsonValue value(const QJsonValue& value, const JsonPath& path)
    {
        if (value.isObject())
            return object(value.toObject(), path);
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                array[i] = this->value(array.at(i), path.index(i));
            return array;
        }
        if (!value.isString())
            return value;
        const QString text = value.toString();
        if (looksLikeCredential(text))
            return redact(path);
        return text.contains(u'?') ? signedUrl(text, path) : value;
    }

private:
    QJsonObject object(const QJsonObject& object, const JsonPath& path)
    {
        // {"name": "Authorization", "value": "Bearer …"}: a header list.
        const QString named = object.value(u"name"_s).toString(object.value(u"key"_s).toString());
        const bool secretPair = EventPayload::isSecretKey(named);
        QJsonObject result;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const JsonPath member = path.key(it.key());
            const bool secret
                = EventPayload::isSecretKey(it.key()) || (secretPair && it.key() == u"value");
            result.insert(
                it.key(), secret ? redactWhole(it.value(), member) : value(it.value(), member));
        }
        return result;
    }

    // Everything under a secret key goes, whatever its type (a numeric PIN,
    // an object of keys), except what is redacted already.
    QJsonValue redactWhole(const QJsonValue& value, const JsonPath& path)
    {
        if (value.isNull() || value.toString() == EventPayload::redactedText())
            return value;
        return redact(path);
    }

    // The secret parameters of a signed URL (X-Amz-Signature, token=…),
    // the rest of the link kept.
    QJsonValue signedUrl(const QString& text, const JsonPath& path)
    {
        QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty())
            return text;
        QUrlQuery query(url);
        bool changed = false;
        QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (QPair<QString, QString>& item : items) {
            if (EventPayload::isSecretKey(item.first)
                && QUrl::fromPercentEncoding(item.second.toUtf8())
                    != EventPayload::redactedText()) {
                item.second = EventPayload::redactedText();
                changed = true;
            }
        }
        if (!changed)
            return text;
        query.setQueryItems(items);
        url.setQuery(query);
        note(path);
        return url.toString(QUrl::FullyEncoded);
    }

    QJsonValue redact(const JsonPath& path)
    {
        note(path);
        return EventPayload::redactedText();
    }

    void note(const JsonPath& path)
    {
        if (m_paths)
            m_paths->append(path.toString());
    }

    QStringList* m_paths;
};

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
    result.fieldCount = fields(payload).size();
    result.error = fieldCountError(result.fieldCount);
    if (!result.error.isEmpty()) {
        result.redacted.clear();
        return result;
    }
    result.payload = payload;
    return result;
}

EventSample EventPayload::sample(
    const QString& event, const QString& origin, const QJsonObject& payload)
{
    return { event, origin, payload, fields(payload) };
}

QList<FieldDefinition> EventPayload::fields(const QJsonObject& payload)
{
    QList<FieldDefinition> result;
    collect(payload, JsonPath(), result);
    return result;
}

QString EventPayload::fieldCountError(qsizetype count)
{
    if (count <= kMaxFields)
        return {};
    return tr("The payload has %1 fields; an own sample can have at most %2.")
        .arg(count)
        .arg(kMaxFields);
}

QJsonObject EventPayload::redacted(
    const QJsonObject& payload, QStringList* redactedPaths, const JsonPath& base)
{
    return Redactor(redactedPaths).value(payload, base).toObject();
}

bool EventPayload::isSecretKey(QStringView key)
{
    // Compared without case and separators, by ending, so access_token,
    // X-Api-Key, clientSecret and X-Amz-Signature match and token_count
    // does not.
    static const QStringList kEndings = { u"password"_s, u"passwd"_s, u"passcode"_s, u"secret"_s,
        u"secrets"_s, u"secretkey"_s, u"signingkey"_s, u"privatekey"_s, u"token"_s, u"tokens"_s,
        u"apikey"_s, u"apikeys"_s, u"accesskey"_s, u"authorization"_s, u"signature"_s,
        u"credential"_s, u"credentials"_s, u"cookie"_s, u"cookies"_s, u"bearer"_s };
    QString folded;
    folded.reserve(key.size());
    for (QChar c : key) {
        if (c.isLetterOrNumber())
            folded += c.toLower();
    }
    return std::any_of(kEndings.cbegin(), kEndings.cend(),
        [&folded](const QString& ending) { return folded.endsWith(ending); });
}

QString EventPayload::sectionName(DataSource source)
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
