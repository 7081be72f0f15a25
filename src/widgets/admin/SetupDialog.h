#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ga {

class UserService;

// First start on an empty database: the bureau's name and the first administrator's account.
// OK stays disabled until every field is valid (checked as it is typed); accepting creates the
// administrator and logs them in.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupDialog(UserService &users, QWidget *parent = nullptr);

    // Why OK is disabled, or empty when it is enabled.
    QString problem() const;

    void accept() override;

private:
    void updateState();

    UserService &m_users;
    QLineEdit *m_bureau = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ga
