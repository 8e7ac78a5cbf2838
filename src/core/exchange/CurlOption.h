#pragma once

#include <QChar>
#include <QStringView>

// One curl option the importer knows: its long and short names, whether it
// takes an argument and what it does to the request.
struct CurlOption
{
    enum class Kind {
        Method,
        Header,
        Data, // -d, --data, --data-ascii: @ reads a file
        DataRaw,
        DataBinary,
        DataUrlencode,
        Json,
        User,
        Get,
        Head,
        UserAgent,
        Referer,
        Cookie,
        Compressed,
        Insecure,
        Location,
        MaxTime,
        ConnectTimeout,
        Retry,
        Url,
        Form,
        Bearer,
        UploadFile,
        Quiet, // changes what curl prints, not what it sends
        Ignored, // changes how curl connects; the app has its own network settings
    };

    const char* longName;
    char shortName; // 0 when the option has none
    bool takesArgument;
    Kind kind;

    // The option named `name` (without its dashes), or nullptr if it is not known.
    static const CurlOption* findLong(QStringView name);
    static const CurlOption* findShort(QChar name);
};
