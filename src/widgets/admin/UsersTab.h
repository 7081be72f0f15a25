#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace ga {

class Session;
class UserService;
class UserTableModel;

// Settings → Users: the accounts, with Add / Edit / Reset password / Deactivate for
// administrators and "Change my password" for everyone.
class UsersTab : public QWidget
{
    Q_OBJECT
public:
    UsersTab(UserService &users, Session &session, QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }
    UserTableModel *model() const { return m_model; }

    QAction *addUserAction() const { return m_add; }
    QAction *editUserAction() const { return m_edit; }
    QAction *resetPasswordAction() const { return m_reset; }
    QAction *toggleActiveAction() const { return m_toggleActive; }
    QAction *changeOwnPasswordAction() const { return m_changeOwn; }

private:
    void updateActions();
    int currentRow() const;
    void selectUser(qint64 id);
    void addUser();
    void editUser();
    void resetPassword();
    void toggleActive();
    void toggleLocked();
    void changeOwnPassword();

    UserService &m_users;
    Session &m_session;
    UserTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_reset = nullptr;
    QAction *m_toggleActive = nullptr;
    QAction *m_toggleLocked = nullptr;
    QAction *m_changeOwn = nullptr;
};

} // namespace ga
