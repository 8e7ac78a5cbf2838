#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Reads one HTTP/1.1 response (RFC 9112) from the bytes of a connection, as
// they arrive in pieces of any size. It is strict where a lenient reading
// would hide a broken server from the person testing it: a status line that
// is not HTTP, a chunk size that is not hexadecimal, conflicting lengths,
// too many or too long header lines each end the response with a reason.
// Interim responses (1xx other than 101) are read and passed over, as HTTP
// asks of a client. No sockets here: the parser is fed, so it is tested and
// fuzzed on bytes alone.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    // Limits on a response's head, as common servers and proxies set them.
    static constexpr int kMaxHeaderFields = 100;
    static constexpr int kMaxLineBytes = 8 * 1024;
    static constexpr int kMaxInterimResponses = 16;

    enum class Problem {
        None,
        Invalid, // the bytes are not a valid HTTP/1.1 response
        ClosedEarly, // the connection ended before the response did
    };

    struct Head
    {
        int minorVersion = 1; // HTTP/1.x
        int status = 0;
        QByteArray reason;
        // In the order received; repeated fields stay apart.
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    // `bodyless`: the request was HEAD, so no body follows whatever the
    // headers say.
    explicit HttpResponseParser(bool bodyless = false);

    // Reads what it can of `data` and returns how many bytes it used: all of
    // them, unless the response ended or failed before their end.
    qsizetype feed(const QByteArray& data);
    // The connection ended: a body that runs to the close is complete now;
    // anything else unfinished was cut short.
    void endOfStream();

    bool hasHead() const { return m_headDone; }
    const Head& head() const { return m_head; }
    bool isComplete() const { return m_state == State::Done; }
    Problem problem() const { return m_problem; }
    bool hasFailed() const { return m_problem != Problem::None; }
    // Why the response was refused, for people.
    const QString& error() const { return m_error; }

    // Body bytes read and not yet taken, with framing (chunks) removed.
    qint64 bodyAvailable() const { return m_available; }
    // Takes at most `max` bytes of the body read so far.
    QByteArray takeBody(qint64 max);
    qint64 bodyBytesRead() const { return m_bodyRead; }
    // The Content-Length, or -1 when the length is not announced.
    qint64 announcedLength() const { return m_announced; }
    // Whether the connection may carry another request once this response
    // is complete (persistent, and its end was known from the framing).
    bool keepsConnection() const { return m_keepAlive; }

private:
    enum class State {
        StatusLine,
        Headers,
        Length,
        UntilClose,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done
    };

    // The next complete line, or false when more bytes are needed.
    bool takeLine(const QByteArray& data, qsizetype& pos, QByteArray& line);
    void onLine(const QByteArray& line);
    void onStatusLine(const QByteArray& line);
    void onHeaderLine(const QByteArray& line, bool trailer);
    void onHeadEnd();
    void chooseFraming();
    void onChunkSize(const QByteArray& line);
    void appendBody(const QByteArray& data, qsizetype pos, qsizetype size);
    void fail(Problem problem, const QString& reason);
    QString lineTooLong() const;

    State m_state = State::StatusLine;
    bool m_bodyless;
    bool m_headDone = false;
    bool m_keepAlive = false;
    bool m_sawBytes = false;
    int m_interim = 0;
    int m_fields = 0;
    Head m_head;
    QByteArray m_line; // a line begun in an earlier piece
    qint64 m_remaining = 0; // of the body (Length) or of the chunk (ChunkData)
    qint64 m_announced = -1;
    QList<QByteArray> m_body; // pieces shared with the fed data where whole
    qint64 m_available = 0;
    qint64 m_bodyRead = 0;
    Problem m_problem = Problem::None;
    QString m_error;
};
