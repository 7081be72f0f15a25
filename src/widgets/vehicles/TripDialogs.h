#pragma once

#include "core/Money.h"
#include "vehicles/Trip.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

class QStringListModel;

namespace ga {

namespace vehicles {
class DispatchService;
}

namespace Ui {
class DepartDialog;
class ReturnDialog;
class TripRequestDialog;
} // namespace Ui

// The layouts of these dialogs are the forms ui/vehicles/TripRequestDialog.ui, DepartDialog.ui
// and ReturnDialog.ui.

// A new vehicle request (用车申请), made for a clerk on the phone: the department is found by
// typing part of its name; its registered liaisons are offered (↑/↓ choose, the phone fills
// in); purpose and destination complete from the department's earlier requests; the times
// take "14:30", "+2h" (the end: after the start) or a date and time. Then trip type,
// passengers.
class TripRequestDialog : public QDialog
{
    Q_OBJECT
public:
    // `start`: the proposed start (its day is the day "14:30" means); `now`: what "+2h" in the
    // start field counts from.
    TripRequestDialog(vehicles::DispatchService &service, qint64 departmentId,
                      const QDateTime &start, const QDateTime &now, QWidget *parent = nullptr);
    ~TripRequestDialog() override;

    vehicles::TripRequest request() const;
    qint64 departmentId() const;
    void showError(const QString &message);
    void accept() override;

private:
    void resolveDepartment();
    void departmentChosen();
    void liaisonChosen(int index);
    void updateTimes();
    std::optional<QDateTime> startTime() const;
    std::optional<QDateTime> endTime() const;

    vehicles::DispatchService &m_service;
    QList<vehicles::DepartmentRef> m_departments;
    QList<vehicles::Liaison> m_liaisons;
    QDate m_day;
    QDateTime m_now;
    qint64 m_loadedDepartment = -1;
    QStringListModel *m_purposes = nullptr;
    QStringListModel *m_destinations = nullptr;
    std::unique_ptr<Ui::TripRequestDialog> m_ui;
};

// Departure: odometer out and time.
class DepartDialog : public QDialog
{
    Q_OBJECT
public:
    DepartDialog(const vehicles::Trip &trip, int vehicleOdometer, const QDateTime &now,
                 QWidget *parent = nullptr);
    ~DepartDialog() override;
    int odometerOut() const;
    qint64 at() const;

private:
    std::unique_ptr<Ui::DepartDialog> m_ui;
};

// Return: odometer in, time, fuel, tolls, parking.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(const vehicles::Trip &trip, const QDateTime &now, QWidget *parent = nullptr);
    ~ReturnDialog() override;
    int odometerIn() const;
    qint64 at() const;
    Money fuelCost() const;
    Money tolls() const;
    Money parking() const;

    void accept() override;

private:
    std::unique_ptr<Ui::ReturnDialog> m_ui;
};

} // namespace ga
