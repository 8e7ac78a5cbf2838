#pragma once

#include "model/CampaignDocument.h"
#include "validation/Problem.h"

#include <QCoreApplication>

// Writes one environment's values into a campaign's webhooks, for a config
// that production runs without environments: every {{name}} that resolves
// from the environment (unmapped, or mapped to an environment variable)
// becomes its value, encoded for where it stands; a secret becomes its
// ${NAME} reference in a header that is then secret. Other placeholders stay.
class EnvironmentInliner
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentInliner)

public:
    // Inlines `environment` into `document` (whose environments are then
    // dropped); errors name each variable the environment lacks, with its
    // JSON path.
    static QList<Problem> inlineInto(CampaignDocument& document, const Environment& environment);
};
