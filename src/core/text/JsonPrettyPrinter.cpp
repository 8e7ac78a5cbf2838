#include "JsonPrettyPrinter.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class Printer
{
public:
    Printer(const QByteArray& input, int indent, const std::atomic<bool>* cancel)
        : m_in(input.constData())
        , m_size(input.size())
        , m_indent(indent)
        , m_cancel(cancel)
    {
        m_out.reserve(m_size + m_size / 2);
    }

    JsonPrettyPrinter::Result run()
    {
        JsonPrettyPrinter::Result result;
        for (m_pos = 0; m_pos < m_size; ++m_pos) {
            if (m_pos >= m_nextCheck) {
                m_nextCheck = m_pos + kCheckEvery;
                if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                    result.cancelled = true;
                    return result;
                }
            }
            if (!step(result))
                return result;
        }
        if (m_depth != 0)
            return fail(result, m_size,
                JsonPrettyPrinter::tr("The JSON ends before every bracket is closed."));
        result.text = std::move(m_out);
        return result;
    }

private:
    JsonPrettyPrinter::Result& fail(
        JsonPrettyPrinter::Result& result, qsizetype offset, const QString& error)
    {
        result.error = error;
        result.errorOffset = offset;
        result.text.clear();
        return result;
    }

    // Appends through reserve(), which grows the buffer with realloc (the
    // kernel moves the pages of a large block). Qt's append() itself grows
    // by allocating a new block and copying: for a 50 MB body that held the
    // 75 MB first guess and a 134 MB block at once.
    void makeRoom(qsizetype length)
    {
        if (m_out.size() + length > m_out.capacity())
            m_out.reserve(std::max(m_out.capacity() + m_out.capacity() / 4, m_out.size() + length));
    }

    void write(char c)
    {
        makeRoom(1);
        m_out.append(c);
    }

    void write(const char* data, qsizetype length)
    {
        makeRoom(length);
        m_out.append(data, length);
    }

    void writeSpaces(qsizetype count)
    {
        makeRoom(count);
        m_out.append(count, ' ');
    }

    void newline()
    {
        write('\n');
        writeSpaces(qsizetype(m_depth) * m_indent);
    }

    // Copies a string literal from its opening quote to its closing one.
    bool copyString(JsonPrettyPrinter::Result& result)
    {
        const qsizetype start = m_pos;
        for (qsizetype i = m_pos + 1; i < m_size; ++i) {
            const char c = m_in[i];
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                write(m_in + start, i - start + 1);
                m_pos = i;
                return true;
            }
        }
        fail(result, start, JsonPrettyPrinter::tr("A string is never closed."));
        return false;
    }

    qsizetype nextSignificant(qsizetype from) const
    {
        while (from < m_size && isSpace(m_in[from]))
            ++from;
        return from;
    }

    bool step(JsonPrettyPrinter::Result& result)
    {
        const char c = m_in[m_pos];
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            return true;
        case '"':
            return copyString(result);
        case '{':
        case '[': {
            const char close = c == '{' ? '}' : ']';
            const qsizetype next = nextSignificant(m_pos + 1);
            write(c);
            if (next < m_size && m_in[next] == close) {
                write(close); // an empty container stays on one line
                m_pos = next;
                return true;
            }
            m_closers.append(close);
            ++m_depth;
            newline();
            return true;
        }
        case '}':
        case ']':
            if (m_depth == 0 || m_closers.back() != c) {
                fail(result, m_pos,
                    JsonPrettyPrinter::tr("A closing bracket does not match the one it closes."));
                return false;
            }
            m_closers.chop(1);
            --m_depth;
            newline();
            write(c);
            return true;
        case ',':
            write(',');
            newline();
            return true;
        case ':':
            write(": ", 2);
            return true;
        default: {
            // A number, true, false or null: copied up to the next delimiter.
            qsizetype end = m_pos;
            while (end < m_size && !isSpace(m_in[end]) && m_in[end] != ',' && m_in[end] != '}'
                && m_in[end] != ']' && m_in[end] != ':' && m_in[end] != '"')
                ++end;
            write(m_in + m_pos, end - m_pos);
            m_pos = end - 1;
            return true;
        }
        }
    }

    static constexpr qsizetype kCheckEvery = 1024 * 1024;

    const char* m_in;
    qsizetype m_size;
    qsizetype m_nextCheck = 0;
    qsizetype m_pos = 0;
    int m_indent;
    int m_depth = 0;
    QByteArray m_closers;
    QByteArray m_out;
    const std::atomic<bool>* m_cancel;
};
} // namespace

JsonPrettyPrinter::Result JsonPrettyPrinter::format(
    const QByteArray& json, int indent, const std::atomic<bool>* cancel)
{
    return Printer(json, indent, cancel).run();
}

bool JsonPrettyPrinter::looksLikeJson(const QByteArray& body)
{
    for (const char c : body) {
        if (!isSpace(c))
            return c == '{' || c == '[';
    }
    return false;
}
