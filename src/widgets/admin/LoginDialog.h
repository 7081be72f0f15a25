#pragma once

#include <QDialog>

#include <memory>

namespace ga {

namespace Ui {
class LoginDialog;
}

class UserService;

// Asks for a user name and password and logs in through UserService. A refusal is shown in
// the dialog itself; the password is cleared and gets the focus again.
// The layout is the form ui/admin/LoginDialog.ui.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(UserService &users, const QString &bureauName = {},
                         QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setUsername(const QString &username);
    QString username() const;
    QString message() const;

    void accept() override;

private:
    UserService &m_users;
    std::unique_ptr<Ui::LoginDialog> m_ui;
};

} // namespace ga
