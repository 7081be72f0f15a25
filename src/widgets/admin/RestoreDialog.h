#pragma once

#include "storage/Backup.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace ga {

class BackupService;

namespace Ui {
class RestoreDialog;
}

// File → Restore…: the automatic backups beside the database (newest first) or any backup file;
// for the one chosen, when it was written, its schema version and its records, or why it cannot
// be restored. Restore is offered only for a backup that can be; accepting records the request
// (BackupService::authorizeRestore) and leaves the restore itself to the caller, once the
// database is closed.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(BackupService &backups, QWidget *parent = nullptr);
    ~RestoreDialog() override;

    // The chosen backup file.
    QString chosenFile() const;
    void chooseFile(const QString &path);
    const BackupInfo &info() const { return m_info; }
    QPushButton *restoreButton() const { return m_restore; }

    void accept() override;

private:
    void showInfo();

    BackupService &m_backups;
    std::unique_ptr<Ui::RestoreDialog> m_ui;
    QPushButton *m_restore = nullptr;
    BackupInfo m_info;
};

} // namespace ga
