#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// Reports when a window is first painted, for the cold-start benchmark: with
// WEBHOOKSTUDIO_REPORT_STARTUP set, prints "first-paint-ms N" (since the
// probe was made, at the top of main()) and "rss-kb N" (peak resident memory
// so far) to standard error, then quits when the variable says "quit". Does
// nothing otherwise. Depends on Qt Widgets only, so the benchmark's minimal
// Qt program uses the very same probe as the floor.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe();

    bool isEnabled() const { return m_enabled; }
    // Watches `window` for its first paint.
    void watch(QWidget* window);

    // Peak resident set size of this process (VmHWM), in KiB; 0 if unknown.
    static qint64 peakRssKiB() { return memoryKiB("VmHWM:"); }
    // A memory figure of /proc/self/status ("VmRSS:", "VmHWM:"), in KiB.
    static qint64 memoryKiB(const char* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    QElapsedTimer m_clock;
    QWidget* m_window = nullptr;
    bool m_enabled = false;
    bool m_quit = false;
    bool m_reported = false;
};
