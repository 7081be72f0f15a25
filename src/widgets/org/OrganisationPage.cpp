#include "widgets/org/OrganisationPage.h"

#include "widgets/org/OrgTabs.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ga {

OrganisationPage::OrganisationPage(OrgService &org, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    m_departments = new DepartmentsTab(org, this);
    m_staff = new StaffTab(org, this);
    m_buildings = new BuildingsTab(org, this);
    m_ranks = new RanksTab(org, this);
    addSubPage(QStringLiteral("departments"), tr("&Departments"), m_departments);
    addSubPage(QStringLiteral("staff"), tr("&Staff"), m_staff);
    addSubPage(QStringLiteral("buildings"), tr("&Buildings"), m_buildings);
    addSubPage(QStringLiteral("ranks"), tr("&Rank standards"), m_ranks);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { activate(); });
}

void OrganisationPage::addSubPage(const QString &key, const QString &title, Page *page)
{
    page->setObjectName(key + QStringLiteral("Tab"));
    m_keys << key;
    m_tabs->addTab(page, title);
}

void OrganisationPage::activate()
{
    if (auto *current = qobject_cast<Page *>(m_tabs->currentWidget()))
        current->activate();
}

void OrganisationPage::showSubPage(const QString &key)
{
    const int i = m_keys.indexOf(key);
    if (i >= 0)
        m_tabs->setCurrentIndex(i);
}

QString OrganisationPage::currentSubPage() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_keys.size() ? m_keys.at(i) : QString();
}

} // namespace ga
