#pragma once

#include "ReceivedRequest.h"
#include "ResponseScript.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class HttpServerAdapter;
class QHttpServerRequest;
class QTcpSocket;

// A test endpoint on 127.0.0.1 that accepts any path and method, records each
// request (keeping the last few, so memory stays bounded), checks its Standard
// Webhooks signature when a secret is set, and answers by a response script.
class LocalReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultHistory = 500;

    explicit LocalReceiver(QObject* parent = nullptr);
    ~LocalReceiver() override;

    // Listens on 127.0.0.1 at `port` (0 picks a free one); returns the port,
    // or 0 when it is taken.
    quint16 start(quint16 port = 0);
    // Stops listening; the recorded requests stay. start() may follow.
    void stop();
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    void setScript(const ResponseScript& script);
    const ResponseScript& script() const { return m_script; }
    // Starts the script over, as for a new test.
    void resetScript() { m_scriptPosition = 0; }
    void setSigningKey(const std::optional<QByteArray>& key) { m_signingKey = key; }
    void setHistoryLimit(int limit);

    const QList<ReceivedRequest>& requests() const { return m_requests; }
    int receivedCount() const { return m_received; }
    void clear();

signals:
    void requestReceived(const ReceivedRequest& request);

private:
    void handleRequest(const QHttpServerRequest& request, QTcpSocket* socket);
    ReceivedRequest record(const QHttpServerRequest& request) const;
    void answer(const ResponseScript::Step& step, QTcpSocket* socket);
    static QByteArray responseBytes(const ResponseScript::Step& step);

    std::unique_ptr<HttpServerAdapter> m_server; // made by the first start()
    quint16 m_port = 0;
    ResponseScript m_script;
    int m_scriptPosition = 0;
    std::optional<QByteArray> m_signingKey;
    QList<ReceivedRequest> m_requests;
    int m_historyLimit = kDefaultHistory;
    int m_received = 0;
};
