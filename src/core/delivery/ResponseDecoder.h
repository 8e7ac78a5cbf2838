#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct z_stream_s;

// Undoes a response's Content-Encoding (gzip, x-gzip or deflate) as the body
// arrives, producing at most a given number of bytes per call so that a small
// body which inflates to gigabytes (a "zip bomb") is stopped at the body cap
// instead of being decompressed in full. Other encodings pass through as they
// are. Qt's own decompression is not used: it reports a corrupt stream and a
// bomb alike as "Decompression failed", with no detail and no cap of ours.
class ResponseDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ResponseDecoder)

public:
    explicit ResponseDecoder(const QByteArray& contentEncoding);
    ~ResponseDecoder();
    ResponseDecoder(const ResponseDecoder&) = delete;
    ResponseDecoder& operator=(const ResponseDecoder&) = delete;

    // Decodes `input` and returns at most `limit` bytes of output; bytes of
    // `input` beyond that point are dropped (the caller stops the transfer).
    // A body in no encoding this class decodes is returned as it is.
    QByteArray decode(const QByteArray& input, qint64 limit);
    // After the last byte: whether the compressed stream was complete.
    bool isComplete() const;
    bool failed() const { return !m_error.isEmpty(); }
    // Why the stream could not be decoded, for people.
    const QString& error() const { return m_error; }

private:
    bool begin(int windowBits);

    QByteArray m_encoding;
    std::unique_ptr<z_stream_s> m_stream;
    bool m_started = false;
    bool m_ended = false;
    bool m_triedRawDeflate = false;
    bool m_producedOutput = false;
    QByteArray m_unconfirmed; // the input so far, while nothing came out
    QString m_error;
};
