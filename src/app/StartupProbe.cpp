#include "StartupProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

StartupProbe::StartupProbe()
{
    m_clock.start();
    const QByteArray mode = qgetenv("WEBHOOKSTUDIO_REPORT_STARTUP");
    m_enabled = !mode.isEmpty();
    m_quit = mode == "quit";
}

void StartupProbe::watch(QWidget* window)
{
    if (!m_enabled)
        return;
    m_window = window;
    // Paint events go to the widgets inside the window: watch them all.
    qApp->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_reported && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == m_window) {
        m_reported = true;
        // After this turn of the event loop the whole frame is painted.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    qApp->removeEventFilter(this);
    std::fprintf(stderr, "first-paint-ms %lld\nrss-kb %lld\n", m_clock.elapsed(), peakRssKiB());
    std::fflush(stderr);
    if (m_quit)
        QTimer::singleShot(0, qApp, &QApplication::quit);
}

qint64 StartupProbe::memoryKiB(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray name(field);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
