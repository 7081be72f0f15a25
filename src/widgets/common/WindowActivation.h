#pragma once

#include <QObject>

class QWidget;

namespace ga {

// Gives the keyboard back to the window a dialog was opened from when the dialog closes, and to
// a main window when it is first shown, as a window manager would. Without one (a bare X
// server, a kiosk session, a remote display) the window under the dialog stays inactive after
// the dialog closed: no shortcut reaches it (every shortcut needs an active window) until the
// user clicks into it. Installed once on the application by the program's start-up.
class WindowActivation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Installs one on qApp (once).
    static void install();
    // Asks for `window` to become the active window, again for a moment while it is not: a
    // request made while the window is being mapped, or carrying an older time stamp than the
    // server's last focus change, is dropped by the X server.
    static void activate(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace ga
