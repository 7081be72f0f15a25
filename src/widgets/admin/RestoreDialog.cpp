#include "widgets/admin/RestoreDialog.h"

#include "org/BackupService.h"
#include "widgets/common/ErrorMessage.h"

#include "ui_RestoreDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QPushButton>

namespace ga {

namespace {

QString registerName(const QString &table)
{
    static const QHash<QString, const char *> names {
        {QStringLiteral("departments"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "departments")},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "staff")},
        {QStringLiteral("buildings"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "buildings")},
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "users")},
        {QStringLiteral("vehicles"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "vehicles")},
        {QStringLiteral("drivers"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "drivers")},
        {QStringLiteral("trips"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "trips")},
        {QStringLiteral("fuel_transactions"),
         QT_TRANSLATE_NOOP("ga::RestoreDialog", "fuel transactions")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("ga::RestoreDialog", "audit rows")},
    };
    const char *name = names.value(table);
    return name ? RestoreDialog::tr(name) : table;
}

} // namespace

RestoreDialog::RestoreDialog(BackupService &backups, QWidget *parent)
    : QDialog(parent)
    , m_backups(backups)
    , m_ui(std::make_unique<Ui::RestoreDialog>())
{
    m_ui->setupUi(this);
    m_restore = m_ui->buttons->addButton(tr("&Restore and restart"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restore"));

    const QLocale locale;
    for (const QString &path : Backup::automaticBackups(m_backups.databasePath())) {
        const QFileInfo f(path);
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)")
                .arg(locale.toString(f.lastModified(), QLocale::ShortFormat), f.fileName(),
                     locale.formattedDataSize(f.size(), 1, QLocale::DataSizeTraditionalFormat)),
            m_ui->backups);
        item->setData(Qt::UserRole, path);
    }
    connect(m_ui->backups, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            chooseFile(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->file, &QLineEdit::editingFinished, this, &RestoreDialog::showInfo);
    connect(m_ui->choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a backup"), Backup::folderFor(m_backups.databasePath()),
            tr("GovAssets backups (*.db *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            chooseFile(path);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::accept);
    if (m_ui->backups->count() > 0)
        m_ui->backups->setCurrentRow(0);
    else
        showInfo();
}

RestoreDialog::~RestoreDialog() = default;

QString RestoreDialog::chosenFile() const
{
    return m_ui->file->text().trimmed();
}

void RestoreDialog::chooseFile(const QString &path)
{
    m_ui->file->setText(path);
    showInfo();
}

void RestoreDialog::showInfo()
{
    const QString path = chosenFile();
    m_info = path.isEmpty() ? BackupInfo {} : Backup::inspect(path);
    const QLocale locale;
    const bool known = !path.isEmpty() && m_info.schemaVersion > 0;
    m_ui->written->setText(m_info.written.isValid()
                               ? locale.toString(m_info.written, QLocale::LongFormat)
                               : QString());
    m_ui->schema->setText(known ? QString::number(m_info.schemaVersion) : QString());
    QStringList rows;
    for (const auto &[table, n] : m_info.rowCounts)
        rows << tr("%1: %2").arg(registerName(table), locale.toString(n));
    m_ui->rows->setText(rows.join(QStringLiteral(", ")));
    m_ui->problem->setText(path.isEmpty() ? tr("Choose a backup.") : m_info.problem);
    m_restore->setEnabled(!path.isEmpty() && m_info.canRestore());
}

void RestoreDialog::accept()
{
    showInfo();
    if (!m_restore->isEnabled())
        return;
    if (runGuarded(this, windowTitle(), [this] { m_backups.authorizeRestore(chosenFile()); }))
        QDialog::accept();
}

} // namespace ga
