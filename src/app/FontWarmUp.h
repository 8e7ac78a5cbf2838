#pragma once

#include <thread>

// Reads the system's font configuration (fontconfig: its XML files and font
// caches, the largest single cost of a first paint) on the other core while
// this one starts Qt. wait() before the first widget that lays out text: Qt
// then finds the configuration loaded instead of loading a second copy.
class FontWarmUp
{
public:
    FontWarmUp();
    ~FontWarmUp();
    FontWarmUp(const FontWarmUp&) = delete;
    FontWarmUp& operator=(const FontWarmUp&) = delete;

    void wait();

private:
    std::thread m_thread;
};
