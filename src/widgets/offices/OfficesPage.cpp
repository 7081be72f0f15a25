#include "widgets/offices/OfficesPage.h"

#include "widgets/offices/FloorView.h"
#include "widgets/offices/OfficeTabs.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ga::offices {

OfficesPage::OfficesPage(OfficeService &offices, OrgService &org, QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    m_register = new RegisterTab(offices, org, this);
    m_floor = new FloorTab(offices, this);
    m_cases = new CasesTab(offices, this);
    m_totals = new TotalsTab(offices, this);
    addSubPage(QStringLiteral("register"), tr("Room &list"), m_register);
    addSubPage(QStringLiteral("floor"), tr("Floor vie&w"), m_floor);
    addSubPage(QStringLiteral("cases"), tr("Over-standard &cases"), m_cases);
    addSubPage(QStringLiteral("totals"), tr("Department &totals"), m_totals);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { activate(); });
    connect(m_floor, &FloorTab::roomOpened, this, [this](qint64 id) {
        m_register->list()->editRoom(id);
        m_floor->activate();
    });
}

void OfficesPage::addSubPage(const QString &key, const QString &title, Page *page)
{
    page->setObjectName(key + QStringLiteral("Tab"));
    m_keys << key;
    m_tabs->addTab(page, title);
}

void OfficesPage::activate()
{
    if (auto *current = qobject_cast<Page *>(m_tabs->currentWidget()))
        current->activate();
}

void OfficesPage::showSubPage(const QString &key)
{
    const int i = m_keys.indexOf(key);
    if (i >= 0)
        m_tabs->setCurrentIndex(i);
}

QString OfficesPage::currentSubPage() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_keys.size() ? m_keys.at(i) : QString();
}

} // namespace ga::offices
