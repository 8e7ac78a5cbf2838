#pragma once

#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QList>

#include <optional>

// What loading a file gives: the document when it could be built, and every
// problem met on the way (errors mean there is no document).
struct LoadResult
{
    std::optional<CampaignDocument> document;
    QList<Problem> problems;

    bool succeeded() const { return document.has_value(); }
};
