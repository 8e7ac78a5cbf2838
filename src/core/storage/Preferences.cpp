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
const QString kProxyMode = u"network/proxyMode"_s;
const QString kManualProxy = u"network/manualProxy"_s;
const QString kNoProxy = u"network/noProxy"_s;
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

QString Preferences::proxyMode()
{
    const QString mode = QSettings().value(kProxyMode, u"system"_s).toString();
    return mode == u"none"_s || mode == u"manual"_s ? mode : u"system"_s;
}

void Preferences::setProxyMode(const QString& mode)
{
    QSettings().setValue(kProxyMode, mode);
}

QString Preferences::manualProxy()
{
    return QSettings().value(kManualProxy).toString();
}

void Preferences::setManualProxy(const QString& proxy)
{
    QSettings().setValue(kManualProxy, proxy);
}

QString Preferences::noProxy()
{
    return QSettings().value(kNoProxy).toString();
}

void Preferences::setNoProxy(const QString& hosts)
{
    QSettings().setValue(kNoProxy, hosts);
}

ProxyConfig Preferences::proxyConfig(const QString& password)
{
    const QString mode = proxyMode();
    if (mode == u"none"_s)
        return ProxyConfig();
    if (mode == u"system"_s)
        return ProxyConfig::fromEnvironment();
    QString error;
    std::optional<QUrl> proxy = ProxyConfig::parseProxy(manualProxy(), &error);
    // The dialog refuses a bad address; one edited into the settings file
    // by hand means no proxy rather than a guess.
    if (!proxy)
        return ProxyConfig();
    if (!password.isEmpty())
        proxy->setPassword(password);
    return ProxyConfig::manual(*proxy, noProxy());
}

void Preferences::restoreDefaults()
{
    QSettings settings;
    for (const QString& key : { kLanguage, kTheme, kTimeout, kRetryLimit, kTotalTimeout, kBodyCap,
             kRetention, kReceiverPort, kProxyMode, kManualProxy, kNoProxy })
        settings.remove(key);
}
