// The response-key success check: the first line is the key path (as a user
// types it into Success › Response key), the rest the response body a server
// sends back.
#include "FuzzInput.h"
#include "delivery/SuccessEvaluator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FuzzInput::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    SuccessCondition condition;
    condition.responseKey = QString::fromUtf8(input.left(newline < 0 ? input.size() : newline));
    condition.expectedValue = size % 2 == 0;
    AttemptRecord::Response response;
    response.received = true;
    response.status = 200;
    response.body = newline < 0 ? QByteArray() : input.mid(newline + 1);
    response.size = response.body.size();
    SuccessEvaluator::evaluate(condition, response);
    return 0;
}
