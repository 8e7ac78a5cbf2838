#include "ShellWords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Appends what one of bash's $'…' escapes stands for to `bytes`; `i` is at
// the character after the backslash and ends on the last character used.
// \x and octal escapes are bytes (so $'\xc3\xbc' is ü in UTF-8).
void appendAnsiCEscape(const QString& text, qsizetype& i, QByteArray& bytes)
{
    const QChar c = text.at(i);
    static const QString simple = u"ntrabefv"_s;
    static const char replacement[] = "\n\t\r\a\b\x1b\f\v";
    if (const qsizetype at = simple.indexOf(c); at >= 0) {
        bytes += replacement[at];
        return;
    }
    if (c == u'E') {
        bytes += '\x1b';
        return;
    }
    const auto digits = [&](int base, int most, qsizetype from) {
        qsizetype end = from;
        while (end < text.size() && end - from < most) {
            bool ok = false;
            QString(text.at(end)).toUInt(&ok, base);
            if (!ok)
                break;
            ++end;
        }
        return end;
    };
    if (c == u'x' || c == u'u' || c == u'U') {
        const qsizetype end = digits(16, c == u'x' ? 2 : (c == u'u' ? 4 : 8), i + 1);
        if (end == i + 1) {
            bytes += '\\';
            bytes += QString(c).toUtf8();
            return;
        }
        const uint code = text.mid(i + 1, end - i - 1).toUInt(nullptr, 16);
        i = end - 1;
        if (c == u'x') {
            bytes += char(code);
        } else {
            const char32_t point = code;
            bytes += QString::fromUcs4(&point, 1).toUtf8();
        }
        return;
    }
    if (c >= u'0' && c <= u'7') {
        const qsizetype end = digits(8, 3, i);
        bytes += char(text.mid(i, end - i).toUInt(nullptr, 8));
        i = end - 1;
        return;
    }
    bytes += QString(c).toUtf8(); // \\, \', \" and anything else stand for themselves
}

class Splitter
{
public:
    explicit Splitter(const QString& text)
        : m_text(text)
    { }

    ShellWords::Result posix()
    {
        for (m_i = 0; m_i < m_text.size(); ++m_i) {
            const QChar c = m_text.at(m_i);
            if (isBlank(c)) {
                endWord();
            } else if (c == u'#' && !m_inWord) {
                while (m_i < m_text.size() && m_text.at(m_i) != u'\n')
                    ++m_i;
            } else if (c == u'\\') {
                if (m_i + 1 < m_text.size() && m_text.at(m_i + 1) == u'\n') {
                    ++m_i; // a line continuation
                } else if (m_i + 1 < m_text.size()) {
                    append(m_text.at(++m_i));
                }
            } else if (c == u'\'') {
                if (!readUntil(u'\''))
                    return failure(ShellWords::tr("A single quote is never closed."));
            } else if (c == u'$' && m_i + 1 < m_text.size() && m_text.at(m_i + 1) == u'\'') {
                ++m_i;
                if (!readAnsiC())
                    return failure(ShellWords::tr("A $'…' string is never closed."));
            } else if (c == u'"') {
                if (!readDoubleQuoted(u"\"\\$`"_s))
                    return failure(ShellWords::tr("A double quote is never closed."));
            } else {
                append(c);
            }
        }
        endWord();
        return m_result;
    }

    // cmd first takes away its carets (outside quotes), then the program's
    // C runtime splits what is left into arguments.
    ShellWords::Result windows()
    {
        QString line;
        bool quoted = false;
        for (m_i = 0; m_i < m_text.size(); ++m_i) {
            const QChar c = m_text.at(m_i);
            if (c == u'"')
                quoted = !quoted;
            if (c != u'^' || quoted || m_i + 1 >= m_text.size()) {
                line += c;
                continue;
            }
            QChar next = m_text.at(++m_i);
            if (next == u'\r' && m_i + 1 < m_text.size() && m_text.at(m_i + 1) == u'\n')
                next = m_text.at(++m_i);
            if (next != u'\n') {
                line += next;
            } else if (m_i + 1 < m_text.size() && m_text.at(m_i + 1) == u'\n') {
                line += m_text.at(++m_i); // ^ and two line breaks: one kept
            }
        }
        return runtimeArguments(line);
    }

    // CommandLineToArgvW's rules: 2n backslashes and a quote are n
    // backslashes and a quote that toggles quoting; 2n+1 backslashes and a
    // quote are n backslashes and a literal quote; other backslashes stay.
    ShellWords::Result runtimeArguments(const QString& line)
    {
        bool quoted = false;
        qsizetype quoteStart = -1;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u'\\') {
                qsizetype run = 0;
                while (i + run < line.size() && line.at(i + run) == u'\\')
                    ++run;
                const bool beforeQuote = i + run < line.size() && line.at(i + run) == u'"';
                m_word += QString(beforeQuote ? run / 2 : run, u'\\');
                m_inWord = true;
                i += run - 1;
                if (beforeQuote && run % 2 == 1) {
                    m_word += u'"';
                    ++i;
                }
            } else if (c == u'"') {
                quoted = !quoted;
                quoteStart = i;
                m_inWord = true;
            } else if (isBlank(c) && !quoted) {
                endWord();
            } else {
                append(c);
            }
        }
        if (quoted) {
            m_start = quoteStart;
            return failure(ShellWords::tr("A double quote is never closed."));
        }
        endWord();
        return m_result;
    }

private:
    void append(QChar c)
    {
        m_word += c;
        m_inWord = true;
    }

    void endWord()
    {
        if (m_inWord)
            m_result.words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }

    ShellWords::Result failure(const QString& error)
    {
        m_result.words.clear();
        m_result.error = error;
        m_result.errorPosition = m_start;
        return m_result;
    }

    bool readUntil(QChar quote)
    {
        m_start = m_i;
        m_inWord = true;
        for (++m_i; m_i < m_text.size(); ++m_i) {
            if (m_text.at(m_i) == quote)
                return true;
            m_word += m_text.at(m_i);
        }
        return false;
    }

    bool readAnsiC()
    {
        m_start = m_i - 1;
        m_inWord = true;
        QByteArray bytes;
        for (++m_i; m_i < m_text.size(); ++m_i) {
            const QChar c = m_text.at(m_i);
            if (c == u'\'') {
                m_word += QString::fromUtf8(bytes);
                return true;
            }
            if (c == u'\\' && m_i + 1 < m_text.size()) {
                ++m_i;
                appendAnsiCEscape(m_text, m_i, bytes);
            } else {
                bytes += QString(c).toUtf8();
            }
        }
        return false;
    }

    // Inside "…" a backslash escapes only the characters in `escapable` and
    // a line break (a continuation); elsewhere it is kept.
    bool readDoubleQuoted(const QString& escapable)
    {
        m_start = m_i;
        m_inWord = true;
        for (++m_i; m_i < m_text.size(); ++m_i) {
            const QChar c = m_text.at(m_i);
            if (c == u'"')
                return true;
            if (c == u'\\' && m_i + 1 < m_text.size()) {
                const QChar next = m_text.at(m_i + 1);
                if (next == u'\n') {
                    ++m_i;
                    continue;
                }
                if (escapable.contains(next)) {
                    m_word += next;
                    ++m_i;
                    continue;
                }
            }
            m_word += c;
        }
        return false;
    }

    const QString& m_text;
    qsizetype m_i = 0;
    qsizetype m_start = 0;
    QString m_word;
    bool m_inWord = false;
    ShellWords::Result m_result;
};
} // namespace

ShellWords::Result ShellWords::split(const QString& command, Style style)
{
    QString text = command;
    text.replace(u"\r\n"_s, u"\n"_s);
    Splitter splitter(style == Style::Posix ? text : command);
    return style == Style::Posix ? splitter.posix() : splitter.windows();
}

ShellWords::Style ShellWords::guessStyle(const QString& command)
{
    static const QRegularExpression caretContinuation(u"\\^\\r?\\n"_s);
    if (command.contains(caretContinuation) || command.contains(u"^\""_s))
        return Style::WindowsCmd;
    return Style::Posix;
}
