#pragma once

#include "vehicles/AlertService.h"
#include "widgets/common/Page.h"

#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace ga {

// Vehicles → "alerts": inspections, insurance and driving licences lapsed or expiring, vehicles
// due for renewal or service; coloured by severity, filtered by kind. Enter or a double-click
// on a vehicle's alert opens its file through `openVehicle`.
class AlertsTab : public Page
{
    Q_OBJECT
public:
    AlertsTab(vehicles::AlertService &alerts, std::function<void(qint64)> openVehicle,
              QWidget *parent = nullptr);

    void activate() override;
    QTableWidget *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }

private:
    void reload();

    vehicles::AlertService &m_alerts;
    std::function<void(qint64)> m_openVehicle;
    QList<vehicles::VehicleAlert> m_rows;
    QComboBox *m_kind = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ga
