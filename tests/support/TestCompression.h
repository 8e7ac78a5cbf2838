#pragma once

#include <QByteArray>

// Compressed bodies for the tests of response decoding.
namespace TestCompression {
// windowBits as zlib takes them: 15 + 16 gzip, 15 zlib, -15 raw deflate.
QByteArray compress(const QByteArray& data, int windowBits);
inline QByteArray gzip(const QByteArray& data)
{
    return compress(data, 15 + 16);
}
} // namespace TestCompression
