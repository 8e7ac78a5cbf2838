#include "CliOutput.h"

#include <cstdio>

CliOutput::CliOutput()
    : m_out(stdout)
    , m_err(stderr)
{ }
