#pragma once

#include "JsonPath.h"
#include "model/DataSource.h"
#include "model/EventSample.h"
#include "model/FieldType.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The user's own event body as a source of sample values. Its fields are
// named by their JSON path without the leading "$." (call.duration_ms,
// call.call_analysis.user_sentiment, ["x-key"].value): every string, number,
// boolean and null, and every array as one value (a list of turns maps as a
// list). Objects named like the envelope's sections — call, contact,
// dynamic_variables, agent_outcomes, post_call_outcomes, at the top or
// under "data" — also give the values of the known fields they name.
class EventPayload
{
    Q_DECLARE_TR_FUNCTIONS(EventPayload)

public:
    // What the receiver keeps of a body, and more than any platform sends.
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    // Beyond this the palette would be unusable; arrays count as one.
    static constexpr int kMaxFields = 2000;
    // What a redacted value reads.
    static QString redactedText();

    struct ReadResult
    {
        std::optional<QJsonObject> payload;
        // Why there is none: names the line and column of bad JSON.
        QString error;
        // The JSON paths ($.call.metadata.access_token) of the values that
        // were secrets and now read redactedText().
        QStringList redacted;
        // How many fields the payload gives.
        qsizetype fieldCount = 0;
    };
    // Reads a pasted, imported or received body: a JSON object of at most
    // kMaxBytes and kMaxFields fields, its secrets redacted.
    static ReadResult read(const QByteArray& bytes);

    // The sample of `event` made of `payload`, its fields worked out.
    static EventSample sample(
        const QString& event, const QString& origin, const QJsonObject& payload);
    // The fields of a payload by path, typed as the palette shows them,
    // their values as samples.
    static QList<FieldDefinition> fields(const QJsonObject& payload);
    // Why a payload of `count` fields is too big to be a sample, or empty.
    static QString fieldCountError(qsizetype count);
    // The payload without anything that looks like a credential, so a
    // campaign file never holds one someone pasted along with the event:
    // whatever stands under a secret-looking key (password, token, api_key,
    // authorization, signature, …), the value of a {"name": "Authorization",
    // "value": …} pair, strings that are credentials by their form (Bearer
    // tokens, JWTs, sk_live_… keys, whsec_… secrets) and the secret query
    // parameters of signed URLs. `redactedPaths` gets their JSON paths
    // under `base`.
    static QJsonObject redacted(const QJsonObject& payload, QStringList* redactedPaths = nullptr,
        const JsonPath& base = JsonPath());
    static bool isSecretKey(QStringView key);
    // The key of the section that holds the fields of `source` in the
    // standard envelope's data and in the bodies platforms send (call,
    // contact, dynamic_variables, agent_outcomes, post_call_outcomes);
    // empty for sources without one.
    static QString sectionName(DataSource source);
    // The values the payload gives for the known fields of `source`: the
    // members of its section object (empty when it has none).
    static QJsonObject section(const QJsonObject& payload, DataSource source);
    // The catalog event a body says it is, by its "event" or "type" (also
    // message.type): our names, the same with _ or - (call_ended), and the
    // reports platforms send when a call is over (call_analyzed,
    // end-of-call-report). Empty when it does not say.
    static QString eventName(const QJsonObject& payload, const QStringList& catalogNames);
    // The type a field of this value shows in the palette.
    static FieldType typeOf(const QJsonValue& value);
};
