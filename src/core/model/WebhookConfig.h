#pragma once

#include "BodyContentType.h"
#include "DeliveryPolicy.h"
#include "HeaderEntry.h"
#include "HttpMethod.h"
#include "SigningConfig.h"
#include "SuccessCondition.h"
#include "VariableMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

// One webhook of a campaign: which events fire it, the request template, how it
// is delivered and what counts as success.
struct WebhookConfig
{
    QString id;
    QString name;
    bool enabled = true;
    QStringList events;

    HttpMethod method = HttpMethod::Post;
    QString url;
    QList<HeaderEntry> headers;
    BodyContentType contentType = BodyContentType::Json;
    QString body;

    DeliveryPolicy delivery;
    SuccessCondition success;
    QList<VariableMapping> mappings;
    SigningConfig signing;

    const VariableMapping* findMapping(const QString& variable) const;
    // The NAMEs of the ${NAME} secrets a send needs: enabled secret headers
    // and the signing secret, in order, each once.
    QStringList secretNames() const;

    friend bool operator==(const WebhookConfig& a, const WebhookConfig& b);
    friend bool operator!=(const WebhookConfig& a, const WebhookConfig& b) { return !(a == b); }
};
