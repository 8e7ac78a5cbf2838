#include "FailureKind.h"

#include "model/EnumNameTable.h"

using namespace Qt::StringLiterals;

namespace {
constexpr EnumNameTable<FailureKind, 18> kNames({ {
    { FailureKind::None, "none"_L1 },
    { FailureKind::StatusMismatch, "status-mismatch"_L1 },
    { FailureKind::KeyMissing, "key-missing"_L1 },
    { FailureKind::KeyNotBoolean, "key-not-boolean"_L1 },
    { FailureKind::KeyValueMismatch, "key-value-mismatch"_L1 },
    { FailureKind::BodyNotJson, "body-not-json"_L1 },
    { FailureKind::AttemptTimeout, "attempt-timeout"_L1 },
    { FailureKind::TotalTimeout, "total-timeout"_L1 },
    { FailureKind::ConnectionRefused, "connection-refused"_L1 },
    { FailureKind::HostNotFound, "host-not-found"_L1 },
    { FailureKind::ConnectionClosed, "connection-closed"_L1 },
    { FailureKind::TlsErrors, "tls-errors"_L1 },
    { FailureKind::InvalidResponse, "invalid-response"_L1 },
    { FailureKind::Redirect, "redirect"_L1 },
    { FailureKind::BodyTooLarge, "body-too-large"_L1 },
    { FailureKind::Cancelled, "cancelled"_L1 },
    { FailureKind::NetworkError, "network-error"_L1 },
    { FailureKind::ProxyFailed, "proxy-failed"_L1 },
} });
} // namespace

QString failureKindName(FailureKind kind)
{
    return kNames.name(kind);
}

std::optional<FailureKind> failureKindFromName(QStringView name)
{
    return kNames.fromName(name);
}

QStringList failureKindNames()
{
    return kNames.names();
}
