#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

namespace ga {
class OrgService;
}

namespace ga::energy {

class CoefficientsTab;
class EnergyService;
class EntryGridTab;
class IndicatorsTab;
class MetersTab;

// The Energy navigation page, one tab per part, addressed by key: "entry" (the monthly entry
// grid), "meters" (the register), "indicators" (figures and charts), "coefficients".
class EnergyPage : public TabbedPage
{
    Q_OBJECT
public:
    EnergyPage(EnergyService &energy, OrgService &org, QWidget *parent = nullptr);

    EntryGridTab *entryTab() const { return m_entry; }
    MetersTab *metersTab() const { return m_meters; }
    IndicatorsTab *indicatorsTab() const { return m_indicators; }
    CoefficientsTab *coefficientsTab() const { return m_coefficients; }

private:
    EntryGridTab *m_entry = nullptr;
    MetersTab *m_meters = nullptr;
    IndicatorsTab *m_indicators = nullptr;
    CoefficientsTab *m_coefficients = nullptr;
};

} // namespace ga::energy
