#pragma once

#include "CurlImporter.h"
#include "model/WebhookConfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

struct CurlOption;

// The work behind CurlImporter::importWords: walks curl's words option by
// option, collecting what each one adds to the request, then builds the
// webhook from it the way curl would build its request.
class CurlCommandReader
{
public:
    // `words` as curl gets them, curl itself first.
    static CurlImporter::Result read(const QStringList& words);

private:
    struct DataPart
    {
        QString text;
        bool json = false;
    };

    CurlCommandReader() = default;

    CurlImporter::Result run(const QStringList& words);

    void error(const QString& option, const QString& code, const QString& message);
    void warning(const QString& option, const QString& code, const QString& message);

    // The argument of the option at m_index (the next word).
    std::optional<QString> nextArgument(const QStringList& words, const QString& option);
    void readLong(const QStringList& words, const QString& name);
    // -sSL, -XPOST, -H'Accept: x' and -H 'Accept: x'.
    void readShorts(const QStringList& words, const QString& cluster);

    void apply(const CurlOption& known, const QString& option, const QString& argument);
    void fileNotImported(const QString& option, const QString& argument);
    void formNotImported(const QString& option);
    void addHeader(const QString& option, const QString& header);
    void addData(const QString& option, const QString& argument);
    void addJson(const QString& option, const QString& argument);
    void addUrlencoded(const QString& option, const QString& argument);
    void addUser(const QString& option, const QString& argument);
    void addCookie(const QString& option, const QString& argument);
    void importHeadAsGet(const QString& option);
    void ignoreConnectionOption(const QString& option);
    std::optional<double> seconds(const QString& option, const QString& argument);
    void setRetries(const QString& option, const QString& argument);
    void addUrl(const QString& url);

    QString header(QStringView name) const;
    bool hasHeader(QStringView name) const;
    QString joinedData() const;

    bool setMethod();
    // The URL as given, with curl's default scheme when it names none.
    QString urlWithScheme() const;
    bool setUrl(const QString& query);
    void setName();
    void setHeadersAndBody();
    void setTimeouts();
    CurlImporter::Result finish();

    CurlImporter::Result m_result;
    WebhookConfig m_webhook;
    qsizetype m_index = 0;
    bool m_afterOptions = false;
    QString m_method;
    QString m_methodOption;
    QString m_url;
    QList<std::pair<QString, QString>> m_headers;
    QList<std::pair<QString, QString>> m_implied;
    QStringList m_removed;
    QStringList m_cookies;
    QList<DataPart> m_data;
    bool m_json = false;
    bool m_get = false;
    bool m_head = false;
    std::optional<double> m_maxTime;
    std::optional<double> m_connectTimeout;
};
