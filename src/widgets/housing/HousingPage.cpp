#include "widgets/housing/HousingPage.h"

#include "widgets/housing/HousingTabs.h"


namespace ga::housing {

HousingPage::HousingPage(HousingService &housing, OrgService &org, QWidget *parent)
    : TabbedPage(parent)
{
    addSubPage(QStringLiteral("flats"), tr("Flats"), new FlatsTab(housing, this));
    addSubPage(QStringLiteral("complexes"), tr("Complexes"), new ComplexesTab(housing, org, this));
    addSubPage(QStringLiteral("applications"), tr("Applications"),
               new ApplicationsTab(housing, org, this));
    addSubPage(QStringLiteral("queue"), tr("Queue and offers"), new QueueTab(housing, this));
    addSubPage(QStringLiteral("tenancies"), tr("Tenancies"), new TenanciesTab(housing, this));
    addSubPage(QStringLiteral("rentroll"), tr("Rent roll"), new RentRollTab(housing, this));
    addSubPage(QStringLiteral("arrears"), tr("Arrears"), new ArrearsTab(housing, this));
    addSubPage(QStringLiteral("alerts"), tr("Alerts"), new HousingAlertsTab(housing, this));
}

} // namespace ga::housing
