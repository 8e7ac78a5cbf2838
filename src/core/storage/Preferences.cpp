#include "Preferences.h"

#include "delivery/DeliveryPlan.h"
#include "history/DeliveryHistory.h"
#include "model/Limits.h"

#include <QSettings>

using namespace Qt::StringLiterals;

static_assert(Preferences::kDefaultBodyCapMiB << 20 == DeliveryPlan::kDefaultBodyCapBytes);
static_assert(Preferences::kDefaultHistoryRetention == DeliveryHistory::kDefaultRetention);

namespace {
const QString kLanguage = u"ui/language"_s;
const QString kTheme = u"ui/theme"_s;
const QString kTimeout = u"newWebhook/timeoutSeconds"_s;
const QString kRetryLimit = u"newWebhook/retryLimit"_s;
const QString kTotalTimeout = u"newWebhook/totalTimeoutSeconds"_s;
const QString kBodyCap = u"delivery/responseBodyCapMiB"_s;
const QString kRetention = u"history/retention"_s;
const QString kReceiverPort = u"receiver/port"_s;
} // namespace

QString Preferences::language()
{
    return QSettings().value(kLanguage).toString();
}

void Preferences::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguage, language);
}

QLocale Preferences::interfaceLocale()
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QString Preferences::theme()
{
    const QString theme = QSettings().value(kTheme, u"system"_s).toString();
    return theme == u"light"_s || theme == u"dark"_s ? theme : u"system"_s;
}

void Preferences::setTheme(const QString& theme)
{
    QSettings().setValue(kTheme, theme);
}

DeliveryPolicy Preferences::newWebhookDelivery()
{
    // Values from a hand-edited settings file are kept within what a
    // document may hold, so a new webhook is never invalid.
    const QSettings settings;
    DeliveryPolicy delivery;
    delivery.timeoutSeconds = qBound(Limits::kMinTimeoutSeconds,
        settings.value(kTimeout, delivery.timeoutSeconds).toDouble(), Limits::kMaxTimeoutSeconds);
    delivery.retryLimit = qBound(Limits::kMinRetryLimit,
        settings.value(kRetryLimit, delivery.retryLimit).toInt(), Limits::kMaxRetryLimit);
    delivery.totalTimeoutSeconds = qBound(delivery.timeoutSeconds,
        settings.value(kTotalTimeout, delivery.totalTimeoutSeconds).toDouble(),
        Limits::kMaxTotalTimeoutSeconds);
    return delivery;
}

void Preferences::setNewWebhookDelivery(const DeliveryPolicy& delivery)
{
    QSettings settings;
    settings.setValue(kTimeout, delivery.timeoutSeconds);
    settings.setValue(kRetryLimit, delivery.retryLimit);
    settings.setValue(kTotalTimeout, delivery.totalTimeoutSeconds);
}

int Preferences::responseBodyCapMiB()
{
    return qBound(1, QSettings().value(kBodyCap, kDefaultBodyCapMiB).toInt(), kMaxBodyCapMiB);
}

void Preferences::setResponseBodyCapMiB(int mebibytes)
{
    QSettings().setValue(kBodyCap, mebibytes);
}

int Preferences::historyRetention()
{
    return qBound(kMinHistoryRetention,
        QSettings().value(kRetention, kDefaultHistoryRetention).toInt(), kMaxHistoryRetention);
}

void Preferences::setHistoryRetention(int deliveries)
{
    QSettings().setValue(kRetention, deliveries);
}

quint16 Preferences::receiverPort()
{
    const uint port = QSettings().value(kReceiverPort, kDefaultReceiverPort).toUInt();
    return port <= 65535 ? quint16(port) : kDefaultReceiverPort;
}

void Preferences::setReceiverPort(quint16 port)
{
    QSettings().setValue(kReceiverPort, port);
}

void Preferences::restoreDefaults()
{
    QSettings settings;
    for (const QString& key : { kLanguage, kTheme, kTimeout, kRetryLimit, kTotalTimeout, kBodyCap,
             kRetention, kReceiverPort })
        settings.remove(key);
}
