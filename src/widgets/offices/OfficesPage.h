#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

namespace ga {
class OrgService;
}

namespace ga::offices {

class CasesTab;
class FloorTab;
class OfficeService;
class RegisterTab;
class TotalsTab;

// The Offices navigation page, one tab per part, addressed by key: "register" (the room
// register with its building tree), "floor" (the floor view), "cases" (over-standard cases)
// and "totals" (department totals against the approved area).
class OfficesPage : public TabbedPage
{
    Q_OBJECT
public:
    OfficesPage(OfficeService &offices, OrgService &org, QWidget *parent = nullptr);

    RegisterTab *registerTab() const { return m_register; }
    FloorTab *floorTab() const { return m_floor; }
    CasesTab *casesTab() const { return m_cases; }
    TotalsTab *totalsTab() const { return m_totals; }

private:
    RegisterTab *m_register = nullptr;
    FloorTab *m_floor = nullptr;
    CasesTab *m_cases = nullptr;
    TotalsTab *m_totals = nullptr;
};

} // namespace ga::offices
