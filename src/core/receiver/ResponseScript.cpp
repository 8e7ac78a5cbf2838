#include "ResponseScript.h"

#include "HttpStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

ResponseScript::ResponseScript()
    : m_steps { respond(200) }
{ }

ResponseScript::ResponseScript(const QList<Step>& steps)
    : m_steps(steps.isEmpty() ? QList<Step> { respond(200) } : steps)
{ }

QByteArray ResponseScript::defaultBody(int status)
{
    if (status >= 200 && status <= 299)
        return "{\"ok\":true}";
    return "{\"ok\":false,\"error\":\"" + HttpStatus::reasonPhrase(status).toUtf8() + "\"}";
}

ResponseScript::Step ResponseScript::respond(int status, const QByteArray& body)
{
    Step step;
    step.status = status;
    step.body = body.isNull() ? defaultBody(status) : body;
    step.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return step;
}

const ResponseScript::Step& ResponseScript::stepFor(int sequence) const
{
    return m_steps.at(qBound(0, sequence, int(m_steps.size()) - 1));
}

QString ResponseScript::Step::describe() const
{
    switch (action) {
    case Action::Hang:
        return tr("never answer");
    case Action::Close:
        return tr("close the connection");
    case Action::Respond:
        break;
    }
    const QString text = QString::number(status);
    return delaySeconds > 0 ? tr("%1 after %2 s").arg(text, QString::number(delaySeconds)) : text;
}

QString ResponseScript::describe() const
{
    QStringList parts;
    for (const Step& step : m_steps)
        parts.append(step.describe());
    return m_steps.size() > 1 ? tr("%1, then the last again").arg(parts.join(u", "_s))
                              : tr("always %1").arg(parts.first());
}

std::optional<ResponseScript> ResponseScript::parse(const QString& text, QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("The response script is empty.");
        return std::nullopt;
    }
    if (trimmed.startsWith(u'{') || trimmed.startsWith(u'['))
        return parseJson(trimmed, error);
    return parseCompact(trimmed, error);
}

std::optional<ResponseScript> ResponseScript::parseCompact(const QString& text, QString* error)
{
    ResponseScript script;
    script.m_steps.clear();
    const QStringList tokens = text.split(u',');
    for (int i = 0; i < tokens.size(); ++i) {
        const QString token = tokens.at(i).trimmed().toLower();
        Step step;
        if (token == u"hang"_s) {
            step.action = Step::Action::Hang;
        } else if (token == u"close"_s) {
            step.action = Step::Action::Close;
        } else {
            const QStringList parts = token.split(u'/');
            bool statusOk = false;
            bool delayOk = parts.size() == 1;
            const int status = parts.first().toInt(&statusOk);
            const double delay = parts.size() == 2 ? parts.at(1).toDouble(&delayOk) : 0;
            if (!statusOk || status < 100 || status > 599 || !delayOk || parts.size() > 2
                || delay < 0) {
                *error = tr("Step %1 (\"%2\") is not STATUS, STATUS/DELAY, hang or close.")
                             .arg(i + 1)
                             .arg(tokens.at(i).trimmed());
                return std::nullopt;
            }
            step = respond(status);
            step.delaySeconds = delay;
        }
        script.m_steps.append(step);
    }
    return script;
}

std::optional<ResponseScript> ResponseScript::parseJson(const QString& text, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The response script is not valid JSON: %1.").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonArray steps
        = document.isArray() ? document.array() : document.object().value(u"steps"_s).toArray();
    if (steps.isEmpty()) {
        *error = tr("The response script has no steps.");
        return std::nullopt;
    }
    ResponseScript script;
    script.m_steps.clear();
    for (int i = 0; i < steps.size(); ++i) {
        const QJsonObject object = steps.at(i).toObject();
        const QString where = tr("Step %1").arg(i + 1);
        const QString action = object.value(u"action"_s).toString(u"respond"_s);
        Step step;
        if (action == u"hang"_s) {
            step.action = Step::Action::Hang;
        } else if (action == u"close"_s) {
            step.action = Step::Action::Close;
        } else if (action != u"respond"_s) {
            *error
                = tr("%1: unknown action \"%2\"; use respond, hang or close.").arg(where, action);
            return std::nullopt;
        } else {
            const int status = object.value(u"status"_s).toInt(200);
            if (status < 100 || status > 599) {
                *error = tr("%1: %2 is not an HTTP status.").arg(where).arg(status);
                return std::nullopt;
            }
            const QJsonValue body = object.value(u"body"_s);
            step = respond(status,
                body.isUndefined()    ? QByteArray()
                    : body.isString() ? body.toString().toUtf8()
                    : body.isArray()
                    ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                    : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
            if (body.isString())
                step.headers = { qMakePair(
                    QByteArray("Content-Type"), QByteArray("text/plain; charset=utf-8")) };
            const QJsonObject headers = object.value(u"headers"_s).toObject();
            for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
                const QByteArray name = it.key().toLatin1();
                step.headers.removeIf([&](const auto& header) {
                    return header.first.compare(name, Qt::CaseInsensitive) == 0;
                });
                step.headers.append(qMakePair(name, it.value().toString().toUtf8()));
            }
        }
        step.delaySeconds = object.value(u"delaySeconds"_s).toDouble(0);
        if (step.delaySeconds < 0) {
            *error = tr("%1: the delay cannot be negative.").arg(where);
            return std::nullopt;
        }
        script.m_steps.append(step);
    }
    return script;
}
