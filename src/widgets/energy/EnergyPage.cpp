#include "widgets/energy/EnergyPage.h"

#include "widgets/energy/EnergyTabs.h"
#include "widgets/energy/EntryGridTab.h"
#include "widgets/energy/IndicatorsTab.h"


namespace ga::energy {

EnergyPage::EnergyPage(EnergyService &energy, OrgService &org, QWidget *parent)
    : TabbedPage(parent)
{
    m_entry = new EntryGridTab(energy, this);
    m_meters = new MetersTab(energy, this);
    m_indicators = new IndicatorsTab(energy, org, this);
    m_coefficients = new CoefficientsTab(energy, this);
    addSubPage(QStringLiteral("entry"), tr("Monthly entry"), m_entry);
    addSubPage(QStringLiteral("meters"), tr("Meters"), m_meters);
    addSubPage(QStringLiteral("indicators"), tr("Indicators"), m_indicators);
    addSubPage(QStringLiteral("coefficients"), tr("Coefficients"), m_coefficients);
}

} // namespace ga::energy
