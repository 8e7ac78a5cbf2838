// The cURL importer: any text pasted into the import dialog or the URL field.
#include "FuzzInput.h"
#include "exchange/CurlImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = FuzzInput::text(data, size);
    CurlImporter::looksLikeCurl(text);
    const CurlImporter::Result result = CurlImporter::import(text);
    Q_UNUSED(result);
    return 0;
}
