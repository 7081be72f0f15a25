#include "widgets/admin/UserDialog.h"

#include "core/Error.h"
#include "org/UserService.h"

#include "ui_PasswordDialog.h"
#include "ui_UserDialog.h"

#include <QPushButton>

namespace ga {

UserDialog::UserDialog(UserService &users, const std::optional<User> &existing, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_existing(existing)
    , m_ui(std::make_unique<Ui::UserDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(existing ? tr("Edit user %1").arg(existing->username) : tr("New user"));

    for (Role r : allRoles())
        m_ui->role->addItem(roleDisplayName(r), static_cast<int>(r));

    // One check box per module, three to a row, in the tab order after the role.
    int column = 0;
    QWidget *previous = m_ui->role;
    for (Module m : allModules()) {
        auto *check = new QCheckBox(moduleDisplayName(m), m_ui->modulesBox);
        check->setObjectName(QStringLiteral("module_") + moduleKey(m));
        m_ui->modulesLayout->addWidget(check, column / 3, column % 3);
        m_modules.insert(m, check);
        QWidget::setTabOrder(previous, check);
        previous = check;
        if (column == 0)
            m_ui->modulesBox->setFocusProxy(check);
        ++column;
    }

    m_ui->department->addItem(tr("(none)"), QVariant::fromValue<qint64>(0));
    for (const DepartmentChoice &d : users.departments())
        m_ui->department->addItem(d.name, QVariant::fromValue<qint64>(d.id));

    m_ui->scope->addItem(tr("The whole region"), QVariant::fromValue<qint64>(0));
    for (const DepartmentChoice &a : users.scopeChoices())
        m_ui->scope->addItem(a.name, QVariant::fromValue<qint64>(a.id));

    // A new user gets a first password; an existing one can be deactivated.
    m_ui->formLayout->setRowVisible(m_ui->active, existing.has_value());
    m_ui->formLayout->setRowVisible(m_ui->password, !existing);
    m_ui->formLayout->setRowVisible(m_ui->confirm, !existing);
    if (existing) {
        m_ui->username->setText(existing->username);
        m_ui->username->setReadOnly(true);
        m_ui->displayName->setText(existing->displayName);
        m_ui->role->setCurrentIndex(m_ui->role->findData(static_cast<int>(existing->role)));
        for (auto it = m_modules.begin(); it != m_modules.end(); ++it)
            it.value()->setChecked(existing->modules.contains(it.key()));
        int dep = m_ui->department->findData(QVariant::fromValue<qint64>(existing->departmentId));
        if (dep < 0 && existing->departmentId > 0) {
            // A retired department stays shown for the user who still belongs to it.
            m_ui->department->addItem(existing->departmentName,
                                      QVariant::fromValue<qint64>(existing->departmentId));
            dep = m_ui->department->count() - 1;
        }
        m_ui->department->setCurrentIndex(qMax(0, dep));
        int scope = m_ui->scope->findData(QVariant::fromValue<qint64>(existing->scopeDepartmentId));
        if (scope < 0) {
            m_ui->scope->addItem(existing->scopeName,
                                 QVariant::fromValue<qint64>(existing->scopeDepartmentId));
            scope = m_ui->scope->count() - 1;
        }
        m_ui->scope->setCurrentIndex(scope);
        m_ui->active->setChecked(existing->active);
    } else {
        m_ui->role->setCurrentIndex(m_ui->role->findData(static_cast<int>(Role::Clerk)));
    }

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    for (QLineEdit *e : {m_ui->username, m_ui->displayName, m_ui->password, m_ui->confirm})
        connect(e, &QLineEdit::textChanged, this, &UserDialog::updateState);
    connect(m_ui->role, &QComboBox::currentIndexChanged, this, &UserDialog::updateState);
    updateState();
    if (existing)
        m_ui->displayName->setFocus();
}

UserDialog::~UserDialog() = default;

User UserDialog::collect() const
{
    User u = m_existing.value_or(User{});
    u.username = m_ui->username->text().trimmed();
    u.displayName = m_ui->displayName->text().trimmed();
    u.role = static_cast<Role>(m_ui->role->currentData().toInt());
    u.modules.clear();
    if (u.role == Role::Clerk)
        for (auto it = m_modules.begin(); it != m_modules.end(); ++it)
            if (it.value()->isChecked())
                u.modules.insert(it.key());
    u.departmentId = m_ui->department->currentData().toLongLong();
    u.scopeDepartmentId = m_ui->scope->currentData().toLongLong();
    if (m_existing)
        u.active = m_ui->active->isChecked();
    return u;
}

QString UserDialog::problem() const
{
    const User u = collect();
    if (QString p = UserService::usernameProblem(u.username); !p.isEmpty())
        return p;
    if (u.displayName.isEmpty())
        return tr("Enter the user's full name.");
    if (!m_existing) {
        if (QString p = UserService::passwordProblem(m_ui->password->text(), u.username);
            !p.isEmpty())
            return p;
        if (m_ui->password->text() != m_ui->confirm->text())
            return tr("The two passwords differ.");
    }
    return {};
}

void UserDialog::updateState()
{
    const bool clerk = static_cast<Role>(m_ui->role->currentData().toInt()) == Role::Clerk;
    for (QCheckBox *check : std::as_const(m_modules))
        check->setEnabled(clerk);
    const QString p = problem();
    m_ui->problem->setText(p);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
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
            m_savedId = m_users.createUser(u, m_ui->password->text());
        }
    } catch (const Error &e) {
        m_ui->problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

PasswordDialog::PasswordDialog(UserService &users, Mode mode, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_mode(mode)
    , m_user(user)
    , m_ui(std::make_unique<Ui::PasswordDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(mode == Mode::Reset ? tr("Reset the password of %1").arg(user.username)
                                       : tr("Change my password"));
    // A reset needs no old password but a note on handing the new one over.
    m_ui->formLayout->setRowVisible(m_ui->oldPassword, mode == Mode::ChangeOwn);
    if (mode == Mode::Reset)
        m_ui->note->setText(tr("Give the new password to %1 in person; they can change it "
                               "afterwards under Settings → Users.")
                                .arg(user.displayName));
    else
        m_ui->note->hide();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    for (QLineEdit *e : {m_ui->oldPassword, m_ui->password, m_ui->confirm})
        connect(e, &QLineEdit::textChanged, this, &PasswordDialog::updateState);
    updateState();
}

PasswordDialog::~PasswordDialog() = default;

QString PasswordDialog::problem() const
{
    if (m_mode == Mode::ChangeOwn && m_ui->oldPassword->text().isEmpty())
        return tr("Enter your current password.");
    if (QString p = UserService::passwordProblem(m_ui->password->text(), m_user.username);
        !p.isEmpty())
        return p;
    if (m_ui->password->text() != m_ui->confirm->text())
        return tr("The two passwords differ.");
    return {};
}

void PasswordDialog::updateState()
{
    const QString p = problem();
    m_ui->problem->setText(p);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void PasswordDialog::accept()
{
    if (!problem().isEmpty())
        return;
    try {
        if (m_mode == Mode::Reset)
            m_users.resetPassword(m_user.id, m_ui->password->text());
        else
            m_users.changeOwnPassword(m_ui->oldPassword->text(), m_ui->password->text());
    } catch (const Error &e) {
        m_ui->problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace ga
