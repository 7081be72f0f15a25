#include "widgets/admin/LoginDialog.h"

#include "core/Error.h"
#include "org/UserService.h"

#include "ui_LoginDialog.h"

#include <QApplication>
#include <QPushButton>

namespace ga {

LoginDialog::LoginDialog(UserService &users, const QString &bureauName, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    m_ui->heading->setText(bureauName.isEmpty() ? tr("GovAssets") : bureauName);
    QFont f = m_ui->heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_ui->heading->setFont(f);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_ui->username->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setUsername(const QString &username)
{
    m_ui->username->setText(username);
    if (!username.isEmpty())
        m_ui->password->setFocus();
}

QString LoginDialog::username() const
{
    return m_ui->username->text().trimmed();
}

QString LoginDialog::message() const
{
    return m_ui->message->text();
}

void LoginDialog::accept()
{
    if (username().isEmpty()) {
        m_ui->message->setText(tr("Enter your user name."));
        m_ui->username->setFocus();
        return;
    }
    m_ui->message->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        m_users.login(username(), m_ui->password->text());
    } catch (const Error &e) {
        failure = e.message();
    }
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        m_ui->message->setText(failure);
        m_ui->password->clear();
        m_ui->password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ga
