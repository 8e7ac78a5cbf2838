#pragma once

#include <QLabel>

class SecretKeychain;

// "Secrets: this session only" in the status bar, shown from the moment the
// keychain is found missing, with why in its tooltip: the user must know
// that the values typed will be asked for again next time.
class SecretStorageNotice : public QLabel
{
    Q_OBJECT

public:
    explicit SecretStorageNotice(SecretKeychain* keychain, QWidget* parent = nullptr);

signals:
    // The longer explanation, once, for the status bar's message line.
    void statusMessage(const QString& message, int timeoutMs);
};
