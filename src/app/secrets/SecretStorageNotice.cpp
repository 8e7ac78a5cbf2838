#include "secrets/SecretStorageNotice.h"

#include "keychain/SecretKeychain.h"

using namespace Qt::StringLiterals;

SecretStorageNotice::SecretStorageNotice(SecretKeychain* keychain, QWidget* parent)
    : QLabel(tr("Secrets: this session only"), parent)
{
    setObjectName(u"secretStorageLabel"_s);
    hide();
    connect(keychain, &SecretKeychain::becameUnavailable, this, [this](const QString& reason) {
        const QString notice = tr("No system keychain is available (%1). Secret values are kept "
                                  "in memory until you quit, and asked for again next time.")
                                   .arg(reason);
        setToolTip(notice);
        show();
        emit statusMessage(notice, 15000);
    });
}
