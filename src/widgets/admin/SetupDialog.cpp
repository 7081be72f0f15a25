#include "widgets/admin/SetupDialog.h"

#include "core/Error.h"
#include "org/UserService.h"

#include "ui_SetupDialog.h"

#include <QPushButton>

namespace ga {

SetupDialog::SetupDialog(UserService &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_ui(std::make_unique<Ui::SetupDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SetupDialog::reject);
    for (QLineEdit *edit :
         {m_ui->bureau, m_ui->username, m_ui->displayName, m_ui->password, m_ui->confirm})
        connect(edit, &QLineEdit::textChanged, this, &SetupDialog::updateState);
    updateState();
}

SetupDialog::~SetupDialog() = default;

QString SetupDialog::problem() const
{
    if (m_ui->bureau->text().trimmed().isEmpty())
        return tr("Enter the bureau's name.");
    if (QString p = UserService::usernameProblem(m_ui->username->text().trimmed()); !p.isEmpty())
        return p;
    if (m_ui->displayName->text().trimmed().isEmpty())
        return tr("Enter the administrator's full name.");
    if (QString p
        = UserService::passwordProblem(m_ui->password->text(), m_ui->username->text().trimmed());
        !p.isEmpty())
        return p;
    if (m_ui->password->text() != m_ui->confirm->text())
        return tr("The two passwords differ.");
    return {};
}

void SetupDialog::updateState()
{
    const QString p = problem();
    m_ui->problem->setText(p);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void SetupDialog::accept()
{
    if (!problem().isEmpty())
        return;
    try {
        m_users.createFirstAdmin(m_ui->username->text().trimmed(),
                                 m_ui->displayName->text().trimmed(), m_ui->password->text(),
                                 m_ui->bureau->text().trimmed());
    } catch (const Error &e) {
        m_ui->problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace ga
