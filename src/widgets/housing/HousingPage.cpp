#include "widgets/housing/HousingPage.h"

#include "widgets/housing/HousingTabs.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ga::housing {

HousingPage::HousingPage(HousingService &housing, OrgService &org, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    addSubPage(QStringLiteral("flats"), tr("Flats"), new FlatsTab(housing, this));
    addSubPage(QStringLiteral("complexes"), tr("Complexes"), new ComplexesTab(housing, org, this));
    addSubPage(QStringLiteral("applications"), tr("Applications"),
               new ApplicationsTab(housing, org, this));
    addSubPage(QStringLiteral("queue"), tr("Queue and offers"), new QueueTab(housing, this));
    addSubPage(QStringLiteral("tenancies"), tr("Tenancies"), new TenanciesTab(housing, this));
    addSubPage(QStringLiteral("rentroll"), tr("Rent roll"), new RentRollTab(housing, this));
    addSubPage(QStringLiteral("arrears"), tr("Arrears"), new ArrearsTab(housing, this));
    addSubPage(QStringLiteral("alerts"), tr("Alerts"), new HousingAlertsTab(housing, this));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { activate(); });
}

void HousingPage::addSubPage(const QString &key, const QString &title, Page *page)
{
    page->setObjectName(key + QStringLiteral("Tab"));
    m_keys << key;
    m_tabs->addTab(page, title);
}

Page *HousingPage::subPage(const QString &key) const
{
    const int i = m_keys.indexOf(key);
    return i >= 0 ? qobject_cast<Page *>(m_tabs->widget(i)) : nullptr;
}

void HousingPage::activate()
{
    if (auto *current = qobject_cast<Page *>(m_tabs->currentWidget()))
        current->activate();
}

void HousingPage::showSubPage(const QString &key)
{
    const int i = m_keys.indexOf(key);
    if (i >= 0)
        m_tabs->setCurrentIndex(i);
}

QString HousingPage::currentSubPage() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_keys.size() ? m_keys.at(i) : QString();
}

} // namespace ga::housing
