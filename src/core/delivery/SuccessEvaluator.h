#pragma once

#include "AttemptRecord.h"
#include "model/SuccessCondition.h"

#include <QCoreApplication>

// Decides whether a response meets a webhook's success condition: the status
// (exact, or any 2xx) and, when a response key is set, the expected boolean at
// that path in the JSON body. Each failure gets a reason a person understands.
class SuccessEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(SuccessEvaluator)

public:
    static Verdict evaluate(
        const SuccessCondition& condition, const AttemptRecord::Response& response);
    // "500 Internal Server Error", or the code alone without a reason phrase.
    static QString statusText(int status, const QString& reason);

private:
    static Verdict evaluateKey(const SuccessCondition& condition, const QByteArray& body);
};
