#pragma once

#include "org/User.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;

namespace ga {

namespace Ui {
class PasswordDialog;
class UserDialog;
} // namespace Ui

class UserService;

// Adds a user (with a first password) or edits one (display name, role, modules, department,
// active). Input is checked as it is typed; the service's refusal is shown in the dialog.
// The layout is the form ui/admin/UserDialog.ui; the module check boxes are added from the
// list of modules.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: a new user.
    UserDialog(UserService &users, const std::optional<User> &existing, QWidget *parent = nullptr);
    ~UserDialog() override;

    QString problem() const;
    qint64 savedUserId() const { return m_savedId; }

    void accept() override;

private:
    void updateState();
    User collect() const;

    UserService &m_users;
    std::optional<User> m_existing;
    qint64 m_savedId = 0;
    std::unique_ptr<Ui::UserDialog> m_ui;
    QHash<Module, QCheckBox *> m_modules;
};

// Resets another user's password (administrators) or changes one's own (old password needed).
// The layout is the form ui/admin/PasswordDialog.ui.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Reset, ChangeOwn };
    PasswordDialog(UserService &users, Mode mode, const User &user, QWidget *parent = nullptr);
    ~PasswordDialog() override;

    QString problem() const;
    void accept() override;

private:
    void updateState();

    UserService &m_users;
    Mode m_mode;
    User m_user;
    std::unique_ptr<Ui::PasswordDialog> m_ui;
};

} // namespace ga
