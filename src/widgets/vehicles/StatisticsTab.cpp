#include "widgets/vehicles/StatisticsTab.h"

#include "core/Clock.h"
#include "vehicles/VehicleStatisticsService.h"
#include "widgets/common/ChartSupport.h"
#include "widgets/common/ErrorMessage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

namespace {

enum PeriodKind { Month, Quarter, Year, Custom };

// A cell that sorts by a number while showing formatted text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double value)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *money(Money m)
{
    return new NumberItem(m.toString(), double(m.fen()));
}

QTableWidgetItem *number(double v, int decimals)
{
    return new NumberItem(QLocale().toString(v, 'f', decimals), v);
}

QTableWidgetItem *percent(double share)
{
    return new NumberItem(QLocale().toString(share * 100.0, 'f', 1) + QLatin1Char('%'), share);
}

QTableWidgetItem *optionalNumber(const std::optional<double> &v)
{
    return v ? number(*v, 1) : new NumberItem(QString(), -1);
}

QStringList costHeaders()
{
    return {StatisticsTab::tr("Fuel cost"), StatisticsTab::tr("Maintenance"),
            StatisticsTab::tr("Insurance"), StatisticsTab::tr("Tolls"),
            StatisticsTab::tr("Parking"),   StatisticsTab::tr("Leasing"),
            StatisticsTab::tr("Total")};
}

void setCosts(QTableWidget *t, int row, int firstColumn, const RunningCosts &c)
{
    int col = firstColumn;
    for (Money m : {c.fuel, c.maintenance, c.insurance, c.tolls, c.parking, c.leasing, c.total()})
        t->setItem(row, col++, money(m));
}

void showPie(QChartView *view, const QString &title, const QList<CompositionSlice> &slices)
{
    QChart *chart = view->chart();
    chart->removeAllSeries();
    chart->setTitle(title);
    auto *series = new QPieSeries;
    for (const CompositionSlice &s : slices) {
        QPieSlice *slice = series->append(
            QStringLiteral("%1 %2 (%3%)")
                .arg(s.label)
                .arg(s.count)
                .arg(QLocale().toString(s.share * 100.0, 'f', 0)),
            s.count);
        slice->setLabelVisible(false);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    // Room for the longest category names next to the pie.
    chart->legend()->setMinimumWidth(view->fontMetrics().averageCharWidth() * 50);
}

} // namespace

StatisticsTab::StatisticsTab(VehicleStatisticsService &statistics, const Clock &clock,
                             QWidget *parent)
    : Page(parent)
    , m_statistics(statistics)
    , m_clock(clock)
{
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Month"), Month);
    m_kind->addItem(tr("Quarter"), Quarter);
    m_kind->addItem(tr("Year"), Year);
    m_kind->addItem(tr("Custom"), Custom);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(m_clock.today().year());
    m_part = new QComboBox(this);
    m_from = new QDateEdit(m_clock.today().addMonths(-1), this);
    m_to = new QDateEdit(m_clock.today(), this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Period:"), this);
    label->setBuddy(m_kind);
    bar->addWidget(label);
    bar->addWidget(m_kind);
    bar->addWidget(m_year);
    bar->addWidget(m_part);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addStretch(1);

    m_vehicles = makeTable(this, QStringLiteral("statisticsVehicles"),
                           QStringList{tr("Plate"), tr("Department"), tr("Trips"), tr("km"),
                                       tr("Hours"), tr("Utilisation"), tr("Fuel (L)"),
                                       tr("L/100 km"), tr("Charging (kWh)")}
                               + costHeaders());
    m_departments = makeTable(this, QStringLiteral("statisticsDepartments"),
                              QStringList{tr("Department"), tr("Vehicles"), tr("Trips"), tr("km"),
                                          tr("Hours"), tr("Utilisation"), tr("Fuel (L)"),
                                          tr("L/100 km"), tr("Charging (kWh)")}
                                  + costHeaders());
    m_drivers = makeTable(this, QStringLiteral("statisticsDrivers"),
                          {tr("Driver"), tr("Trips"), tr("Hours"), tr("km")});

    auto *charts = new QWidget(this);
    auto *grid = new QGridLayout(charts);
    m_categoryChart = makeChartView(charts);
    m_energyChart = makeChartView(charts);
    m_ageChart = makeChartView(charts);
    m_costChart = makeChartView(charts);
    grid->addWidget(m_categoryChart, 0, 0);
    grid->addWidget(m_energyChart, 0, 1);
    grid->addWidget(m_ageChart, 1, 0);
    grid->addWidget(m_costChart, 1, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(charts, tr("Fleet and costs"));
    m_tabs->addTab(m_vehicles, tr("By vehicle"));
    m_tabs->addTab(m_departments, tr("By department"));
    m_tabs->addTab(m_drivers, tr("By driver"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updatePeriodControls();
        reload();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &StatisticsTab::reload);
    connect(m_part, &QComboBox::currentIndexChanged, this, &StatisticsTab::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &StatisticsTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &StatisticsTab::reload);
    setTabOrder(m_kind, m_year);
    setTabOrder(m_year, m_part);
    setTabOrder(m_part, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_tabs);
    updatePeriodControls();
}

void StatisticsTab::updatePeriodControls()
{
    const int kind = m_kind->currentData().toInt();
    const QDate today = m_clock.today();
    QSignalBlocker block(m_part);
    m_part->clear();
    if (kind == Month) {
        for (int m = 1; m <= 12; ++m)
            m_part->addItem(QLocale().standaloneMonthName(m), m);
        m_part->setCurrentIndex(today.month() - 1);
    } else if (kind == Quarter) {
        for (int q = 1; q <= 4; ++q)
            m_part->addItem(tr("Q%1").arg(q), q);
        m_part->setCurrentIndex((today.month() - 1) / 3);
    }
    m_year->setVisible(kind != Custom);
    m_part->setVisible(kind == Month || kind == Quarter);
    m_from->setVisible(kind == Custom);
    m_to->setVisible(kind == Custom);
}

DateRange StatisticsTab::period() const
{
    const int year = m_year->value();
    switch (m_kind->currentData().toInt()) {
    case Month: return DateRange::month(year, m_part->currentData().toInt());
    case Quarter: {
        const int first = (m_part->currentData().toInt() - 1) * 3 + 1;
        return {QDate(year, first, 1), QDate(year, first, 1).addMonths(3).addDays(-1)};
    }
    case Year: return DateRange::year(year);
    default: return {m_from->date(), m_to->date()};
    }
}

void StatisticsTab::setPeriod(const DateRange &custom)
{
    {
        QSignalBlocker a(m_from), b(m_to), c(m_kind);
        m_from->setDate(custom.from);
        m_to->setDate(custom.to);
        m_kind->setCurrentIndex(m_kind->findData(Custom));
    }
    updatePeriodControls();
    reload();
}

void StatisticsTab::activate()
{
    m_initialised = true;
    reload();
}

void StatisticsTab::reload()
{
    if (!m_initialised)
        return;
    const DateRange range = period();
    QList<VehicleUsage> vehicles;
    QList<DepartmentUsage> departments;
    QList<DriverUsage> drivers;
    FleetComposition fleet;
    RunningCosts totals;
    const bool ok = runGuarded(this, tr("Statistics"), [&] {
        vehicles = m_statistics.perVehicle(range);
        departments = m_statistics.perDepartment(range);
        drivers = m_statistics.perDriver(range);
        fleet = m_statistics.fleetComposition(range);
        for (const DepartmentUsage &d : departments)
            totals += d.costs;
    });
    if (!ok)
        return;

    for (QTableWidget *t : {m_vehicles, m_departments, m_drivers})
        t->setSortingEnabled(false);

    m_vehicles->setRowCount(int(vehicles.size()));
    int trips = 0;
    qint64 km = 0;
    double hours = 0;
    for (int r = 0; r < vehicles.size(); ++r) {
        const VehicleUsage &u = vehicles.at(r);
        trips += u.trips;
        km += u.km;
        hours += u.hours;
        m_vehicles->setItem(r, 0, new QTableWidgetItem(u.plate));
        m_vehicles->setItem(r, 1, new QTableWidgetItem(u.departmentName));
        m_vehicles->setItem(r, 2, number(u.trips, 0));
        m_vehicles->setItem(r, 3, number(double(u.km), 0));
        m_vehicles->setItem(r, 4, number(u.hours, 1));
        m_vehicles->setItem(r, 5, percent(u.utilisation));
        m_vehicles->setItem(r, 6, number(u.fuelMilli / 1000.0, 1));
        m_vehicles->setItem(r, 7, optionalNumber(u.fuelPer100Km));
        m_vehicles->setItem(r, 8, number(u.electricityMilli / 1000.0, 1));
        setCosts(m_vehicles, r, 9, u.costs);
    }

    m_departments->setRowCount(int(departments.size()));
    for (int r = 0; r < departments.size(); ++r) {
        const DepartmentUsage &u = departments.at(r);
        m_departments->setItem(r, 0, new QTableWidgetItem(u.departmentName.isEmpty()
                                                              ? tr("(no department)")
                                                              : u.departmentName));
        m_departments->setItem(r, 1, number(u.vehicles, 0));
        m_departments->setItem(r, 2, number(u.trips, 0));
        m_departments->setItem(r, 3, number(double(u.km), 0));
        m_departments->setItem(r, 4, number(u.hours, 1));
        m_departments->setItem(r, 5, percent(u.utilisation));
        m_departments->setItem(r, 6, number(u.fuelMilli / 1000.0, 1));
        m_departments->setItem(r, 7, optionalNumber(u.fuelPer100Km));
        m_departments->setItem(r, 8, number(u.electricityMilli / 1000.0, 1));
        setCosts(m_departments, r, 9, u.costs);
    }

    m_drivers->setRowCount(int(drivers.size()));
    for (int r = 0; r < drivers.size(); ++r) {
        const DriverUsage &u = drivers.at(r);
        m_drivers->setItem(r, 0, new QTableWidgetItem(u.name));
        m_drivers->setItem(r, 1, number(u.trips, 0));
        m_drivers->setItem(r, 2, number(u.hours, 1));
        m_drivers->setItem(r, 3, number(double(u.km), 0));
    }

    for (QTableWidget *t : {m_vehicles, m_departments, m_drivers}) {
        t->resizeColumnsToContents();
        t->setSortingEnabled(true);
    }

    const QLocale locale;
    m_summary->setText(
        tr("%1 to %2 — %3 working days. %4 trips, %5 km, %6 hours. Running costs %7. "
           "Fleet: %8 vehicles, new energy %9%; new-energy share of purchases in the period: %10.")
            .arg(toIsoDate(range.from), toIsoDate(range.to))
            .arg(VehicleStatisticsService::workingDays(range))
            .arg(trips)
            .arg(locale.toString(km), locale.toString(hours, 'f', 1),
                 totals.total().toDisplayString())
            .arg(fleet.total)
            .arg(locale.toString(fleet.newEnergyShare * 100.0, 'f', 1))
            .arg(fleet.purchasedInPeriod > 0
                     ? tr("%1 of %2 (%3%)")
                           .arg(fleet.newEnergyPurchasedInPeriod)
                           .arg(fleet.purchasedInPeriod)
                           .arg(locale.toString(fleet.newEnergyPurchaseShare * 100.0, 'f', 1))
                     : tr("no purchases")));
    fillCharts(fleet, totals);
}

void StatisticsTab::fillCharts(const FleetComposition &fleet, const RunningCosts &costs)
{
    showPie(m_categoryChart, tr("Fleet by category"), fleet.byCategory);
    showPie(m_energyChart,
            tr("Fleet by energy type — new energy %1%")
                .arg(QLocale().toString(fleet.newEnergyShare * 100.0, 'f', 1)),
            fleet.byEnergyType);
    QStringList ageLabels;
    QList<double> ageCounts;
    for (const CompositionSlice &s : fleet.byAgeBand) {
        ageLabels << s.label;
        ageCounts << s.count;
    }
    showBars(m_ageChart, tr("Fleet by age"), tr("Vehicles"), ageLabels, ageCounts);
    const QList<QPair<QString, Money>> kinds = {
        {tr("Fuel"), costs.fuel},       {tr("Maintenance"), costs.maintenance},
        {tr("Insurance"), costs.insurance}, {tr("Tolls"), costs.tolls},
        {tr("Parking"), costs.parking}, {tr("Leasing"), costs.leasing},
    };
    QStringList costLabels;
    QList<double> yuan;
    for (const auto &k : kinds) {
        costLabels << k.first;
        yuan << std::round(k.second.yuan());
    }
    showBars(m_costChart, tr("Running costs by kind (yuan)"), tr("Yuan"), costLabels, yuan);
}

} // namespace ga
