#pragma once

#include <QDialog>

class QMenuBar;
class QTreeView;

// Help › Keyboard Shortcuts: every action of the menus that has a shortcut,
// under its menu, read from the actions themselves so it is always true.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTreeView* view() const { return m_view; }

private:
    QTreeView* m_view;
};
