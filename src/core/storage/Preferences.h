#pragma once

#include "delivery/ProxyConfig.h"
#include "model/DeliveryPolicy.h"

#include <QLocale>
#include <QString>

// The user's preferences, in QSettings, read by the app and the CLI alike:
// one place for their keys, defaults and bounds.
class Preferences
{
public:
    static constexpr quint16 kDefaultReceiverPort = 8787;
    static constexpr int kDefaultBodyCapMiB = 10;
    static constexpr int kMaxBodyCapMiB = 1024;
    static constexpr int kDefaultHistoryRetention = 1000;
    static constexpr int kMinHistoryRetention = 10;
    static constexpr int kMaxHistoryRetention = 100000;

    // "de", "es", "en"; empty: the system's language.
    static QString language();
    static void setLanguage(const QString& language);
    // The locale to translate the interface into.
    static QLocale interfaceLocale();

    // "system", "light" or "dark".
    static QString theme();
    static void setTheme(const QString& theme);

    // The timeouts and retry limit a new webhook starts with.
    static DeliveryPolicy newWebhookDelivery();
    static void setNewWebhookDelivery(const DeliveryPolicy& delivery);

    // How much of a response body an attempt reads before it fails.
    static int responseBodyCapMiB();
    static qint64 responseBodyCapBytes() { return qint64(responseBodyCapMiB()) << 20; }
    static void setResponseBodyCapMiB(int mebibytes);

    // How many deliveries the history keeps (the newest).
    static int historyRetention();
    static void setHistoryRetention(int deliveries);

    // Where the app's local receiver listens (0: any free port).
    static quint16 receiverPort();
    static void setReceiverPort(quint16 port);

    // How deliveries reach the network: "system" (the proxy environment
    // variables of the session, read as curl reads them), "none" (always
    // direct) or "manual" (manualProxy(), except the noProxy() hosts).
    static QString proxyMode();
    static void setProxyMode(const QString& mode);
    // http://, socks5:// or socks5h://, with a user name but never a
    // password: that lives in the keychain as proxyPasswordSecret().
    static QString manualProxy();
    static void setManualProxy(const QString& proxy);
    static QString noProxy();
    static void setNoProxy(const QString& hosts);
    static QString proxyPasswordSecret() { return QStringLiteral("WEBHOOK_STUDIO_PROXY_PASSWORD"); }
    // The proxies the preferences say, the manual proxy with `password`.
    // Read when a delivery starts, never at start-up.
    static ProxyConfig proxyConfig(const QString& password = {});

    // Back to the defaults (the window state and recent files stay).
    static void restoreDefaults();
};
