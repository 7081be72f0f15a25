#include "widgets/admin/SetupDialog.h"

#include "core/Error.h"
#include "org/UserService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ga {

SetupDialog::SetupDialog(UserService &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setWindowTitle(tr("GovAssets — first start"));
    setObjectName(QStringLiteral("SetupDialog"));

    auto *intro = new QLabel(tr("This database has no users yet. Enter the bureau's name and "
                                "create the first administrator account; the administrator "
                                "can then add the other users under Settings."),
                             this);
    intro->setWordWrap(true);

    m_bureau = new QLineEdit(this);
    m_bureau->setObjectName(QStringLiteral("bureau"));
    m_bureau->setToolTip(tr("The full official name, as it should appear on reports."));
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(32);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Bureau name:"), m_bureau);
    form->addRow(tr("Administrator &user name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_confirm);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a61b1b;"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_bureau, m_username, m_displayName, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &SetupDialog::updateState);
    setMinimumWidth(480);
    updateState();
}

QString SetupDialog::problem() const
{
    if (m_bureau->text().trimmed().isEmpty())
        return tr("Enter the bureau's name.");
    if (QString p = UserService::usernameProblem(m_username->text().trimmed()); !p.isEmpty())
        return p;
    if (m_displayName->text().trimmed().isEmpty())
        return tr("Enter the administrator's full name.");
    if (QString p = UserService::passwordProblem(m_password->text(), m_username->text().trimmed());
        !p.isEmpty())
        return p;
    if (m_password->text() != m_confirm->text())
        return tr("The two passwords differ.");
    return {};
}

void SetupDialog::updateState()
{
    const QString p = problem();
    m_problem->setText(p);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void SetupDialog::accept()
{
    if (!problem().isEmpty())
        return;
    try {
        m_users.createFirstAdmin(m_username->text().trimmed(), m_displayName->text().trimmed(),
                                 m_password->text(), m_bureau->text().trimmed());
    } catch (const Error &e) {
        m_problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace ga
