#pragma once

#include <QDockWidget>

class QScrollArea;

// A closable, movable dock whose panel sits in a scroll area, so a small dock
// never makes the window taller than the screen. The panel may be put in
// later, for one that is built only when first shown.
class PanelDock : public QDockWidget
{
    Q_OBJECT

public:
    // The scroll area is named `objectName` + "ScrollArea".
    PanelDock(const QString& title, const QString& objectName, QWidget* parent);

    void setPanel(QWidget* panel);

private:
    QScrollArea* m_scrollArea;
};
