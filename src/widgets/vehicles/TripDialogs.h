#pragma once

#include "core/Money.h"
#include "vehicles/Trip.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace ga {

namespace Ui {
class DepartDialog;
class ReturnDialog;
class TripRequestDialog;
} // namespace Ui

// The layouts of these dialogs are the forms ui/vehicles/TripRequestDialog.ui, DepartDialog.ui
// and ReturnDialog.ui.

// A new vehicle request (用车申请): department, liaison and phone, purpose, destination, trip
// type, passengers, planned window.
class TripRequestDialog : public QDialog
{
    Q_OBJECT
public:
    TripRequestDialog(const QList<vehicles::DepartmentRef> &departments, qint64 departmentId,
                      const QDateTime &start, QWidget *parent = nullptr);
    ~TripRequestDialog() override;

    vehicles::TripRequest request() const;
    void showError(const QString &message);

private:
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
