#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

class QTabWidget;

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
class EnergyPage : public Page
{
    Q_OBJECT
public:
    EnergyPage(EnergyService &energy, OrgService &org, QWidget *parent = nullptr);

    void activate() override;
    QStringList subPageKeys() const override { return m_keys; }
    void showSubPage(const QString &key) override;
    QString currentSubPage() const override;

    EntryGridTab *entryTab() const { return m_entry; }
    MetersTab *metersTab() const { return m_meters; }
    IndicatorsTab *indicatorsTab() const { return m_indicators; }
    CoefficientsTab *coefficientsTab() const { return m_coefficients; }

private:
    void addSubPage(const QString &key, const QString &title, Page *page);

    QTabWidget *m_tabs = nullptr;
    QStringList m_keys;
    EntryGridTab *m_entry = nullptr;
    MetersTab *m_meters = nullptr;
    IndicatorsTab *m_indicators = nullptr;
    CoefficientsTab *m_coefficients = nullptr;
};

} // namespace ga::energy
