#include "HttpResponseParser.h"

#include "model/HttpSyntax.h"

using namespace Qt::StringLiterals;

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Bytes from the wire, quoted for a message: short, and with anything that is
// not printable ASCII shown as an escape so a reason never carries control
// characters into a view or a log.
QString quoted(const QByteArray& bytes)
{
    constexpr qsizetype kShown = 40;
    QString text;
    for (const char c : bytes.left(kShown)) {
        const auto byte = static_cast<unsigned char>(c);
        text += byte >= 0x20 && byte < 0x7f ? QString(QLatin1Char(c))
                                            : u"\\x%1"_s.arg(byte, 2, 16, QChar(u'0'));
    }
    if (bytes.size() > kShown)
        text += u'…';
    return u'“' + text + u'”';
}

// Comma-separated list elements of every field called `name`, trimmed.
QList<QByteArray> listValues(
    const QList<QPair<QByteArray, QByteArray>>& headers, QByteArrayView name, bool lowerCase)
{
    QList<QByteArray> values;
    for (const auto& [field, value] : headers) {
        if (field.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& element : value.split(','))
            values.append(lowerCase ? element.trimmed().toLower() : element.trimmed());
    }
    return values;
}
} // namespace

HttpResponseParser::HttpResponseParser(bool bodyless)
    : m_bodyless(bodyless)
{ }

qsizetype HttpResponseParser::feed(const QByteArray& data)
{
    qsizetype pos = 0;
    m_sawBytes = m_sawBytes || !data.isEmpty();
    while (pos < data.size() && m_state != State::Done && !hasFailed()) {
        switch (m_state) {
        case State::Length:
        case State::ChunkData: {
            const qsizetype size = qsizetype(qMin<qint64>(m_remaining, data.size() - pos));
            appendBody(data, pos, size);
            pos += size;
            m_remaining -= size;
            if (m_remaining == 0)
                m_state = m_state == State::Length ? State::Done : State::ChunkEnd;
            break;
        }
        case State::UntilClose:
            appendBody(data, pos, data.size() - pos);
            pos = data.size();
            break;
        default: {
            QByteArray line;
            if (takeLine(data, pos, line))
                onLine(line);
        }
        }
    }
    return pos;
}

void HttpResponseParser::endOfStream()
{
    if (m_state == State::Done || hasFailed())
        return;
    if (m_state == State::UntilClose) {
        m_state = State::Done;
        return;
    }
    fail(Problem::ClosedEarly,
        m_headDone ? tr("The server closed the connection before the response was complete.")
                   : tr("The server closed the connection without a valid HTTP response."));
}

QByteArray HttpResponseParser::takeBody(qint64 max)
{
    QByteArray taken;
    while (!m_body.isEmpty() && taken.size() < max) {
        QByteArray& first = m_body.first();
        const qint64 room = max - taken.size();
        if (first.size() <= room) {
            if (taken.isEmpty())
                taken = std::move(first); // shared, not copied
            else
                taken.append(first);
            m_body.removeFirst();
        } else {
            taken.append(first.left(room));
            first = first.mid(room);
        }
    }
    m_available -= taken.size();
    return taken;
}

bool HttpResponseParser::takeLine(const QByteArray& data, qsizetype& pos, QByteArray& line)
{
    const qsizetype newline = data.indexOf('\n', pos);
    const qsizetype end = newline < 0 ? data.size() : newline;
    // Checked before anything is kept, so an endless line costs nothing.
    if (m_line.size() + (end - pos) > kMaxLineBytes + 1) { // + 1: the CR
        m_line += data.mid(pos, kMaxLineBytes);
        fail(Problem::Invalid, lineTooLong());
        pos = data.size();
        return false;
    }
    m_line.append(data.constData() + pos, end - pos);
    if (newline < 0) {
        pos = data.size();
        return false;
    }
    pos = newline + 1;
    line = std::exchange(m_line, QByteArray());
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

QString HttpResponseParser::lineTooLong() const
{
    switch (m_state) {
    case State::StatusLine:
        return tr("The status line is longer than the %1 bytes accepted.").arg(kMaxLineBytes);
    case State::Headers:
    case State::Trailers: {
        const qsizetype colon = m_line.indexOf(':');
        return tr("The response header %1 is longer than the %2 bytes accepted.")
            .arg(quoted(colon < 0 ? m_line : m_line.left(colon)))
            .arg(kMaxLineBytes);
    }
    default:
        return tr("The chunked body is broken: a chunk's size line is longer than %1 bytes.")
            .arg(kMaxLineBytes);
    }
}

void HttpResponseParser::onLine(const QByteArray& line)
{
    switch (m_state) {
    case State::StatusLine:
        // A client ought to pass over an empty line before the status line.
        if (!line.isEmpty())
            onStatusLine(line);
        break;
    case State::Headers:
        if (line.isEmpty())
            onHeadEnd();
        else
            onHeaderLine(line, false);
        break;
    case State::ChunkSize:
        onChunkSize(line);
        break;
    case State::ChunkEnd:
        if (!line.isEmpty()) {
            fail(Problem::Invalid,
                tr("The chunked body is broken: a chunk runs on past the size given for it."));
        } else {
            m_state = State::ChunkSize;
        }
        break;
    case State::Trailers:
        if (line.isEmpty())
            m_state = State::Done;
        else
            onHeaderLine(line, true);
        break;
    default:
        break;
    }
}

void HttpResponseParser::onStatusLine(const QByteArray& line)
{
    // HTTP/1.x SP 3DIGIT [SP reason]; the reason may be empty or absent.
    const bool valid = line.size() >= 12 && line.startsWith("HTTP/1.") && isDigit(line[7])
        && line[8] == ' ' && isDigit(line[9]) && isDigit(line[10]) && isDigit(line[11])
        && (line.size() == 12 || line[12] == ' ');
    if (!valid) {
        fail(Problem::Invalid, tr("The status line is not valid HTTP: %1.").arg(quoted(line)));
        return;
    }
    const int status = line.mid(9, 3).toInt();
    if (status < 100) {
        fail(Problem::Invalid,
            tr("The status code %1 is not a valid HTTP status (100 to 999).").arg(status));
        return;
    }
    m_head = Head();
    m_head.minorVersion = line[7] - '0';
    m_head.status = status;
    m_head.reason = line.mid(13);
    m_fields = 0;
    m_state = State::Headers;
}

void HttpResponseParser::onHeaderLine(const QByteArray& line, bool trailer)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(Problem::Invalid,
            tr("The response header line %1 is folded onto the line before it, which HTTP/1.1 "
               "no longer allows.")
                .arg(quoted(line.trimmed())));
        return;
    }
    if (++m_fields > kMaxHeaderFields) {
        fail(Problem::Invalid,
            tr("The response has more than %1 header fields; at most %1 are accepted.")
                .arg(kMaxHeaderFields));
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(colon);
    if (colon <= 0 || !HttpSyntax::isToken(QString::fromLatin1(name))) {
        fail(Problem::Invalid,
            tr("The response header line %1 does not begin with a field name and a colon.")
                .arg(quoted(line)));
        return;
    }
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (value.contains('\0') || value.contains('\r')) {
        fail(Problem::Invalid,
            tr("The value of the response header %1 holds a NUL or CR byte.").arg(quoted(name)));
        return;
    }
    if (!trailer) // trailers are read past: nothing in a delivery depends on them
        m_head.headers.append({ name, value });
}

void HttpResponseParser::onHeadEnd()
{
    const int status = m_head.status;
    if (status >= 200) {
        m_headDone = true;
        chooseFraming();
        return;
    }
    if (status == 101) {
        fail(Problem::Invalid,
            tr("The server switched protocols (101), which the request did not ask for."));
        return;
    }
    // 100 Continue, 102 Processing, 103 Early Hints: the answer is still to come.
    if (++m_interim > kMaxInterimResponses) {
        fail(Problem::Invalid,
            tr("The server sent more than %1 interim (1xx) responses.").arg(kMaxInterimResponses));
        return;
    }
    m_state = State::StatusLine;
}

// How the body's end is known (RFC 9112, section 6.3).
void HttpResponseParser::chooseFraming()
{
    const QList<QByteArray> connection = listValues(m_head.headers, "Connection", true);
    m_keepAlive = m_head.minorVersion >= 1 ? !connection.contains("close")
                                           : connection.contains("keep-alive");
    if (m_bodyless || m_head.status == 204 || m_head.status == 304) {
        m_state = State::Done;
        return;
    }
    const QList<QByteArray> codings = listValues(m_head.headers, "Transfer-Encoding", true);
    const QList<QByteArray> lengths = listValues(m_head.headers, "Content-Length", false);
    if (!codings.isEmpty()) {
        if (codings != QList<QByteArray> { "chunked" }) {
            fail(Problem::Invalid,
                tr("The response uses the transfer coding %1; only chunked is read.")
                    .arg(quoted(codings.join(", "))));
            return;
        }
        // Both framings at once: chunked wins, and the connection is not
        // trusted with another request.
        m_keepAlive = m_keepAlive && lengths.isEmpty();
        m_state = State::ChunkSize;
        return;
    }
    if (lengths.isEmpty()) {
        m_keepAlive = false;
        m_state = State::UntilClose;
        return;
    }
    for (const QByteArray& length : lengths) {
        if (length != lengths.first()) {
            fail(Problem::Invalid,
                tr("The response has conflicting Content-Length headers (%1).")
                    .arg(QString::fromLatin1(lengths.join(", "))));
            return;
        }
    }
    const QByteArray& length = lengths.first();
    const bool digits = !length.isEmpty() && length.size() <= 18
        && std::all_of(length.begin(), length.end(), isDigit);
    if (!digits) {
        fail(Problem::Invalid,
            tr("The response's Content-Length %1 is not a number of bytes.").arg(quoted(length)));
        return;
    }
    m_announced = m_remaining = length.toLongLong();
    m_state = m_remaining == 0 ? State::Done : State::Length;
}

void HttpResponseParser::onChunkSize(const QByteArray& line)
{
    const qsizetype semicolon = line.indexOf(';'); // chunk extensions are passed over
    const QByteArray size = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    // 15 hex digits are 2^60 bytes: more is no real chunk, and would overflow.
    const bool hex
        = !size.isEmpty() && size.size() <= 15 && std::all_of(size.begin(), size.end(), isHexDigit);
    if (!hex) {
        fail(Problem::Invalid,
            tr("The chunked body is broken: the chunk size %1 is not a hexadecimal number.")
                .arg(quoted(size)));
        return;
    }
    m_remaining = size.toLongLong(nullptr, 16);
    m_state = m_remaining == 0 ? State::Trailers : State::ChunkData;
}

void HttpResponseParser::appendBody(const QByteArray& data, qsizetype pos, qsizetype size)
{
    if (size == 0)
        return;
    m_body.append(pos == 0 && size == data.size() ? data : data.mid(pos, size));
    m_available += size;
    m_bodyRead += size;
}

void HttpResponseParser::fail(Problem problem, const QString& reason)
{
    m_problem = problem;
    m_error = reason;
    m_keepAlive = false;
}
