#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Edit › Preferences: language, theme, what a new webhook starts with, the
// response body cap, how much history is kept, the receiver's port and the
// proxy deliveries go through. OK
// stores them (Preferences) and applies the theme at once; the language
// applies at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;
    // The proxy password typed in, for the keychain; empty: keep the stored
    // one.
    QString proxyPassword() const;

private:
    void load();
    void restoreDefaults();
    void updateProxyFields();
    // False (and says why, focusing the field) when the manual proxy's
    // address is not one.
    bool checkProxy();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};
