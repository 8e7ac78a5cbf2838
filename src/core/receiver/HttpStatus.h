#pragma once

#include <QString>

namespace HttpStatus {
// The standard reason phrase ("Service Unavailable"), or "" for unknown codes.
QString reasonPhrase(int status);
} // namespace HttpStatus
