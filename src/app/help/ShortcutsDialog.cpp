#include "help/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString plainText(const QString& text)
{
    // "&Save…" → "Save…"; "&&" stays a literal ampersand.
    QString plain = text;
    plain.replace(u"&&"_s, QString(QChar(0xFFFF)));
    plain.remove(u'&');
    plain.replace(QChar(0xFFFF), u'&');
    return plain;
}

void appendShortcuts(const QMenu* menu, QStandardItem* parent)
{
    for (QAction* action : menu->actions()) {
        if (action->menu()) {
            appendShortcuts(action->menu(), parent);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& shortcut : action->shortcuts())
            keys.append(shortcut.toString(QKeySequence::NativeText));
        parent->appendRow({ new QStandardItem(plainText(action->text())),
            new QStandardItem(keys.join(u", "_s)) });
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto* model = new QStandardItemModel(this);
    model->setHorizontalHeaderLabels({ tr("Action"), tr("Shortcut") });
    for (QAction* entry : menus->actions()) {
        if (!entry->menu())
            continue;
        auto* menu = new QStandardItem(plainText(entry->menu()->title()));
        appendShortcuts(entry->menu(), menu);
        if (menu->hasChildren())
            model->appendRow(menu);
        else
            delete menu;
    }
    m_view->setObjectName(u"shortcutsView"_s);
    m_view->setModel(model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    resize(560, 640);
}
