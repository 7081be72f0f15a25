#include "widgets/admin/UserDialog.h"

#include "core/Error.h"
#include "org/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ga {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    return label;
}

QLineEdit *passwordEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

UserDialog::UserDialog(UserService &users, const std::optional<User> &existing, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("UserDialog"));
    setWindowTitle(existing ? tr("Edit user %1").arg(existing->username) : tr("New user"));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(32);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(64);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : allRoles())
        m_role->addItem(roleDisplayName(r), static_cast<int>(r));

    auto *modulesBox = new QWidget(this);
    auto *modulesLayout = new QGridLayout(modulesBox);
    modulesLayout->setContentsMargins(0, 0, 0, 0);
    int column = 0;
    for (Module m : allModules()) {
        auto *check = new QCheckBox(moduleDisplayName(m), modulesBox);
        check->setObjectName(QStringLiteral("module_") + moduleKey(m));
        modulesLayout->addWidget(check, column / 3, column % 3);
        m_modules.insert(m, check);
        ++column;
    }

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->addItem(tr("(none)"), QVariant::fromValue<qint64>(0));
    for (const DepartmentChoice &d : users.departments())
        m_department->addItem(d.name, QVariant::fromValue<qint64>(d.id));

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Modules (clerks):"), modulesBox);
    form->addRow(tr("&Department:"), m_department);

    if (existing) {
        m_username->setText(existing->username);
        m_username->setReadOnly(true);
        m_displayName->setText(existing->displayName);
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(existing->role)));
        for (auto it = m_modules.begin(); it != m_modules.end(); ++it)
            it.value()->setChecked(existing->modules.contains(it.key()));
        int dep = m_department->findData(QVariant::fromValue<qint64>(existing->departmentId));
        if (dep < 0 && existing->departmentId > 0) {
            // A retired department stays shown for the user who still belongs to it.
            m_department->addItem(existing->departmentName,
                                  QVariant::fromValue<qint64>(existing->departmentId));
            dep = m_department->count() - 1;
        }
        m_department->setCurrentIndex(qMax(0, dep));
        m_active = new QCheckBox(tr("Account is &active"), this);
        m_active->setObjectName(QStringLiteral("active"));
        m_active->setChecked(existing->active);
        form->addRow(QString(), m_active);
    } else {
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(Role::Clerk)));
        m_password = passwordEdit(QStringLiteral("password"), this);
        m_confirm = passwordEdit(QStringLiteral("confirm"), this);
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("R&epeat password:"), m_confirm);
    }

    m_problem = problemLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_username, m_displayName, m_password, m_confirm})
        if (e)
            connect(e, &QLineEdit::textChanged, this, &UserDialog::updateState);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserDialog::updateState);
    setMinimumWidth(520);
    updateState();
    if (existing)
        m_displayName->setFocus();
}

User UserDialog::collect() const
{
    User u = m_existing.value_or(User{});
    u.username = m_username->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.role = static_cast<Role>(m_role->currentData().toInt());
    u.modules.clear();
    if (u.role == Role::Clerk)
        for (auto it = m_modules.begin(); it != m_modules.end(); ++it)
            if (it.value()->isChecked())
                u.modules.insert(it.key());
    u.departmentId = m_department->currentData().toLongLong();
    if (m_active)
        u.active = m_active->isChecked();
    return u;
}

QString UserDialog::problem() const
{
    const User u = collect();
    if (QString p = UserService::usernameProblem(u.username); !p.isEmpty())
        return p;
    if (u.displayName.isEmpty())
        return tr("Enter the user's full name.");
    if (m_password) {
        if (QString p = UserService::passwordProblem(m_password->text(), u.username); !p.isEmpty())
            return p;
        if (m_password->text() != m_confirm->text())
            return tr("The two passwords differ.");
    }
    return {};
}

void UserDialog::updateState()
{
    const bool clerk = static_cast<Role>(m_role->currentData().toInt()) == Role::Clerk;
    for (QCheckBox *check : std::as_const(m_modules))
        check->setEnabled(clerk);
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void UserDialog::accept()
{
    if (!problem().isEmpty())
        return;
    try {
        const User u = collect();
        if (m_existing) {
            m_users.updateUser(u);
            m_savedId = u.id;
        } else {
            m_savedId = m_users.createUser(u, m_password->text());
        }
    } catch (const Error &e) {
        m_problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

PasswordDialog::PasswordDialog(UserService &users, Mode mode, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_mode(mode)
    , m_user(user)
{
    setObjectName(QStringLiteral("PasswordDialog"));
    setWindowTitle(mode == Mode::Reset ? tr("Reset the password of %1").arg(user.username)
                                       : tr("Change my password"));
    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_old = passwordEdit(QStringLiteral("oldPassword"), this);
        form->addRow(tr("&Current password:"), m_old);
    }
    m_password = passwordEdit(QStringLiteral("password"), this);
    m_confirm = passwordEdit(QStringLiteral("confirm"), this);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Repeat new password:"), m_confirm);

    m_problem = problemLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (mode == Mode::Reset) {
        auto *note = new QLabel(tr("Give the new password to %1 in person; they can change it "
                                   "afterwards under Settings → Users.")
                                    .arg(user.displayName),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    for (QLineEdit *e : {m_old, m_password, m_confirm})
        if (e)
            connect(e, &QLineEdit::textChanged, this, &PasswordDialog::updateState);
    setMinimumWidth(420);
    updateState();
}

QString PasswordDialog::problem() const
{
    if (m_old && m_old->text().isEmpty())
        return tr("Enter your current password.");
    if (QString p = UserService::passwordProblem(m_password->text(), m_user.username); !p.isEmpty())
        return p;
    if (m_password->text() != m_confirm->text())
        return tr("The two passwords differ.");
    return {};
}

void PasswordDialog::updateState()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void PasswordDialog::accept()
{
    if (!problem().isEmpty())
        return;
    try {
        if (m_mode == Mode::Reset)
            m_users.resetPassword(m_user.id, m_password->text());
        else
            m_users.changeOwnPassword(m_old->text(), m_password->text());
    } catch (const Error &e) {
        m_problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace ga
