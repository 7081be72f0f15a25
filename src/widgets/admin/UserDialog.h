#pragma once

#include "org/User.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ga {

class UserService;

// Adds a user (with a first password) or edits one (display name, role, modules, department,
// active). Input is checked as it is typed; the service's refusal is shown in the dialog.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` empty: a new user.
    UserDialog(UserService &users, const std::optional<User> &existing, QWidget *parent = nullptr);

    QString problem() const;
    qint64 savedUserId() const { return m_savedId; }

    void accept() override;

private:
    void updateState();
    User collect() const;

    UserService &m_users;
    std::optional<User> m_existing;
    qint64 m_savedId = 0;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QHash<Module, QCheckBox *> m_modules;
    QComboBox *m_department = nullptr;
    QCheckBox *m_active = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Resets another user's password (administrators) or changes one's own (old password needed).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Reset, ChangeOwn };
    PasswordDialog(UserService &users, Mode mode, const User &user, QWidget *parent = nullptr);

    QString problem() const;
    void accept() override;

private:
    void updateState();

    UserService &m_users;
    Mode m_mode;
    User m_user;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ga
