#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

class QTabWidget;

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
class OfficesPage : public Page
{
    Q_OBJECT
public:
    OfficesPage(OfficeService &offices, OrgService &org, QWidget *parent = nullptr);

    void activate() override;
    QStringList subPageKeys() const override { return m_keys; }
    void showSubPage(const QString &key) override;
    QString currentSubPage() const override;

    RegisterTab *registerTab() const { return m_register; }
    FloorTab *floorTab() const { return m_floor; }
    CasesTab *casesTab() const { return m_cases; }
    TotalsTab *totalsTab() const { return m_totals; }

private:
    void addSubPage(const QString &key, const QString &title, Page *page);

    QTabWidget *m_tabs = nullptr;
    QStringList m_keys;
    RegisterTab *m_register = nullptr;
    FloorTab *m_floor = nullptr;
    CasesTab *m_cases = nullptr;
    TotalsTab *m_totals = nullptr;
};

} // namespace ga::offices
