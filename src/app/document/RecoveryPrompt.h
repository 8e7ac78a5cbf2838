#pragma once

#include "storage/RecoveryStore.h"

#include <QCoreApplication>

class QWidget;

// Asks whether to take back the work a session left when it ended without
// saving (a crash, a kill, a power cut).
class RecoveryPrompt
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryPrompt)

public:
    enum class Choice { Recover, Discard, Later };

    // `name` is how the user knows the work: its file's name, or the
    // campaign's name when it was never saved.
    static Choice ask(QWidget* parent, const RecoveryStore::Orphan& orphan, const QString& name);
};
