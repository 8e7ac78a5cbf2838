#include "widgets/PanelDock.h"

#include <QScrollArea>

using namespace Qt::StringLiterals;

PanelDock::PanelDock(const QString& title, const QString& objectName, QWidget* parent)
    : QDockWidget(title, parent)
    , m_scrollArea(new QScrollArea(this))
{
    setObjectName(objectName);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_scrollArea->setObjectName(objectName + u"ScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    setWidget(m_scrollArea);
}

void PanelDock::setPanel(QWidget* panel)
{
    m_scrollArea->setWidget(panel);
}
