#include "ResponseDecoder.h"

#include <utility>
#include <zlib.h>

namespace {
constexpr int kOutputStep = 64 * 1024;
// 15 bits of window, +32: read a zlib or a gzip header, whichever is there.
constexpr int kZlibOrGzip = 15 + 32;
// Negative: raw deflate without a header, which some servers send as "deflate".
constexpr int kRawDeflate = -15;
} // namespace

ResponseDecoder::ResponseDecoder(const QByteArray& contentEncoding)
    : m_encoding(contentEncoding.trimmed().toLower())
{
    if (m_encoding == "gzip" || m_encoding == "x-gzip" || m_encoding == "deflate")
        begin(kZlibOrGzip);
}

ResponseDecoder::~ResponseDecoder()
{
    if (m_started)
        inflateEnd(m_stream.get());
}

bool ResponseDecoder::begin(int windowBits)
{
    if (m_started)
        inflateEnd(m_stream.get());
    m_stream = std::make_unique<z_stream_s>();
    m_started = inflateInit2(m_stream.get(), windowBits) == Z_OK;
    if (!m_started)
        m_error = tr("The %1 decoder could not start.").arg(QString::fromLatin1(m_encoding));
    return m_started;
}

QByteArray ResponseDecoder::decode(const QByteArray& input, qint64 limit)
{
    if (!m_started || failed())
        return failed() ? QByteArray() : input;
    // Until something comes out, keep what went in: a "deflate" body may turn
    // out to be raw deflate, to be read again from its first byte.
    if (!m_producedOutput && !m_triedRawDeflate)
        m_unconfirmed += input;
    QByteArray output;
    z_stream_s& stream = *m_stream;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = uInt(input.size());
    // Also after a full output buffer with no input left: zlib may still
    // hold decoded bytes.
    bool outputFull = false;
    while ((stream.avail_in > 0 || outputFull) && output.size() < limit) {
        if (m_ended) {
            if (stream.avail_in == 0)
                break;
            inflateReset(&stream); // another gzip member (RFC 1952 allows several)
            m_ended = false;
        }
        const qsizetype before = output.size();
        const qsizetype step = qsizetype(qMin<qint64>(kOutputStep, limit - before));
        output.resize(before + step);
        stream.next_out = reinterpret_cast<Bytef*>(output.data() + before);
        stream.avail_out = uInt(step);
        const int status = inflate(&stream, Z_NO_FLUSH);
        output.resize(before + step - qsizetype(stream.avail_out));
        outputFull = stream.avail_out == 0;
        m_producedOutput = m_producedOutput || output.size() > before;
        if (status == Z_STREAM_END) {
            m_ended = true;
        } else if (status == Z_DATA_ERROR && m_encoding == "deflate" && !m_triedRawDeflate
            && !m_producedOutput) {
            m_triedRawDeflate = true;
            const QByteArray again = std::exchange(m_unconfirmed, QByteArray());
            return begin(kRawDeflate) ? decode(again, limit) : QByteArray();
        } else if (status == Z_BUF_ERROR) {
            break; // nothing more to do until more input arrives
        } else if (status != Z_OK) {
            m_error = tr("The body is not valid %1: %2.")
                          .arg(QString::fromLatin1(m_encoding),
                              QString::fromLatin1(stream.msg ? stream.msg : "corrupt data"));
            return {};
        }
    }
    if (m_producedOutput)
        m_unconfirmed.clear();
    return output;
}

bool ResponseDecoder::isComplete() const
{
    return !m_started || m_ended || m_stream->total_in == 0;
}
