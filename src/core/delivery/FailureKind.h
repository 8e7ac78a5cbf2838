#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Why an attempt did not deliver. Each kind has a stable name (for JSON
// output, history and tests) beside the sentence shown to people.
enum class FailureKind {
    None,
    StatusMismatch,
    KeyMissing,
    KeyNotBoolean,
    KeyValueMismatch,
    BodyNotJson,
    AttemptTimeout,
    TotalTimeout,
    ConnectionRefused,
    HostNotFound,
    ConnectionClosed,
    TlsErrors,
    InvalidResponse,
    Redirect,
    BodyTooLarge,
    Cancelled,
    NetworkError,
    ProxyFailed,
};

QString failureKindName(FailureKind kind);
std::optional<FailureKind> failureKindFromName(QStringView name);
QStringList failureKindNames();
