#pragma once

#include "Problem.h"
#include "model/CampaignDocument.h"
#include "templating/TemplateProblem.h"

#include <QList>

#include <optional>

// Everything wrong with a document while it is being edited: the validator's
// problems and, for each webhook, the problems its templates have when
// rendered (syntax, unmapped variables, JSON bodies), with the position an
// editor underlines.
class CampaignChecker
{
public:
    struct Finding
    {
        Problem problem;
        // The webhook concerned, or -1 for the campaign as a whole.
        int webhookIndex = -1;
        // For template problems: where in which template.
        std::optional<TemplateProblem> location;
    };

    // Templates are rendered for `environment` (the first when empty).
    static QList<Finding> check(const CampaignDocument& document, const QString& environment = {});
    // The webhook index at the start of a JSON path ($.webhooks[3]...), or -1.
    static int webhookIndexOf(const QString& path);
};
