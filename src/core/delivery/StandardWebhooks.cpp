#include "StandardWebhooks.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
QByteArray signature(const QByteArray& key, const QByteArray& messageId,
    const QByteArray& timestamp, const QByteArray& body)
{
    const QByteArray content = messageId + '.' + timestamp + '.' + body;
    return QMessageAuthenticationCode::hash(content, key, QCryptographicHash::Sha256);
}

// Compares in time independent of where the inputs differ.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
} // namespace

std::optional<QByteArray> StandardWebhooks::decodeSecret(const QString& secret, QString* error)
{
    const QString prefix = u"whsec_"_s;
    if (!secret.startsWith(prefix)) {
        *error = tr("A Standard Webhooks secret starts with \"whsec_\".");
        return std::nullopt;
    }
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        secret.mid(prefix.size()).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < 16) {
        *error = tr("The part after \"whsec_\" must be base64 of at least 16 bytes.");
        return std::nullopt;
    }
    return decoded.decoded;
}

QString StandardWebhooks::sign(
    const QByteArray& key, const QString& messageId, qint64 timestamp, const QByteArray& body)
{
    const QByteArray mac = signature(key, messageId.toUtf8(), QByteArray::number(timestamp), body);
    return u"v1,"_s + QString::fromLatin1(mac.toBase64());
}

QString StandardWebhooks::newMessageId()
{
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString id = u"msg_"_s;
    for (int i = 0; i < 26; ++i)
        id += QChar::fromLatin1(kAlphabet[QRandomGenerator::global()->bounded(32)]);
    return id;
}

StandardWebhooks::Verification StandardWebhooks::verify(const QByteArray& key,
    const QByteArray& messageId, const QByteArray& timestamp, const QByteArray& signatures,
    const QByteArray& body, const QDateTime& now)
{
    if (messageId.isEmpty() || timestamp.isEmpty() || signatures.isEmpty()) {
        return { false,
            tr("The webhook-id, webhook-timestamp and webhook-signature headers are all "
               "needed.") };
    }
    bool numeric = false;
    const qint64 seconds = timestamp.toLongLong(&numeric);
    if (!numeric)
        return { false, tr("webhook-timestamp is not a number of seconds.") };
    const qint64 skew = qAbs(now.toSecsSinceEpoch() - seconds);
    if (skew > kToleranceSeconds) {
        return { false,
            tr("webhook-timestamp is %1 s away from now; at most %2 s are accepted.")
                .arg(skew)
                .arg(kToleranceSeconds) };
    }
    const QByteArray expected = signature(key, messageId, timestamp, body);
    for (const QByteArray& entry : signatures.split(' ')) {
        if (!entry.startsWith("v1,"))
            continue;
        const QByteArray::FromBase64Result candidate = QByteArray::fromBase64Encoding(entry.mid(3));
        if (candidate && constantTimeEquals(candidate.decoded, expected))
            return { true, tr("The signature matches.") };
    }
    return { false, tr("No v1 signature matches the body with the configured secret.") };
}
