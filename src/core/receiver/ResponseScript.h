#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// How the local receiver answers, request after request: a list of steps,
// the last one repeated. "503,503,200" answers 503 twice and 200 from then
// on; a step can also wait before answering, never answer, or close the
// connection.
class ResponseScript
{
    Q_DECLARE_TR_FUNCTIONS(ResponseScript)

public:
    struct Step
    {
        enum class Action { Respond, Hang, Close };
        Action action = Action::Respond;
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        double delaySeconds = 0;

        QString describe() const;
    };

    // 200 with {"ok":true}.
    ResponseScript();
    // These steps (at least one; none means the default).
    explicit ResponseScript(const QList<Step>& steps);

    // Reads "503,503,200" (each step STATUS, STATUS/DELAY in seconds, hang or
    // close), or JSON: {"steps": [{"status": 503, "headers": {...},
    // "body": {...} or "text", "delaySeconds": 1.5} | {"action": "hang"} |
    // {"action": "close"}]} (a bare array of steps too).
    static std::optional<ResponseScript> parse(const QString& text, QString* error);

    const QList<Step>& steps() const { return m_steps; }
    // The step for the request with this 0-based sequence number.
    const Step& stepFor(int sequence) const;
    QString describe() const;

    static Step respond(int status, const QByteArray& body = {});
    static QByteArray defaultBody(int status);

private:
    static std::optional<ResponseScript> parseCompact(const QString& text, QString* error);
    static std::optional<ResponseScript> parseJson(const QString& text, QString* error);

    QList<Step> m_steps;
};
