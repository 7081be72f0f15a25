#include "widgets/dashboard/DashboardPage.h"

#include "app/Services.h"
#include "core/Error.h"
#include "offices/OfficeService.h"
#include "org/OrgService.h"
#include "org/SettingsService.h"
#include "vehicles/AlertService.h"
#include "vehicles/DispatchService.h"
#include "vehicles/VehicleService.h"
#include "vehicles/VehicleStatisticsService.h"
#include "widgets/dashboard/KpiCard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace ga {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

// Runs one section's reads; a refusal or failure leaves that section's cards at "–" and is logged,
// so one module's problem does not blank the whole dashboard.
template<typename F>
void section(const char *name, F &&read)
{
    try {
        read();
    } catch (const Error &e) {
        spdlog::warn("Dashboard section {} not shown: {}", name, e.message().toStdString());
    }
}

} // namespace

DashboardPage::DashboardPage(Services &services, QWidget *parent)
    : Page(parent)
    , m_services(services)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);

    m_heading = new QLabel(content);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    addCard(grid, QStringLiteral("todayTrips"), tr("Trips today"), QStringLiteral("vehicles/board"), 0, 0);
    addCard(grid, QStringLiteral("pendingRequests"), tr("Requests waiting for a vehicle"),
            QStringLiteral("vehicles/board"), 0, 1);
    addCard(grid, QStringLiteral("fleet"), tr("Vehicles in service"), QStringLiteral("vehicles/ledger"), 0, 2);
    addCard(grid, QStringLiteral("alerts"), tr("Vehicle alerts"), QStringLiteral("vehicles/alerts"), 0, 3);
    addCard(grid, QStringLiteral("monthCost"), tr("Running costs this month"),
            QStringLiteral("vehicles/statistics"), 1, 0);
    addCard(grid, QStringLiteral("yearCost"), tr("Running costs this year"),
            QStringLiteral("vehicles/statistics"), 1, 1);
    addCard(grid, QStringLiteral("newEnergy"), tr("New-energy share of the fleet"),
            QStringLiteral("vehicles/statistics"), 1, 2);
    addCard(grid, QStringLiteral("officeCases"), tr("Over-standard offices"),
            QStringLiteral("offices/cases"), 1, 3);
    addCard(grid, QStringLiteral("departments"), tr("Departments"), QStringLiteral("organisation/departments"), 2, 0);
    addCard(grid, QStringLiteral("staff"), tr("Staff"), QStringLiteral("organisation/staff"), 2, 1);
    addCard(grid, QStringLiteral("buildings"), tr("Buildings"), QStringLiteral("organisation/buildings"), 2, 2);
    layout->addLayout(grid);

    auto *charts = new QHBoxLayout;
    m_costChart = new QChartView(content);
    m_costChart->setMinimumHeight(300);
    m_costChart->setRenderHint(QPainter::Antialiasing);
    m_energyChart = new QChartView(content);
    m_energyChart->setMinimumHeight(300);
    m_energyChart->setRenderHint(QPainter::Antialiasing);
    charts->addWidget(m_costChart, 3);
    charts->addWidget(m_energyChart, 2);
    layout->addLayout(charts);

    auto *later = new QLabel(tr("Turnover housing and energy figures will appear here when those "
                                "modules are built."),
                             content);
    later->setStyleSheet(QStringLiteral("color: #777; font-style: italic;"));
    later->setWordWrap(true);
    layout->addWidget(later);
    layout->addStretch(1);
}

KpiCard *DashboardPage::addCard(QGridLayout *grid, const QString &key, const QString &caption,
                                const QString &target, int row, int column)
{
    auto *card = new KpiCard(caption, target, this);
    card->setObjectName(key + QStringLiteral("Card"));
    connect(card, &KpiCard::activated, this, &DashboardPage::navigateTo);
    grid->addWidget(card, row, column);
    m_cards.insert(key, card);
    return card;
}

QString DashboardPage::cardValue(const QString &key) const
{
    const KpiCard *card = m_cards.value(key);
    return card ? card->value() : QString();
}

void DashboardPage::activate()
{
    const QString bureau = m_services.settings().value(QString::fromLatin1(SettingsService::BureauName));
    const QString date = QLocale().toString(m_services.clock().today(), QLocale::LongFormat);
    m_heading->setText(bureau.isEmpty() ? date : tr("%1 — %2").arg(bureau, date));
    refreshVehicles();
    refreshCosts();
    refreshOrganisation();
}

void DashboardPage::refreshOrganisation()
{
    section("organisation", [this] {
        const auto tree = m_services.org().departmentTree(false);
        m_cards[QStringLiteral("departments")]->setValue(number(tree.size()));
        m_cards[QStringLiteral("staff")]->setValue(number(m_services.org().countStaff(StaffFilter{})));
        m_cards[QStringLiteral("buildings")]->setValue(
            number(m_services.org().countBuildings(BuildingFilter{})));
    });
    section("offices", [this] {
        const int open = m_services.offices().countCases(offices::CaseFilter {});
        const int overdue = m_services.offices().countOverdueCases();
        m_cards[QStringLiteral("officeCases")]->setValue(
            number(open), overdue ? tr("%1 past the rectification deadline").arg(overdue) : QString());
        m_cards[QStringLiteral("officeCases")]->setAlert(overdue > 0);
    });
}

void DashboardPage::refreshVehicles()
{
    using namespace vehicles;
    section("dispatch", [this] {
        const DispatchBoardData board = m_services.dispatch().board(m_services.clock().today());
        int active = 0;
        for (const BoardTrip &t : board.trips)
            if (t.status == TripStatus::Assigned || t.status == TripStatus::Departed)
                ++active;
        m_cards[QStringLiteral("todayTrips")]->setValue(
            number(board.trips.size()), tr("%1 assigned or on the road").arg(active));
        int emergency = 0;
        for (const Trip &t : board.pending)
            if (t.emergency)
                ++emergency;
        m_cards[QStringLiteral("pendingRequests")]->setValue(
            number(board.pending.size()),
            emergency ? tr("%1 emergency").arg(emergency) : QString());
        m_cards[QStringLiteral("pendingRequests")]->setAlert(emergency > 0);
    });
    section("fleet", [this] {
        auto countWith = [this](VehicleStatus status) {
            VehicleFilter filter;
            filter.status = status;
            return m_services.vehicles().countVehicles(filter);
        };
        const int available = countWith(VehicleStatus::Available);
        const int dispatched = countWith(VehicleStatus::Dispatched);
        const int maintenance = countWith(VehicleStatus::Maintenance);
        m_cards[QStringLiteral("fleet")]->setValue(
            number(available + dispatched + maintenance),
            tr("%1 available, %2 out, %3 in maintenance").arg(available).arg(dispatched).arg(maintenance));
    });
    section("alerts", [this] {
        int lapsed = 0;
        int expiring = 0;
        int notices = 0;
        for (const VehicleAlert &a : m_services.vehicleAlerts().alerts()) {
            if (a.severity == AlertSeverity::Lapsed)
                ++lapsed;
            else if (a.severity == AlertSeverity::Expiring)
                ++expiring;
            else
                ++notices;
        }
        m_cards[QStringLiteral("alerts")]->setValue(
            number(lapsed + expiring + notices),
            tr("%1 lapsed, %2 due soon, %3 notices").arg(lapsed).arg(expiring).arg(notices));
        m_cards[QStringLiteral("alerts")]->setAlert(lapsed > 0);
    });
}

void DashboardPage::refreshCosts()
{
    using namespace vehicles;
    section("costs", [this] {
        const QDate today = m_services.clock().today();
        const DateRange month = DateRange::month(today.year(), today.month());
        const DateRange ytd{QDate(today.year(), 1, 1), today};
        auto &stats = m_services.vehicleStatistics();
        const RunningCosts monthCosts = stats.costTotals(month);
        const RunningCosts yearCosts = stats.costTotals(ytd);
        m_cards[QStringLiteral("monthCost")]->setValue(monthCosts.total().toDisplayString(),
                                                       tr("fuel %1").arg(monthCosts.fuel.toDisplayString()));
        m_cards[QStringLiteral("yearCost")]->setValue(yearCosts.total().toDisplayString(),
                                                      tr("1 January to today"));

        const FleetComposition fleet = stats.fleetComposition(ytd);
        m_cards[QStringLiteral("newEnergy")]->setValue(
            percent(fleet.newEnergyShare),
            fleet.purchasedInPeriod > 0
                ? tr("%1 of this year's purchases (target ≥ 30%)").arg(percent(fleet.newEnergyPurchaseShare))
                : tr("no purchases this year"));

        // Running costs by kind, year to date.
        const QList<QPair<QString, Money>> kinds = {
            {tr("Fuel"), yearCosts.fuel},           {tr("Maintenance"), yearCosts.maintenance},
            {tr("Insurance"), yearCosts.insurance}, {tr("Tolls"), yearCosts.tolls},
            {tr("Parking"), yearCosts.parking},     {tr("Leasing"), yearCosts.leasing}};
        auto *set = new QBarSet(tr("Yuan"));
        QStringList categories;
        double max = 0;
        for (const auto &[name, amount] : kinds) {
            categories << name;
            *set << amount.yuan();
            max = std::max(max, amount.yuan());
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        set->setLabelColor(Qt::black);
        auto *chart = new QChart;
        chart->addSeries(series);
        chart->setTitle(tr("Running costs by kind, this year (yuan)"));
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, max > 0 ? max * 1.2 : 100);
        axisX->applyNiceNumbers();
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        chart->legend()->hide();
        QChart *oldCost = m_costChart->chart();
        m_costChart->setChart(chart);
        delete oldCost;

        auto *pie = new QPieSeries;
        for (const CompositionSlice &slice : fleet.byEnergyType)
            if (slice.count > 0)
                pie->append(QStringLiteral("%1 %2").arg(slice.label, percent(slice.share)), slice.count);
        pie->setLabelsVisible(false); // the legend names the slices; labels would overlap
        auto *energyChart = new QChart;
        energyChart->addSeries(pie);
        energyChart->setTitle(tr("Fleet by energy type"));
        energyChart->legend()->setAlignment(Qt::AlignRight);
        QChart *oldEnergy = m_energyChart->chart();
        m_energyChart->setChart(energyChart);
        delete oldEnergy;
    });
}

} // namespace ga
