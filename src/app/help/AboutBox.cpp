#include "help/AboutBox.h"

#include "keychain/SecretKeychain.h"
#include "storage/DataLocation.h"

#include <QMessageBox>
#include <QSettings>
#include <QSysInfo>
#include <QWidget>

using namespace Qt::StringLiterals;

void AboutBox::exec(const SecretKeychain* keychain, QWidget* parent)
{
    const QString secrets = keychain->isAvailable()
        ? tr("the system keychain")
        : tr("memory only (%1)").arg(keychain->unavailableReason());
    QMessageBox box(QMessageBox::NoIcon, tr("About Webhook Studio"),
        tr("<h3>Webhook Studio %1</h3>"
           "<p>Design, test and export the webhooks of AI voice-calling campaigns.</p>")
            .arg(QStringLiteral(WEBHOOKSTUDIO_VERSION)),
        QMessageBox::Close, parent);
    box.setObjectName(u"aboutMessageBox"_s);
    box.setIconPixmap(parent->windowIcon().pixmap(64, 64));
    box.setInformativeText(
        tr("<p>Built with Qt %1, running on Qt %2, on %3 (%4).</p>"
           "<p>Data and history: %5<br>Settings: %6<br>Secrets: %7</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                DataLocation::directory().toHtmlEscaped(), QSettings().fileName().toHtmlEscaped(),
                secrets.toHtmlEscaped()));
    box.exec();
}
