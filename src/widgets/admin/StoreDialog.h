#pragma once

#include <QDialog>

#include <memory>

namespace ga {

namespace Ui {
class StoreDialog;
}

// Where the data is kept: a file on this computer, or a database on a PostgreSQL server (host,
// port, database, user; the password never here). Shown on the first start and under File →
// Data store…; the caller keeps the chosen location (QSettings) and opens it.
class StoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit StoreDialog(const QString &location, QWidget *parent = nullptr);
    ~StoreDialog() override;

    // The chosen store: a file path or a postgresql:// address.
    QString location() const;
    void setLocation(const QString &location);
    // What keeps the choice from being used (translated); empty when it can be.
    QString problem() const;

    void accept() override;

private:
    void updateState();

    std::unique_ptr<Ui::StoreDialog> m_ui;
};

} // namespace ga
