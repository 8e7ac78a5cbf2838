#pragma once

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

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
// a failed check cannot leave the test waiting on it forever.
inline void interactWithNextDialog(const std::function<void(QDialog*)>& interact)
{
    QTimer::singleShot(0, [interact] {
        QTRY_VERIFY(qobject_cast<QDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        // Typing goes to the active window: make sure that is the dialog.
        dialog->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget*>(dialog));
        interact(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
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
    QTimer::singleShot(0, [button] {
        QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}
