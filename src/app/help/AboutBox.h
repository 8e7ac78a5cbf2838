#pragma once

#include <QCoreApplication>

class QWidget;
class SecretKeychain;

// Help › About: the version, the Qt it was built with and runs on, and where
// the app keeps its data, settings and secrets, for a bug report.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static void exec(const SecretKeychain* keychain, QWidget* parent);
};
