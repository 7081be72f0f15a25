#pragma once

#include <QDialog>

#include <memory>

namespace ga {

namespace Ui {
class SetupDialog;
}

class UserService;

// First start on an empty database: the bureau's name and the first administrator's account.
// OK stays disabled until every field is valid (checked as it is typed); accepting creates the
// administrator and logs them in. The layout is the form ui/admin/SetupDialog.ui.
class SetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SetupDialog(UserService &users, QWidget *parent = nullptr);
    ~SetupDialog() override;

    // Why OK is disabled, or empty when it is enabled.
    QString problem() const;

    void accept() override;

private:
    void updateState();

    UserService &m_users;
    std::unique_ptr<Ui::SetupDialog> m_ui;
};

} // namespace ga
