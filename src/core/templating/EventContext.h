#pragma once

#include "FieldLayout.h"
#include "SampleOverrides.h"
#include "TemplateValue.h"
#include "catalog/EventInfo.h"
#include "model/CampaignDocument.h"

#include <QBitArray>
#include <QDateTime>
#include <QJsonObject>

// Everything a template can refer to for one delivery of one event: the
// built-ins (event, event_id, timestamp), the sample call as it stands at
// that event, the campaign's declared fields, the event's own payload and
// the user's own sample body for it, if there is one.
// Built once per delivery, read by every render of it: values sit in the
// slots of a FieldLayout, which compiled templates read by index.
class EventContext
{
public:
    struct Options
    {
        // One id per delivery, the same for all its attempts; generated when
        // empty.
        QString eventId;
        // When the delivery is made; now when invalid.
        QDateTime timestamp;
        SampleOverrides overrides;
        // What {{local_receiver}} stands for: the base URL of the local test
        // receiver (the app's, or the CLI's --receiver option).
        QString localReceiverUrl;
        // The environment {{name}} placeholders resolve from; empty means
        // the campaign's first, if it has any.
        QString environment;
    };

    static QString defaultLocalReceiverUrl();

    struct Lookup
    {
        QJsonValue value;
        bool available = true;
        // Why there is no value, when !available.
        QString reason;
    };

    static EventContext build(
        const CampaignDocument& document, const EventInfo& event, const Options& options);
    // The same event for the next delivery of a burst: a new id (`eventId`
    // when given) and time (`timestamp` when valid), every sample as it was.
    // Far cheaper than building again, which a burst did for every delivery.
    EventContext nextDelivery(
        const QString& eventId = QString(), const QDateTime& timestamp = QDateTime()) const;
    static QString newEventId();

    const EventInfo& event() const { return *m_event; }
    QString eventId() const { return m_eventId; }
    QDateTime timestamp() const { return m_timestamp; }
    QString timestampText() const;

    // The value of a built-in variable (event, event_id, timestamp), or an
    // undefined value for other names.
    QJsonValue builtIn(QStringView name) const;
    // The value of a field of a source for this event. The field is assumed
    // to exist; one without a sample value is null.
    Lookup lookup(DataSource source, const QString& field) const;
    // Whether `field` is a field of `source`: a fixed one, or one the
    // campaign declares.
    bool hasField(DataSource source, const QString& field) const;
    // The environment in use; empty when the campaign has none (or names
    // one it lacks).
    QString environmentName() const { return m_environmentName; }
    // Whether any environment of the campaign defines `name`: such a
    // placeholder resolves from the environment in use without a mapping.
    bool isEnvironmentVariable(const QString& name) const
    {
        return m_layout.slot(DataSource::EnvironmentVariable, name) >= 0;
    }
    // Whether `name` is a secret variable of the environment in use.
    bool isSecretVariable(const QString& name) const
    {
        return isSecretSlot(m_layout.slot(DataSource::EnvironmentVariable, name));
    }

    const FieldLayout& layout() const { return m_layout; }
    // The value in a slot of the layout: null for a field without a sample
    // value, undefined for an environment variable the environment in use
    // does not define.
    const TemplateValue& value(int slot) const { return m_slots.at(slot); }
    bool isSecretSlot(int slot) const { return slot >= 0 && m_secretSlots.testBit(slot); }
    // The standard envelope: {"event", "event_id", "timestamp", "data"}.
    QByteArray envelope() const;
    // The envelope's data: the call, contact and outcomes the event carries
    // and its own payload.
    QJsonObject data() const;

private:
    void useEnvironment(const CampaignDocument& document, const QString& name);
    void set(int slot, const QJsonValue& value);
    void fillDeclared(const CampaignDocument& document);
    void useOwnSample(const EventSample* sample);
    void stamp(const QString& eventId, const QDateTime& timestamp);
    void fillCallTimestamps();
    void merge(DataSource source, const QJsonObject& values);
    QJsonObject available(DataSource source) const;
    // By name, for what is not a template's placeholder: null when absent.
    QJsonValue valueOf(DataSource source, const QString& field) const;

    const EventInfo* m_event = nullptr;
    QString m_eventId;
    QDateTime m_timestamp;
    QString m_campaignName;
    QString m_localReceiverUrl;
    QString m_environmentName;
    FieldLayout m_layout;
    QList<TemplateValue> m_slots;
    QBitArray m_secretSlots;
};
