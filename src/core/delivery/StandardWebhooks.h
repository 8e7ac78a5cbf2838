#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// Signing and verification per the Standard Webhooks specification: the
// signed content is "{id}.{timestamp}.{body}", HMAC-SHA256 with the key
// base64-decoded from the part after "whsec_", sent as "v1,<base64>".
class StandardWebhooks
{
    Q_DECLARE_TR_FUNCTIONS(StandardWebhooks)

public:
    static constexpr int kToleranceSeconds = 5 * 60;

    // The key of a "whsec_..." secret, or nothing (and `error` says why).
    static std::optional<QByteArray> decodeSecret(const QString& secret, QString* error);
    static QString sign(
        const QByteArray& key, const QString& messageId, qint64 timestamp, const QByteArray& body);
    // A fresh message id: "msg_" and 26 random characters.
    static QString newMessageId();

    struct Verification
    {
        bool valid = false;
        QString reason;
    };
    // Checks the three headers against `body`, as a receiver must: a missing
    // header, a timestamp more than five minutes from `now`, or no matching v1
    // signature among those listed fails.
    static Verification verify(const QByteArray& key, const QByteArray& messageId,
        const QByteArray& timestamp, const QByteArray& signatures, const QByteArray& body,
        const QDateTime& now = QDateTime::currentDateTimeUtc());
};
