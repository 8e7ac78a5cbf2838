#pragma once

#include <QTemporaryDir>

// What the screenshot tool and the GUI benchmarks run in: the real window,
// but with Qt's test-mode settings cleared, a throwaway data folder (so no
// history of the user's is read or written) and the English texts. Create it
// right after the QApplication and keep it for the program's lifetime.
class ToolEnvironment
{
public:
    ToolEnvironment();

private:
    QTemporaryDir m_data;
};
