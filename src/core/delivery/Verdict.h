#pragma once

#include "FailureKind.h"

#include <QList>
#include <QString>

// The outcome of an attempt or a delivery: delivered, or not and why. A failed
// attempt can have several reasons (a 500 whose body is not JSON either).
struct Verdict
{
    struct Reason
    {
        FailureKind kind = FailureKind::None;
        QString message;
    };

    bool delivered = false;
    QList<Reason> reasons;

    static Verdict success() { return { true, {} }; }
    static Verdict failure(FailureKind kind, const QString& message)
    {
        return { false, { { kind, message } } };
    }

    // The first reason's kind: what ended the attempt.
    FailureKind kind() const
    {
        return reasons.isEmpty() ? FailureKind::None : reasons.first().kind;
    }
    QString summary() const;
};
