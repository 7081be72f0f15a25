#pragma once

#include "widgets/common/Page.h"

#include <QHash>

class QChartView;
class QGridLayout;
class QLabel;

namespace ga {

class KpiCard;
class Services;

// The managers' overview: today's dispatch work, the fleet and its alerts, running costs this
// month and this year, and the organisation's size. Every figure comes from the module services
// on each activation; clicking a figure opens the page behind it. Offices, housing and energy
// figures join when those modules are built (said so on the page).
class DashboardPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardPage(Services &services, QWidget *parent = nullptr);

    void activate() override;
    // The value shown on a card, by key ("staff", "pendingRequests", …); for tests.
    QString cardValue(const QString &key) const;

signals:
    void navigateTo(const QString &pageKey);

private:
    KpiCard *addCard(QGridLayout *grid, const QString &key, const QString &caption,
                     const QString &target, int row, int column);
    void refreshOrganisation();
    void refreshVehicles();
    void refreshCosts();

    Services &m_services;
    QLabel *m_heading = nullptr;
    QHash<QString, KpiCard *> m_cards;
    QChartView *m_costChart = nullptr;
    QChartView *m_energyChart = nullptr;
};

} // namespace ga
