// The campaign file loader: any bytes must give a document or problems, and a
// document that loads must survive the checks and a save: what is saved loads
// again, and saving that gives the same bytes. (A save is not the identity: it
// moves secret values typed into the document out, as ${NAME} references.)
#include "FuzzInput.h"
#include "io/DocumentReader.h"
#include "io/DocumentWriter.h"
#include "validation/CampaignChecker.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const LoadResult loaded = DocumentReader::readBytes(FuzzInput::bytes(data, size));
    if (!loaded.document)
        return 0;
    CampaignChecker::check(*loaded.document);
    const QByteArray saved = DocumentWriter::toJson(*loaded.document);
    const LoadResult again = DocumentReader::readBytes(saved);
    if (!again.document || DocumentWriter::toJson(*again.document) != saved)
        std::abort();
    return 0;
}
