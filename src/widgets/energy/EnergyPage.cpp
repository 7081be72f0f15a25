#include "widgets/energy/EnergyPage.h"

#include "widgets/energy/EnergyTabs.h"
#include "widgets/energy/EntryGridTab.h"
#include "widgets/energy/IndicatorsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ga::energy {

EnergyPage::EnergyPage(EnergyService &energy, OrgService &org, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    m_entry = new EntryGridTab(energy, this);
    m_meters = new MetersTab(energy, this);
    m_indicators = new IndicatorsTab(energy, org, this);
    m_coefficients = new CoefficientsTab(energy, this);
    addSubPage(QStringLiteral("entry"), tr("Monthly entry"), m_entry);
    addSubPage(QStringLiteral("meters"), tr("Meters"), m_meters);
    addSubPage(QStringLiteral("indicators"), tr("Indicators"), m_indicators);
    addSubPage(QStringLiteral("coefficients"), tr("Coefficients"), m_coefficients);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { activate(); });
}

void EnergyPage::addSubPage(const QString &key, const QString &title, Page *page)
{
    page->setObjectName(key + QStringLiteral("Tab"));
    m_keys << key;
    m_tabs->addTab(page, title);
}

void EnergyPage::activate()
{
    if (auto *current = qobject_cast<Page *>(m_tabs->currentWidget()))
        current->activate();
}

void EnergyPage::showSubPage(const QString &key)
{
    const int i = m_keys.indexOf(key);
    if (i >= 0)
        m_tabs->setCurrentIndex(i);
}

QString EnergyPage::currentSubPage() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_keys.size() ? m_keys.at(i) : QString();
}

} // namespace ga::energy
