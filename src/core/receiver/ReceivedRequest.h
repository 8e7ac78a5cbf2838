#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// One request the local receiver got, as it arrived, and how it was answered.
struct ReceivedRequest
{
    enum class Signature { NotChecked, Valid, Invalid };

    int sequence = 0; // 1-based, since the receiver started
    QDateTime receivedAt;
    QString method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // at most kMaxStoredBody bytes
    qint64 bodySize = 0;
    QString remoteAddress;
    Signature signature = Signature::NotChecked;
    QString signatureReason;
    QString answer; // the step applied, in words

    static constexpr qint64 kMaxStoredBody = 1024 * 1024;

    QByteArray header(const QByteArray& name) const;
    bool bodyTruncated() const { return bodySize > body.size(); }
    // "signature valid", "signature INVALID: why", or empty when unchecked.
    QString signatureText() const;
};
