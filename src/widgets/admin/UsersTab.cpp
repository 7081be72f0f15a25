#include "widgets/admin/UsersTab.h"

#include "core/Session.h"
#include "org/UserService.h"
#include "widgets/admin/UserDialog.h"
#include "widgets/admin/UserTableModel.h"
#include "widgets/common/ErrorMessage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ga {

namespace {

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    return button;
}

} // namespace

UsersTab::UsersTab(UserService &users, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_session(session)
{
    setObjectName(QStringLiteral("UsersTab"));
    m_model = new UserTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto makeAction = [this](const QString &text, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_add = makeAction(tr("&Add user…"), QKeySequence::New);
    m_edit = makeAction(tr("&Edit…"), QKeySequence(Qt::Key_F2));
    m_reset = makeAction(tr("&Reset password…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_toggleActive = makeAction(tr("&Deactivate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_toggleLocked = makeAction(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_changeOwn = makeAction(tr("&Change my password…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_add, &QAction::triggered, this, &UsersTab::addUser);
    connect(m_edit, &QAction::triggered, this, &UsersTab::editUser);
    connect(m_reset, &QAction::triggered, this, &UsersTab::resetPassword);
    connect(m_toggleActive, &QAction::triggered, this, &UsersTab::toggleActive);
    connect(m_toggleLocked, &QAction::triggered, this, &UsersTab::toggleLocked);
    connect(m_changeOwn, &QAction::triggered, this, &UsersTab::changeOwnPassword);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            editUser();
    });

    m_note = new QLabel(tr("Only administrators can add or change users."), this);
    m_note->setObjectName(QStringLiteral("note"));

    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_add, m_edit, m_reset, m_toggleActive, m_toggleLocked})
        bar->addWidget(buttonFor(a, this));
    bar->addWidget(m_note);
    bar->addStretch(1);
    bar->addWidget(buttonFor(m_changeOwn, this));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersTab::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersTab::updateActions);
    reload();
}

void UsersTab::reload()
{
    const qint64 selected = currentRow() >= 0 ? m_model->userAt(currentRow()).id : 0;
    runGuarded(this, tr("Users"), [this] { m_model->setUsers(m_users.listUsers()); });
    m_view->resizeColumnsToContents();
    selectUser(selected);
    if (currentRow() < 0 && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

int UsersTab::currentRow() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? index.row() : -1;
}

void UsersTab::selectUser(qint64 id)
{
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void UsersTab::updateActions()
{
    const bool admin = m_session.can(Permission::ManageUsers);
    const int row = currentRow();
    m_note->setVisible(!admin);
    m_add->setEnabled(admin);
    m_edit->setEnabled(admin && row >= 0);
    m_reset->setEnabled(admin && row >= 0);
    m_toggleActive->setEnabled(admin && row >= 0);
    m_toggleActive->setText(row >= 0 && !m_model->userAt(row).active ? tr("A&ctivate")
                                                                     : tr("&Deactivate"));
    m_toggleLocked->setEnabled(admin && row >= 0);
    m_toggleLocked->setText(row >= 0 && m_model->userAt(row).locked ? tr("Un&lock")
                                                                    : tr("&Lock"));
    m_changeOwn->setEnabled(m_session.user().id > 0);
}

void UsersTab::addUser()
{
    UserDialog dialog(m_users, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectUser(dialog.savedUserId());
    }
}

void UsersTab::editUser()
{
    const int row = currentRow();
    if (row < 0)
        return;
    UserDialog dialog(m_users, m_model->userAt(row), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void UsersTab::resetPassword()
{
    const int row = currentRow();
    if (row < 0)
        return;
    PasswordDialog dialog(m_users, PasswordDialog::Mode::Reset, m_model->userAt(row), this);
    dialog.exec();
}

void UsersTab::toggleActive()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const User u = m_model->userAt(row);
    if (u.active
        && QMessageBox::question(this, tr("Deactivate user"),
                                 tr("Deactivate %1 (%2)? They will no longer be able to log in; "
                                    "their history is kept.")
                                     .arg(u.displayName, u.username))
               != QMessageBox::Yes)
        return;
    if (runGuarded(this, u.active ? tr("Deactivate user") : tr("Activate user"),
                   [&] { m_users.setActive(u.id, !u.active); }))
        reload();
}

void UsersTab::toggleLocked()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const User u = m_model->userAt(row);
    if (!u.locked
        && QMessageBox::question(this, tr("Lock user"),
                                 tr("Lock %1 (%2)? They cannot log in until an administrator "
                                    "unlocks the account; everything else stays as it is.")
                                     .arg(u.displayName, u.username))
               != QMessageBox::Yes)
        return;
    if (runGuarded(this, u.locked ? tr("Unlock user") : tr("Lock user"),
                   [&] { m_users.setLocked(u.id, !u.locked); }))
        reload();
}

void UsersTab::changeOwnPassword()
{
    User me;
    me.id = m_session.user().id;
    me.username = m_session.user().username;
    me.displayName = m_session.user().displayName;
    PasswordDialog dialog(m_users, PasswordDialog::Mode::ChangeOwn, me, this);
    if (dialog.exec() == QDialog::Accepted)
        QMessageBox::information(this, tr("Change my password"), tr("Your password has been changed."));
}

} // namespace ga
