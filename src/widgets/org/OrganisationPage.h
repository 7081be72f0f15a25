#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

namespace ga {

class BuildingsTab;
class DepartmentsTab;
class OrgService;
class RanksTab;
class StaffTab;

// The Organisation navigation page, one tab per part, addressed by key: "departments" (the
// tree), "staff", "buildings" and "ranks" (the per-rank office area standards).
class OrganisationPage : public TabbedPage
{
    Q_OBJECT
public:
    explicit OrganisationPage(OrgService &org, QWidget *parent = nullptr);

    DepartmentsTab *departmentsTab() const { return m_departments; }
    StaffTab *staffTab() const { return m_staff; }
    BuildingsTab *buildingsTab() const { return m_buildings; }
    RanksTab *ranksTab() const { return m_ranks; }

private:
    DepartmentsTab *m_departments = nullptr;
    StaffTab *m_staff = nullptr;
    BuildingsTab *m_buildings = nullptr;
    RanksTab *m_ranks = nullptr;
};

} // namespace ga
