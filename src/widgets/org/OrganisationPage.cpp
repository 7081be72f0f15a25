#include "widgets/org/OrganisationPage.h"

#include "widgets/org/OrgTabs.h"


namespace ga {

OrganisationPage::OrganisationPage(OrgService &org, QWidget *parent)
    : TabbedPage(parent)
{

    m_departments = new DepartmentsTab(org, this);
    m_staff = new StaffTab(org, this);
    m_buildings = new BuildingsTab(org, this);
    m_ranks = new RanksTab(org, this);
    addSubPage(QStringLiteral("departments"), tr("&Departments"), m_departments);
    addSubPage(QStringLiteral("staff"), tr("&Staff"), m_staff);
    addSubPage(QStringLiteral("buildings"), tr("&Buildings"), m_buildings);
    addSubPage(QStringLiteral("ranks"), tr("&Rank standards"), m_ranks);
}

} // namespace ga
