#include "widgets/offices/OfficesPage.h"

#include "widgets/offices/FloorView.h"
#include "widgets/offices/OfficeTabs.h"


namespace ga::offices {

OfficesPage::OfficesPage(OfficeService &offices, OrgService &org, QWidget *parent)
    : TabbedPage(parent)
{
    m_register = new RegisterTab(offices, org, this);
    m_floor = new FloorTab(offices, this);
    m_cases = new CasesTab(offices, this);
    m_totals = new TotalsTab(offices, this);
    addSubPage(QStringLiteral("register"), tr("Room &list"), m_register);
    addSubPage(QStringLiteral("floor"), tr("Floor vie&w"), m_floor);
    addSubPage(QStringLiteral("cases"), tr("Over-standard &cases"), m_cases);
    addSubPage(QStringLiteral("totals"), tr("Department &totals"), m_totals);
    connect(m_floor, &FloorTab::roomOpened, this, [this](qint64 id) {
        m_register->list()->editRoom(id);
        m_floor->activate();
    });
}

} // namespace ga::offices
