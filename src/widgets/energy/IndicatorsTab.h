#pragma once

#include "energy/EnergyIndicators.h"
#include "widgets/common/Page.h"

class QAction;
class QChartView;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace ga {
class OrgService;
}

namespace ga::energy {

class EnergyService;

// Buildings × months of readings: complete, flagged, missing, not read (no meters). One row per
// building, drawn as a strip so a region's thousand buildings fit.
class ReadingHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit ReadingHeatMap(QWidget *parent = nullptr);
    void setRows(const QList<StatusRow> &rows, const QStringList &months);
    const QList<StatusRow> &rows() const { return m_rows; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<StatusRow> m_rows;
    QStringList m_months;
};

// The indicators of a building, an agency or the region for a month, the year to date or a
// year, against the national baseline and target; the trend, the breakdown by type, the
// ranking of buildings by intensity, the heat map of missing and flagged readings; the quota
// and its forecast for a building.
class IndicatorsTab : public Page
{
    Q_OBJECT
public:
    IndicatorsTab(EnergyService &energy, OrgService &org, QWidget *parent = nullptr);

    void activate() override;
    void setRequest(const IndicatorRequest &request);
    QTableWidget *figures() const { return m_figures; }
    QLabel *completeness() const { return m_completeness; }
    ReadingHeatMap *heatMap() const { return m_heatMap; }

private:
    void fillTargets();
    void reload();
    IndicatorRequest request() const;
    void showIndicators(const Indicators &i);
    void showTrend();
    void showBreakdown(const Indicators &i);
    void showRanking();
    void showHeatMap();
    void editQuota();

    EnergyService &m_energy;
    OrgService &m_org;
    QComboBox *m_level = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_period = nullptr;
    QSpinBox *m_year = nullptr;
    QSpinBox *m_month = nullptr;
    QComboBox *m_trendLength = nullptr;
    QAction *m_quota = nullptr;
    QTableWidget *m_figures = nullptr;
    QLabel *m_completeness = nullptr;
    QLabel *m_quotaText = nullptr;
    QChartView *m_trend = nullptr;
    QChartView *m_breakdown = nullptr;
    QChartView *m_ranking = nullptr;
    ReadingHeatMap *m_heatMap = nullptr;
    bool m_filling = false;
};

} // namespace ga::energy
