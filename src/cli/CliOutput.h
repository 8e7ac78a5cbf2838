#pragma once

#include <QTextStream>

// Standard output and standard error as text streams; commands write results
// to out() and diagnostics to err(), so `cli ... > file` keeps only results.
class CliOutput
{
public:
    CliOutput();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    QTextStream m_out;
    QTextStream m_err;
};
