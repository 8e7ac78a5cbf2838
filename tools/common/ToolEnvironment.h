#pragma once

#include <QSize>
#include <QTemporaryDir>

class MainWindow;

// What the screenshot tool and the GUI benchmarks run in: the real window,
// but with Qt's test-mode settings cleared, a throwaway data folder (so no
// history of the user's is read or written) and the English texts. Create it
// right after the QApplication and keep it for the program's lifetime.
class ToolEnvironment
{
public:
    ToolEnvironment();

    // Shows `window` at `size` with the sample campaign open, as a person
    // starting the app sees it; stops the program if it does not come up.
    static void showSample(MainWindow& window, const QSize& size);

private:
    QTemporaryDir m_data;
};
