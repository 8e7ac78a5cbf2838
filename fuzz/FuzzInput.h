#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

// libFuzzer's bytes as the types the code under test reads, without a copy
// where none is needed.
namespace FuzzInput {
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Text as the app gets it from a file or the clipboard: decoded as UTF-8,
// invalid sequences replaced.
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
}
} // namespace FuzzInput
