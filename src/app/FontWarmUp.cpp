#include "FontWarmUp.h"

#ifdef WEBHOOKSTUDIO_HAVE_FONTCONFIG
#include <fontconfig/fontconfig.h>
#endif

FontWarmUp::FontWarmUp()
{
#ifdef WEBHOOKSTUDIO_HAVE_FONTCONFIG
    // FcInit is thread-safe: it publishes the loaded configuration atomically.
    m_thread = std::thread([] { FcInit(); });
#endif
}

FontWarmUp::~FontWarmUp()
{
    wait();
}

void FontWarmUp::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}
