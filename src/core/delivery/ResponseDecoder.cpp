#include "ResponseDecoder.h"

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
    if (!m_started)
        return failed() ? QByteArray() : input;
    QByteArray output;
    if (m_ended || input.isEmpty())
        return output;
    z_stream_s& stream = *m_stream;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = uInt(input.size());
    while (stream.avail_in > 0 && output.size() < limit) {
        const qsizetype before = output.size();
        const qsizetype step = qsizetype(qMin<qint64>(kOutputStep, limit - before));
        output.resize(before + step);
        stream.next_out = reinterpret_cast<Bytef*>(output.data() + before);
        stream.avail_out = uInt(step);
        const int status = inflate(&stream, Z_NO_FLUSH);
        output.resize(before + step - qsizetype(stream.avail_out));
        if (status == Z_STREAM_END) {
            m_ended = true;
            break;
        }
        if (status == Z_DATA_ERROR && m_encoding == "deflate" && !m_triedRawDeflate
            && stream.total_out == 0) {
            m_triedRawDeflate = true;
            if (!begin(kRawDeflate))
                return {};
            return decode(input, limit);
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            m_error = tr("The body is not valid %1: %2.")
                          .arg(QString::fromLatin1(m_encoding),
                              QString::fromLatin1(stream.msg ? stream.msg : "corrupt data"));
            return {};
        }
    }
    return output;
}

bool ResponseDecoder::isComplete() const
{
    return !m_started || m_ended || m_stream->total_in == 0;
}
