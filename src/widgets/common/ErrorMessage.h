#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ga {

// Runs `action`; a ga::Error it throws is shown to the user in a message box (its message is
// already translated). Returns true when the action succeeded.
bool runGuarded(QWidget *parent, const QString &title, const std::function<void()> &action);

void showError(QWidget *parent, const QString &title, const QString &message);

} // namespace ga
