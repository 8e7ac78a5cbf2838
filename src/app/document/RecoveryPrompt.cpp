#include "document/RecoveryPrompt.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

RecoveryPrompt::Choice RecoveryPrompt::ask(
    QWidget* parent, const RecoveryStore::Orphan& orphan, const QString& name)
{
    QMessageBox box(QMessageBox::Warning, tr("Recover Unsaved Changes"),
        tr("Webhook Studio ended before the changes to \"%1\" were saved.").arg(name),
        QMessageBox::NoButton, parent);
    box.setObjectName(u"recoveryMessageBox"_s);
    box.setInformativeText(
        tr("A copy from %1 was kept. Open it to go on where you were?")
            .arg(QLocale().toString(orphan.savedAt.toLocalTime(), QLocale::ShortFormat)));
    QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recover->setObjectName(u"recoverButton"_s);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardRecoveryButton"_s);
    QPushButton* later = box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    later->setObjectName(u"recoverLaterButton"_s);
    box.setDefaultButton(recover);
    box.setEscapeButton(later); // closing the box must not throw work away
    box.exec();
    if (box.clickedButton() == recover)
        return Choice::Recover;
    if (box.clickedButton() == discard)
        return Choice::Discard;
    return Choice::Later;
}
