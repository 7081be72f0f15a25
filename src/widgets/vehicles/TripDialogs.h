#pragma once

#include "core/Money.h"
#include "vehicles/Trip.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ga {

// A new vehicle request (用车申请): department, liaison and phone, purpose, destination, trip
// type, passengers, planned window.
class TripRequestDialog : public QDialog
{
    Q_OBJECT
public:
    TripRequestDialog(const QList<vehicles::DepartmentRef> &departments, qint64 departmentId,
                      const QDateTime &start, QWidget *parent = nullptr);

    vehicles::TripRequest request() const;
    void showError(const QString &message);

private:
    QComboBox *m_department = nullptr;
    QLineEdit *m_liaison = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLineEdit *m_destination = nullptr;
    QCheckBox *m_outOfRegion = nullptr;
    QCheckBox *m_emergency = nullptr;
    QSpinBox *m_passengers = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLabel *m_error = nullptr;
};

// Departure: odometer out and time.
class DepartDialog : public QDialog
{
    Q_OBJECT
public:
    DepartDialog(const vehicles::Trip &trip, int vehicleOdometer, const QDateTime &now,
                 QWidget *parent = nullptr);
    int odometerOut() const;
    qint64 at() const;

private:
    QSpinBox *m_odometer = nullptr;
    QDateTimeEdit *m_at = nullptr;
};

// Return: odometer in, time, fuel, tolls, parking.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(const vehicles::Trip &trip, const QDateTime &now, QWidget *parent = nullptr);
    int odometerIn() const;
    qint64 at() const;
    Money fuelCost() const;
    Money tolls() const;
    Money parking() const;

    void accept() override;

private:
    QSpinBox *m_odometer = nullptr;
    QDateTimeEdit *m_at = nullptr;
    QLineEdit *m_fuel = nullptr;
    QLineEdit *m_tolls = nullptr;
    QLineEdit *m_parking = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace ga
