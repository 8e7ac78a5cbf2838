// The HTTP/1.1 response parser, on bytes as a server might send them: the
// first byte picks the size of the pieces they arrive in, the second whether
// the request was HEAD. Invariants: a finished parse never takes more bytes,
// the body taken equals the body counted, and a refusal says why.
#include "FuzzInput.h"
#include "delivery/HttpResponseParser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype piece = 1 + data[0] % 64;
    HttpResponseParser parser(data[1] % 8 == 0);
    // Copied: the parser keeps pieces of what it is fed, past this call's
    // view of libFuzzer's buffer.
    const QByteArray input(reinterpret_cast<const char*>(data) + 2, qsizetype(size) - 2);
    qint64 taken = 0;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        const QByteArray slice = input.mid(at, piece);
        const qsizetype used = parser.feed(slice);
        if (used < slice.size() && !parser.isComplete() && !parser.hasFailed())
            std::abort(); // stopped early with no reason
        taken += parser.takeBody(1 + data[0]).size();
        if (parser.isComplete() || parser.hasFailed())
            break;
    }
    parser.endOfStream();
    taken += parser.takeBody(std::numeric_limits<qint64>::max()).size();
    if (taken != parser.bodyBytesRead() || parser.bodyAvailable() != 0)
        std::abort();
    if (parser.hasFailed() == parser.error().isEmpty())
        std::abort();
    if (parser.isComplete() && parser.feed("more") != 0)
        std::abort();
    return 0;
}
