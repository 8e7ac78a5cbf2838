#include "HttpStatus.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace HttpStatus {
QString reasonPhrase(int status)
{
    static const QHash<int, QString> kPhrases {
        { 100, u"Continue"_s },
        { 101, u"Switching Protocols"_s },
        { 200, u"OK"_s },
        { 201, u"Created"_s },
        { 202, u"Accepted"_s },
        { 204, u"No Content"_s },
        { 301, u"Moved Permanently"_s },
        { 302, u"Found"_s },
        { 303, u"See Other"_s },
        { 304, u"Not Modified"_s },
        { 307, u"Temporary Redirect"_s },
        { 308, u"Permanent Redirect"_s },
        { 400, u"Bad Request"_s },
        { 401, u"Unauthorized"_s },
        { 403, u"Forbidden"_s },
        { 404, u"Not Found"_s },
        { 405, u"Method Not Allowed"_s },
        { 408, u"Request Timeout"_s },
        { 409, u"Conflict"_s },
        { 410, u"Gone"_s },
        { 413, u"Content Too Large"_s },
        { 415, u"Unsupported Media Type"_s },
        { 422, u"Unprocessable Content"_s },
        { 429, u"Too Many Requests"_s },
        { 500, u"Internal Server Error"_s },
        { 501, u"Not Implemented"_s },
        { 502, u"Bad Gateway"_s },
        { 503, u"Service Unavailable"_s },
        { 504, u"Gateway Timeout"_s },
    };
    return kPhrases.value(status);
}
} // namespace HttpStatus
