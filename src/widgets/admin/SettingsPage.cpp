#include "widgets/admin/SettingsPage.h"

#include "widgets/admin/GeneralSettingsTab.h"
#include "widgets/admin/UsersTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ga {

SettingsPage::SettingsPage(SettingsService &settings, UserService &users, Session &session,
                           QWidget *parent)
    : Page(parent)
{
    m_tabs = new QTabWidget(this);
    m_general = new GeneralSettingsTab(settings, session, m_tabs);
    m_usersTab = new UsersTab(users, session, m_tabs);
    m_tabs->addTab(m_general, tr("General"));
    m_tabs->addTab(m_usersTab, tr("Users"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void SettingsPage::activate()
{
    if (m_tabs->currentWidget() == m_general)
        m_general->load();
    else
        m_usersTab->reload();
}

QStringList SettingsPage::subPageKeys() const
{
    return {QStringLiteral("general"), QStringLiteral("users")};
}

void SettingsPage::showSubPage(const QString &key)
{
    const int index = subPageKeys().indexOf(key);
    if (index >= 0) {
        m_tabs->setCurrentIndex(index);
        activate();
    }
}

QString SettingsPage::currentSubPage() const
{
    return subPageKeys().value(m_tabs->currentIndex());
}

} // namespace ga
