#include "widgets/energy/IndicatorsTab.h"

#include "energy/EnergyService.h"
#include "org/OrgService.h"
#include "widgets/common/ChartSupport.h"
#include "widgets/common/ErrorMessage.h"
#include "widgets/energy/EnergyDialogs.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ga::energy {

namespace {

QString number(double v, int decimals = 2)
{
    return QLocale().toString(v, 'f', decimals);
}

QString optional(const std::optional<double> &v, int decimals = 2)
{
    return v ? number(*v, decimals) : QStringLiteral("—");
}

QString percent(const std::optional<double> &v)
{
    if (!v)
        return QStringLiteral("—");
    return (*v >= 0 ? QStringLiteral("+") : QString()) + number(*v * 100.0, 1) + QStringLiteral(" %");
}

QColor cellColour(CellState s)
{
    switch (s) {
    case CellState::Complete: return QColor(0x4caf50);
    case CellState::Flagged: return QColor(0xffb300);
    case CellState::Missing: return QColor(0xe53935);
    case CellState::NotRead: return QColor(0xe0e0e0);
    }
    return Qt::white;
}

} // namespace

// --- ReadingHeatMap -----------------------------------------------------------------------------

ReadingHeatMap::ReadingHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(160);
}

void ReadingHeatMap::setRows(const QList<StatusRow> &rows, const QStringList &months)
{
    m_rows = rows;
    m_months = months;
    update();
}

QSize ReadingHeatMap::sizeHint() const
{
    return QSize(480, 220);
}

void ReadingHeatMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const int legend = fontMetrics().height() + 6;
    const int labelW = fontMetrics().horizontalAdvance(QStringLiteral("0000-00")) + 8;
    const QRect area = rect().adjusted(labelW, legend, -4, -fontMetrics().height() - 4);
    if (m_rows.isEmpty() || m_months.isEmpty() || area.height() <= 0) {
        p.drawText(rect(), Qt::AlignCenter, tr("No buildings"));
        return;
    }
    // Months across, buildings down.
    const double cw = double(area.width()) / m_months.size();
    const double rh = double(area.height()) / m_rows.size();
    for (int r = 0; r < m_rows.size(); ++r)
        for (int c = 0; c < m_months.size() && c < m_rows[r].months.size(); ++c)
            p.fillRect(QRectF(area.left() + c * cw, area.top() + r * rh, std::max(1.0, cw - 1),
                              std::max(1.0, rh - (rh > 3 ? 1 : 0))),
                       cellColour(m_rows[r].months[c]));
    p.setPen(palette().text().color());
    const int labelSpan = fontMetrics().horizontalAdvance(QStringLiteral("0000-00 "));
    const int step = std::max(1, int(std::ceil(labelSpan / std::max(1.0, cw))));
    for (int c = 0; c < m_months.size(); c += step)
        p.drawText(QPointF(area.left() + c * cw, rect().bottom() - 2), m_months[c]);
    p.drawText(QRect(0, area.top(), labelW - 4, fontMetrics().height()), Qt::AlignRight,
               m_rows.first().code);
    int x = 4;
    const QList<std::pair<CellState, QString>> keys = {
        {CellState::Complete, tr("complete")},
        {CellState::Flagged, tr("flagged")},
        {CellState::Missing, tr("missing")},
        {CellState::NotRead, tr("no meters")}};
    for (const auto &[state, text] : keys) {
        p.fillRect(QRect(x, 4, 10, 10), cellColour(state));
        x += 14;
        p.drawText(QPoint(x, 4 + fontMetrics().ascent() - 2), text);
        x += fontMetrics().horizontalAdvance(text) + 12;
    }
}

// --- IndicatorsTab --------------------------------------------------------------------------------

IndicatorsTab::IndicatorsTab(EnergyService &energy, OrgService &org, QWidget *parent)
    : Page(parent)
    , m_energy(energy)
    , m_org(org)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        bar->addWidget(label);
        bar->addWidget(w);
    };
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("indicatorLevel"));
    m_level->addItem(tr("Region"), int(IndicatorLevel::Region));
    m_level->addItem(tr("Agency"), int(IndicatorLevel::Agency));
    m_level->addItem(tr("Building"), int(IndicatorLevel::Building));
    addLabelled(tr("&Level:"), m_level);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("indicatorTarget"));
    m_target->setMinimumWidth(220);
    addLabelled(tr("&Which:"), m_target);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("indicatorPeriod"));
    m_period->addItem(tr("Month"), int(IndicatorPeriod::Month));
    m_period->addItem(tr("Year to date"), int(IndicatorPeriod::YearToDate));
    m_period->addItem(tr("Year"), int(IndicatorPeriod::Year));
    m_period->setCurrentIndex(2);
    addLabelled(tr("&Period:"), m_period);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("indicatorYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year() - 1);
    addLabelled(tr("&Year:"), m_year);
    m_month = new QSpinBox(this);
    m_month->setObjectName(QStringLiteral("indicatorMonth"));
    m_month->setRange(1, 12);
    m_month->setValue(12);
    addLabelled(tr("&Month:"), m_month);
    m_trendLength = new QComboBox(this);
    m_trendLength->setObjectName(QStringLiteral("trendLength"));
    m_trendLength->addItem(tr("12 months"), 12);
    m_trendLength->addItem(tr("36 months"), 36);
    addLabelled(tr("&Trend:"), m_trendLength);
    m_quota = new QAction(tr("Set &quota…"), this);
    m_quota->setObjectName(QStringLiteral("quotaAction"));
    m_quota->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quota->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_quota, &QAction::triggered, this, &IndicatorsTab::editQuota);
    addAction(m_quota);
    auto *toolBar = new QToolBar(this);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_quota);
    bar->addWidget(toolBar);
    bar->addStretch(1);
    outer->addLayout(bar);

    auto *grid = new QGridLayout;
    auto *left = new QVBoxLayout;
    m_figures = new QTableWidget(0, 4, this);
    m_figures->setObjectName(QStringLiteral("indicatorFigures"));
    m_figures->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("Value"), tr("2020 baseline"), tr("2025 target")});
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setMinimumWidth(460);
    left->addWidget(m_figures, 1);
    m_completeness = new QLabel(this);
    m_completeness->setObjectName(QStringLiteral("indicatorCompleteness"));
    m_completeness->setWordWrap(true);
    left->addWidget(m_completeness);
    m_quotaText = new QLabel(this);
    m_quotaText->setObjectName(QStringLiteral("quotaText"));
    m_quotaText->setWordWrap(true);
    left->addWidget(m_quotaText);
    grid->addLayout(left, 0, 0, 2, 1);
    m_trend = makeChartView(this);
    m_breakdown = makeChartView(this);
    m_ranking = makeChartView(this);
    m_heatMap = new ReadingHeatMap(this);
    m_heatMap->setObjectName(QStringLiteral("readingHeatMap"));
    grid->addWidget(m_trend, 0, 1);
    grid->addWidget(m_breakdown, 0, 2);
    grid->addWidget(m_ranking, 1, 1);
    grid->addWidget(m_heatMap, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 3);
    outer->addLayout(grid, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        fillTargets();
        reload();
    });
    for (QComboBox *c : {m_target, m_period, m_trendLength})
        connect(c, &QComboBox::currentIndexChanged, this, &IndicatorsTab::reload);
    for (QSpinBox *s : {m_year, m_month})
        connect(s, &QSpinBox::valueChanged, this, &IndicatorsTab::reload);
    setFocusProxy(m_level);
}

void IndicatorsTab::activate()
{
    fillTargets();
    reload();
}

void IndicatorsTab::fillTargets()
{
    const QSignalBlocker block(m_target);
    const qint64 keep = m_target->currentData().toLongLong();
    m_target->clear();
    const auto level = IndicatorLevel(m_level->currentData().toInt());
    if (level == IndicatorLevel::Agency) {
        QList<DepartmentEntry> tree;
        runGuarded(this, tr("Indicators"), [&] { tree = m_org.departmentTree(false); });
        for (const DepartmentEntry &e : tree)
            if (e.department.kind != DepartmentKind::Division)
                m_target->addItem(e.path, e.department.id);
    } else if (level == IndicatorLevel::Building) {
        QList<BuildingInfo> buildings;
        runGuarded(this, tr("Indicators"), [&] { buildings = m_energy.buildings(); });
        for (const BuildingInfo &b : buildings)
            m_target->addItem(b.code + QStringLiteral("  ") + b.name, b.id);
    } else {
        m_target->addItem(tr("All buildings in scope"), 0);
    }
    m_target->setCurrentIndex(qMax(0, m_target->findData(keep)));
    m_quota->setVisible(m_energy.canEdit());
    m_quota->setEnabled(level == IndicatorLevel::Building && m_target->count() > 0);
}

void IndicatorsTab::setRequest(const IndicatorRequest &r)
{
    m_filling = true;
    m_level->setCurrentIndex(m_level->findData(int(r.level)));
    fillTargets();
    m_target->setCurrentIndex(qMax(0, m_target->findData(r.id)));
    m_period->setCurrentIndex(m_period->findData(int(r.period)));
    m_year->setValue(r.year);
    m_month->setValue(r.month);
    m_filling = false;
    reload();
}

IndicatorRequest IndicatorsTab::request() const
{
    IndicatorRequest r;
    r.level = IndicatorLevel(m_level->currentData().toInt());
    r.id = m_target->currentData().toLongLong();
    r.period = IndicatorPeriod(m_period->currentData().toInt());
    r.year = m_year->value();
    r.month = m_month->value();
    return r;
}

void IndicatorsTab::reload()
{
    if (m_filling || (request().level != IndicatorLevel::Region && m_target->count() == 0))
        return;
    m_month->setEnabled(request().period != IndicatorPeriod::Year);
    Indicators i;
    if (!runGuarded(this, tr("Indicators"), [&] { i = m_energy.indicators(request()); }))
        return;
    showIndicators(i);
    showBreakdown(i);
    showTrend();
    showRanking();
    showHeatMap();
}

void IndicatorsTab::showIndicators(const Indicators &i)
{
    struct Line
    {
        QString name, value, baseline, target;
    };
    QList<Line> lines = {
        {tr("Total energy (tce)"), number(i.tce(), 3), {}, {}},
        {tr("Total energy (kgce)"), number(i.kgce, 1), {}, {}},
        {tr("Energy per m² of floor area (kgce/m²)"), optional(i.kgcePerM2),
         number(i.baselinePerM2()), number(i.targetPerM2())},
        {tr("Energy per person (kgce/person)"), optional(i.kgcePerPerson),
         number(i.baselinePerPerson()), number(i.targetPerPerson())},
        {tr("Water per person (m³/person)"), optional(i.waterPerPerson),
         number(i.baselineWaterPerPerson()), number(i.targetWaterPerPerson())},
        {tr("Month on month"), percent(i.monthOnMonth), {}, {}},
        {tr("Year on year"), percent(i.yearOnYear), {}, {}},
        {tr("Cost (¥)"), number(double(i.cost) / 100.0), {}, {}},
    };
    for (const TypeTotal &t : i.byType)
        lines << Line {tr("%1 (%2)").arg(energyTypeDisplayName(t.type), t.unit),
                       formatQuantity(t.quantityMilli),
                       t.type == EnergyType::Water ? QString() : tr("%1 kgce").arg(number(t.kgce, 1)),
                       {}};
    m_figures->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList cells = {lines[r].name, lines[r].value, lines[r].baseline, lines[r].target};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(r, c, item);
        }
    }
    QString text = i.complete
                       ? tr("Complete: every meter of the %n building(s) has its readings for %1 – %2.",
                            nullptr, i.buildings)
                             .arg(i.from, i.to)
                       : tr("Incomplete: %n building(s) lack readings; the intensity is not given. "
                            "Missing months: %1.",
                            nullptr, i.incompleteBuildings)
                             .arg(i.missingMonths.join(QStringLiteral(", ")));
    if (i.awaitingConfirmation > 0)
        text += QLatin1Char(' ')
                + tr("%n flagged reading(s) await a confirmation.", nullptr, i.awaitingConfirmation);
    QStringList coefficients;
    for (const AppliedCoefficient &c : i.coefficients)
        coefficients << tr("%1 %2 kgce/%3 from %4")
                            .arg(energyTypeDisplayName(c.type), number(c.kgcePerUnit, 4), c.unit,
                                 c.validFrom.toString(Qt::ISODate));
    if (!coefficients.isEmpty())
        text += QStringLiteral("\n") + tr("Coefficients used: %1.").arg(coefficients.join(QStringLiteral("; ")));
    m_completeness->setText(text);

    const IndicatorRequest r = request();
    m_quotaText->clear();
    if (r.level == IndicatorLevel::Building) {
        QuotaForecast f;
        const int asOf = r.period == IndicatorPeriod::Year ? 12 : r.month;
        if (runGuarded(this, tr("Indicators"), [&] { f = m_energy.forecast(r.id, r.year, asOf); })) {
            if (!f.quotaKgce)
                m_quotaText->setText(tr("No quota is set for %1.").arg(r.year));
            else
                m_quotaText->setText(
                    tr("Quota %1 kgce; forecast for the year %2 kgce from %n month(s) (%3)%4.",
                       nullptr, f.monthsKnown)
                        .arg(number(double(*f.quotaKgce), 0), number(f.forecastKgce, 0),
                             f.seasonal ? tr("with last year's seasonal shape") : tr("pro rata"),
                             f.overQuota() ? tr(": over the quota") : QString()));
        }
    }
}

void IndicatorsTab::showBreakdown(const Indicators &i)
{
    QChart *chart = m_breakdown->chart();
    chart->removeAllSeries();
    chart->setTitle(tr("Energy by type (kgce)"));
    auto *series = new QPieSeries;
    for (const TypeTotal &t : i.byType)
        if (t.kgce > 0)
            series->append(tr("%1 %2 %").arg(energyTypeDisplayName(t.type),
                                              number(i.kgce > 0 ? t.kgce / i.kgce * 100 : 0, 1)),
                           t.kgce);
    chart->addSeries(series);
}

void IndicatorsTab::showTrend()
{
    const IndicatorRequest r = request();
    const int count = m_trendLength->currentData().toInt();
    const QString last = monthKey(r.year, r.period == IndicatorPeriod::Year ? 12 : r.month);
    QList<std::pair<QString, double>> points;
    if (!runGuarded(this, tr("Indicators"),
                    [&] { points = m_energy.monthlyKgce(r.level, r.id, last, count); }))
        return;
    QChart *chart = m_trend->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Trend: kgce per month, %n month(s)", nullptr, count));
    chart->legend()->hide();
    auto *series = new QLineSeries;
    double max = 0;
    for (const auto &[month, kgce] : points) {
        series->append(double(QDateTime(*monthStart(month), QTime(0, 0)).toMSecsSinceEpoch()), kgce);
        max = std::max(max, kgce);
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setTickCount(std::min<int>(5, std::max<int>(2, int(points.size()))));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, max > 0 ? max * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void IndicatorsTab::showRanking()
{
    QList<BuildingIndicator> all;
    if (!runGuarded(this, tr("Indicators"),
                    [&] { all = m_energy.buildingIndicators(m_year->value()); }))
        return;
    QList<BuildingIndicator> ranked;
    for (const BuildingIndicator &b : all)
        if (b.kgcePerM2)
            ranked << b;
    std::sort(ranked.begin(), ranked.end(), [](const BuildingIndicator &a, const BuildingIndicator &b) {
        return *a.kgcePerM2 > *b.kgcePerM2;
    });
    QStringList labels;
    QList<double> values;
    for (int k = 0; k < std::min<int>(8, int(ranked.size())); ++k) {
        labels << ranked[k].code;
        values << std::round(*ranked[k].kgcePerM2 * 100.0) / 100.0;
    }
    showBars(m_ranking, tr("Highest intensity %1 (kgce/m², complete years)").arg(m_year->value()),
             tr("kgce/m²"), labels, values);
    for (QAbstractAxis *axis : m_ranking->chart()->axes(Qt::Horizontal))
        axis->setLabelsAngle(-45);
}

void IndicatorsTab::showHeatMap()
{
    const IndicatorRequest r = request();
    const QString last = monthKey(r.year, r.period == IndicatorPeriod::Year ? 12 : r.month);
    const int count = 12;
    QList<StatusRow> rows;
    if (!runGuarded(this, tr("Indicators"), [&] { rows = m_energy.readingStatus(last, count); }))
        return;
    QStringList months;
    for (int k = count - 1; k >= 0; --k)
        months << addMonths(last, -k);
    m_heatMap->setRows(rows, months);
}

void IndicatorsTab::editQuota()
{
    const IndicatorRequest r = request();
    if (r.level != IndicatorLevel::Building || r.id <= 0)
        return;
    std::optional<Quota> current;
    if (!runGuarded(this, tr("Set quota"), [&] { current = m_energy.quota(r.id, r.year); }))
        return;
    QuotaDialog dialog(m_target->currentText(), r.year, current ? current->kgce : 0,
                       current ? current->note : QString(), this);
    dialog.setSaver([&] { m_energy.setQuota(r.id, dialog.year(), dialog.kgce(), dialog.note()); });
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace ga::energy
