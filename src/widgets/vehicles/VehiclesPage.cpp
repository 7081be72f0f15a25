#include "widgets/vehicles/VehiclesPage.h"

#include "app/Services.h"
#include "widgets/vehicles/DispatchBoard.h"
#include "widgets/vehicles/TripsTab.h"
#include "widgets/vehicles/AlertsTab.h"
#include "widgets/vehicles/DriversTab.h"
#include "widgets/vehicles/LedgerTab.h"
#include "widgets/vehicles/StatisticsTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace ga {

VehiclesPage::VehiclesPage(Services &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) {
        activate();
        // Into the new tab, so its shortcuts (Ctrl+L on the board, Ctrl+N…) work at once.
        if (isVisible())
            focusContent();
    });

    // Tabs, in this order: board, trips (dispatch), ledger, drivers, alerts, statistics (ledger).
    addSubPage(QStringLiteral("board"), tr("Dispatch board"),
               new DispatchBoard(m_services.dispatch(), m_services.settings(),
                                 m_services.clock(), this));
    addSubPage(QStringLiteral("trips"), tr("Trips"),
               new TripsTab(m_services.dispatch(), m_services.settings(), m_services.clock(),
                            this));
    auto *ledger = new LedgerTab(m_services.vehicles(), m_services.drivers(), m_services.session(),
                                 m_services.clock(), this);
    addSubPage(QStringLiteral("ledger"), tr("Ledger"), ledger);
    addSubPage(QStringLiteral("drivers"), tr("Drivers"),
               new DriversTab(m_services.drivers(), m_services.vehicles(), m_services.session(),
                              m_services.clock(), m_services.settings(), this));
    addSubPage(QStringLiteral("alerts"), tr("Alerts"),
               new AlertsTab(m_services.vehicleAlerts(),
                             [ledger](qint64 vehicleId) { ledger->openFile(vehicleId); }, this));
    addSubPage(QStringLiteral("statistics"), tr("Statistics"),
               new StatisticsTab(m_services.vehicleStatistics(), m_services.clock(), this));
}

void VehiclesPage::addSubPage(const QString &key, const QString &title, QWidget *widget)
{
    widget->setObjectName(key + QStringLiteral("Tab"));
    m_keys << key;
    m_tabs->addTab(widget, title);
}

void VehiclesPage::activate()
{
    // Each tab that shows stored data reloads when it becomes visible.
    if (auto *current = qobject_cast<Page *>(m_tabs->currentWidget()))
        current->activate();
}

void VehiclesPage::showSubPage(const QString &key)
{
    const int i = m_keys.indexOf(key);
    if (i >= 0)
        m_tabs->setCurrentIndex(i);
}

void VehiclesPage::focusContent()
{
    if (auto *current = qobject_cast<Page *>(m_tabs->currentWidget()))
        current->focusContent();
    else
        Page::focusContent();
}

QString VehiclesPage::currentSubPage() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < m_keys.size() ? m_keys.at(i) : QString();
}

} // namespace ga
