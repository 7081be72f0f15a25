#include "widgets/admin/StoreDialog.h"

#include "storage/Database.h"
#include "storage/StoreLocation.h"

#include "ui_StoreDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace ga {

StoreDialog::StoreDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StoreDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Use &this store"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &StoreDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &StoreDialog::reject);
    connect(m_ui->fileChoice, &QRadioButton::toggled, this, &StoreDialog::updateState);
    connect(m_ui->serverChoice, &QRadioButton::toggled, this, &StoreDialog::updateState);
    for (QLineEdit *edit : {m_ui->filePath, m_ui->host, m_ui->database, m_ui->user})
        connect(edit, &QLineEdit::textChanged, this, &StoreDialog::updateState);
    connect(m_ui->port, &QSpinBox::valueChanged, this, &StoreDialog::updateState);
    connect(m_ui->browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(
            this, tr("The store's file"), m_ui->filePath->text(),
            tr("GovAssets stores (*.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            m_ui->filePath->setText(QDir::toNativeSeparators(chosen));
    });
    setLocation(location);
}

StoreDialog::~StoreDialog() = default;

void StoreDialog::setLocation(const QString &location)
{
    if (const auto server = ServerAddress::parse(location)) {
        m_ui->serverChoice->setChecked(true);
        m_ui->host->setText(server->host);
        m_ui->port->setValue(server->port);
        m_ui->database->setText(server->database);
        m_ui->user->setText(server->user);
    } else {
        m_ui->fileChoice->setChecked(true);
        m_ui->filePath->setText(QDir::toNativeSeparators(location));
    }
    updateState();
}

QString StoreDialog::location() const
{
    if (m_ui->fileChoice->isChecked())
        return QDir::fromNativeSeparators(m_ui->filePath->text().trimmed());
    ServerAddress a;
    a.host = m_ui->host->text();
    a.port = m_ui->port->value();
    a.database = m_ui->database->text();
    a.user = m_ui->user->text();
    return a.location();
}

QString StoreDialog::problem() const
{
    if (m_ui->fileChoice->isChecked()) {
        const QString path = m_ui->filePath->text().trimmed();
        if (path.isEmpty())
            return tr("Enter the file's path.");
        if (Database::isServerLocation(path))
            return tr("That is a server's address: choose \"A database on a PostgreSQL server\".");
        const QFileInfo file(path);
        if (file.isDir())
            return tr("%1 is a folder: name a file in it.").arg(path);
        return {};
    }
    ServerAddress a;
    a.host = m_ui->host->text();
    a.port = m_ui->port->value();
    a.database = m_ui->database->text();
    a.user = m_ui->user->text();
    return a.problem();
}

void StoreDialog::updateState()
{
    const bool file = m_ui->fileChoice->isChecked();
    m_ui->filePath->setEnabled(file);
    m_ui->browse->setEnabled(file);
    m_ui->serverFields->setEnabled(!file);
    const QString p = problem();
    m_ui->message->setText(p);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void StoreDialog::accept()
{
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

} // namespace ga
