#pragma once

#include "MainWindow.h"
#include "delivery/DeliveryController.h"
#include "delivery/DeliveryTracker.h"
#include "delivery/InspectorPanel.h"
#include "document/CampaignSession.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

// Finds a widget by objectName as a test must: it has to exist.
template<typename T>
T* findWidget(const QObject* root, const char* name)
{
    T* widget = root->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), name);
    return widget;
}

// Gives a widget the keyboard focus and types into it, as a person would.
inline void typeInto(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(widget, text);
}

// Puts the cursor at the end of a text field and types there, as a person
// clicking after the last character would.
inline void appendTo(QWidget* widget, const QString& text)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

// Presses Return in an item view's editor; the delegate commits on the next
// turn of the event loop, so that turn is taken too.
inline void commitEditor(QWidget* editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

// Runs `interact` on the next modal dialog, then makes sure it is closed, so
// a failed check cannot leave the test waiting on it forever. The dialog is
// looked for by a timer rather than waited for: it may open on a later turn
// of the event loop (after the keychain answered, say), and a wait here
// would sit below that dialog's own event loop and never see it.
// With `objectName`, only the dialog of that name, so that the dialogs of a
// sequence each get their own interaction.
inline void interactWithNextDialog(
    const std::function<void(QDialog*)>& interact, const QString& objectName = {})
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    const QDeadlineTimer deadline(10000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, interact, objectName, deadline] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (dialog && !objectName.isEmpty() && dialog->objectName() != objectName)
            dialog = nullptr;
        if (!dialog && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        QVERIFY2(dialog, "no modal dialog opened");
        // Typing goes to the active window: make sure that is the dialog.
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(dialog));
        interact(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    timer->start();
}

// Edits a cell of an item view with the keyboard: F2, type, Return.
inline void editCell(QAbstractItemView* view, int row, int column, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY2(editor, "F2 opened no line edit");
    editor->selectAll();
    QTest::keyClicks(editor, text);
    commitEditor(editor);
}

// Replaces a spin box's value by typing, then leaves the field.
inline void typeIntoSpinBox(QAbstractSpinBox* box, const QString& text)
{
    box->setFocus(Qt::OtherFocusReason);
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

// Clicks `button` on the next message box that opens (a modal one blocks the
// test until it is answered).
inline void answerNextMessageBox(QMessageBox::StandardButton button)
{
    interactWithNextDialog([button](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY2(box, "the dialog is not a message box");
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

// The main window, shown at `size` with the sample campaign open, as a
// person starts the app.
inline std::unique_ptr<MainWindow> openSampleWindow(const QSize& size = QSize(1440, 1000))
{
    auto window = std::make_unique<MainWindow>();
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openSample())
        qFatal("the main window with the sample did not come up");
    return window;
}

// Clicks webhook `index` in the window's list.
inline void clickWebhook(MainWindow* window, int index)
{
    auto* list = findWidget<QListView>(window, "webhookListView");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
        list->visualRect(list->model()->index(index, 0)).center());
}

// Selects webhook `index` and `event` the way a person does, sends with
// Ctrl+Enter, and waits for the delivery to end. Null when nothing was sent
// or it did not end in time. Secrets are looked up before a send starts, so
// the delivery may begin on a later turn of the event loop.
inline DeliveryTracker* sendAndWait(
    MainWindow* window, int index, const QString& event, int timeoutMs = 30000)
{
    clickWebhook(window, index);
    findWidget<QComboBox>(window, "sendEventComboBox")->setCurrentText(event);
    // Shortcuts only reach the active window (a closed dialog may have left
    // none active).
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QSignalSpy started(window->deliveries(), &DeliveryController::deliveryStarted);
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    if (started.isEmpty() && !started.wait(5000))
        return nullptr;
    auto* tracker = started.first().first().value<DeliveryTracker*>();
    if (!QTest::qWaitFor([tracker] { return !tracker->isRunning(); }, timeoutMs))
        return nullptr;
    return tracker;
}
