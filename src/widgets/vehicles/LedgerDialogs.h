#pragma once

#include "vehicles/VehicleRecords.h"

class QWidget;

namespace ga {

namespace vehicles {
class DriverService;
class VehicleService;
} // namespace vehicles

// The ledger's edit dialogs. Each opens modal over `parent`, saves through the service when
// the user presses Save (errors shown, the dialog stays open) and returns the record's id, or
// 0 when cancelled. With `canEdit` false the record is shown read-only. A record with id 0
// is added.
qint64 editVehicle(QWidget *parent, vehicles::VehicleService &service,
                   const vehicles::Vehicle &vehicle, bool canEdit);
qint64 editDriver(QWidget *parent, vehicles::DriverService &drivers,
                  vehicles::VehicleService &vehicles, const vehicles::Driver &driver, bool canEdit);
qint64 editMaintenance(QWidget *parent, vehicles::VehicleService &service,
                       const vehicles::MaintenanceRecord &record, bool canEdit);
qint64 editInspection(QWidget *parent, vehicles::VehicleService &service,
                      const vehicles::InspectionRecord &record, bool canEdit);
qint64 editInsurance(QWidget *parent, vehicles::VehicleService &service,
                     const vehicles::InsurancePolicy &record, bool canEdit);
qint64 editViolation(QWidget *parent, vehicles::VehicleService &service,
                     vehicles::DriverService &drivers, const vehicles::Violation &record,
                     bool canEdit);
qint64 editAccident(QWidget *parent, vehicles::VehicleService &service,
                    vehicles::DriverService &drivers, const vehicles::Accident &record,
                    bool canEdit);
qint64 editFuel(QWidget *parent, vehicles::VehicleService &service,
                const vehicles::FuelTransaction &record, bool canEdit);
qint64 editAssignment(QWidget *parent, vehicles::VehicleService &service,
                      const vehicles::LongTermAssignment &record, bool canEdit);

} // namespace ga
