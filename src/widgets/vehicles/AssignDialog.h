#pragma once

#include "vehicles/DispatchTypes.h"
#include "vehicles/Trip.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace ga {

namespace Ui {
class AssignDialog;
}

namespace vehicles {
class DispatchService;
}

// Assigns a vehicle and a driver to a trip, by keyboard alone: the FREE vehicles for the trip's
// window are offered first (then those with soft problems, the problem shown; hard-blocked ones
// are not offered), the first one chosen; arrows choose, Tab moves to the drivers, Enter assigns.
// A refusal is shown in the dialog; a user allowed to override soft rules gets a reason field.
// "Assign and print" (派车并打印) assigns and asks for the dispatch order at once. A manager
// opening a request that is not approved yet approves and assigns it in one step (recorded as
// an approval and an assignment). The layout is the form ui/vehicles/AssignDialog.ui.
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    AssignDialog(vehicles::DispatchService &service, const vehicles::Trip &trip,
                 QWidget *parent = nullptr);
    ~AssignDialog() override;

    qint64 vehicleId() const;
    qint64 driverId() const;
    int vehicleCount() const;
    int driverCount() const;

    // Whether the trip is approved by this dialog too (a manager's one step).
    bool approvesToo() const { return m_approve; }
    // Whether "assign and print" closed the dialog.
    bool printRequested() const { return m_print; }
    // Assigns and, when accepted, asks for the dispatch order (the second button).
    void assignAndPrint();

    void accept() override;

private:
    void loadVehicles();
    void loadDrivers();
    void updateCheck();

    vehicles::DispatchService &m_service;
    vehicles::Trip m_trip;
    QList<vehicles::VehicleCandidate> m_vehicles;
    QList<vehicles::DriverCandidate> m_drivers;
    bool m_approve = false;
    bool m_print = false;
    std::unique_ptr<Ui::AssignDialog> m_ui;
};

} // namespace ga
