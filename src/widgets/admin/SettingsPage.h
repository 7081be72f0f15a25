#pragma once

#include "widgets/common/Page.h"

class QTabWidget;

namespace ga {

class GeneralSettingsTab;
class Session;
class SettingsService;
class UserService;
class UsersTab;

// The Settings navigation page: tabs "general" (bureau, language, thresholds) and "users".
class SettingsPage : public Page
{
    Q_OBJECT
public:
    SettingsPage(SettingsService &settings, UserService &users, Session &session,
                 QWidget *parent = nullptr);

    void activate() override;
    QStringList subPageKeys() const override;
    void showSubPage(const QString &key) override;
    QString currentSubPage() const override;

    GeneralSettingsTab *generalTab() const { return m_general; }
    UsersTab *usersTab() const { return m_usersTab; }

private:
    QTabWidget *m_tabs = nullptr;
    GeneralSettingsTab *m_general = nullptr;
    UsersTab *m_usersTab = nullptr;
};

} // namespace ga
