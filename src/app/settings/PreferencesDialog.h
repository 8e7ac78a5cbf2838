#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

// Edit › Preferences: language, theme, what a new webhook starts with, the
// response body cap, how much history is kept and the receiver's port. OK
// stores them (Preferences) and applies the theme at once; the language
// applies at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    void load();
    void restoreDefaults();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};
