#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ga {

class UserService;

// Asks for a user name and password and logs in through UserService. A refusal is shown in
// the dialog itself; the password is cleared and gets the focus again.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(UserService &users, const QString &bureauName = {},
                         QWidget *parent = nullptr);

    void setUsername(const QString &username);
    QString username() const;
    QString message() const;

    void accept() override;

private:
    UserService &m_users;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ga
