#include "widgets/admin/LoginDialog.h"

#include "core/Error.h"
#include "org/UserService.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ga {

LoginDialog::LoginDialog(UserService &users, const QString &bureauName, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("GovAssets — log in"));

    auto *heading = new QLabel(bureauName.isEmpty() ? tr("GovAssets") : bureauName, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_username->setFocus();
}

void LoginDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

QString LoginDialog::message() const
{
    return m_message->text();
}

void LoginDialog::accept()
{
    if (username().isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    m_message->clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString failure;
    try {
        m_users.login(username(), m_password->text());
    } catch (const Error &e) {
        failure = e.message();
    }
    QApplication::restoreOverrideCursor();
    if (!failure.isEmpty()) {
        m_message->setText(failure);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ga
