#pragma once

#include "secrets/SecretsDialog.h"

#include <QObject>

#include <functional>

class CampaignSession;
class QWidget;

// Makes sure the session holds the secret values a send or an export of one
// webhook needs before it goes on: from the keychain first, then by asking
// the user, who may be told no keychain is there to keep them.
class SecretPrompt : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialog that asks.
    SecretPrompt(CampaignSession* session, QWidget* window);

    // Runs `proceed` once the session has a value for every secret of the
    // webhook that `purpose` needs. A cancelled send does not run it; a
    // cancelled export still does (it shows what it can, and why). Nothing
    // runs when the webhook is gone by the time the keychain answers.
    void withSecrets(
        int webhookIndex, SecretsDialog::Purpose purpose, const std::function<void()>& proceed);

private:
    QStringList missingSecrets(int webhookIndex, SecretsDialog::Purpose purpose) const;
    // Asks for `names`; false when a send was cancelled.
    bool askFor(int webhookIndex, SecretsDialog::Purpose purpose, const QStringList& names);

    CampaignSession* m_session;
    QWidget* m_window;
};
