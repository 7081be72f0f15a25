#include "widgets/common/WindowActivation.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace ga {

void WindowActivation::install()
{
    if (qApp->findChild<WindowActivation *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new WindowActivation(qApp));
}

namespace {

void activateRetrying(QPointer<QWidget> window, int attemptsLeft)
{
    // A modal dialog opened meanwhile (the print preview after the assign dialog) is where the
    // keyboard goes: the window under it is blocked.
    if (QWidget *modal = QApplication::activeModalWidget();
        modal && modal->isVisible() && window && modal != window->window())
        window = modal;
    if (!window || !window->isVisible() || window->isActiveWindow() || attemptsLeft <= 0)
        return;
    // Another window of ours took the keyboard meanwhile (a dialog opened): leave it. (The
    // dialog that just closed may still count as active until the server's focus event.)
    if (QWidget *active = QApplication::activeWindow();
        active && active != window && active->isVisible())
        return;
    window->activateWindow();
    QTimer::singleShot(100, window,
                       [window, attemptsLeft] { activateRetrying(window, attemptsLeft - 1); });
}

} // namespace

void WindowActivation::activate(QWidget *window)
{
    if (window)
        activateRetrying(window->window(), 20);
}

bool WindowActivation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Hide || !watched->isWidgetType())
        return false;
    auto *w = static_cast<QWidget *>(watched);
    if (!w->isWindow() || w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip)
        return false;
    // Only when the keyboard was ours: the closing window had it, or none of ours had it (a
    // start-up dialog closing before the main window got it). A window of another application
    // that has the keyboard keeps it.
    if (QApplication::activeWindow() != w && QApplication::activeWindow() != nullptr)
        return false;
    // To the window it was opened from, else to the application's main window.
    QPointer<QWidget> target = w->parentWidget() ? w->parentWidget()->window() : nullptr;
    QTimer::singleShot(0, this, [target, w = QPointer<QWidget>(w)] {
        QWidget *to = target && target->isVisible() ? target.data() : nullptr;
        if (!to) {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (top != w && top->isVisible() && top->inherits("QMainWindow")) {
                    to = top;
                    break;
                }
        }
        QWidget *active = QApplication::activeWindow();
        if (to && (!active || !active->isVisible()))
            activate(to);
    });
    return false;
}

} // namespace ga
