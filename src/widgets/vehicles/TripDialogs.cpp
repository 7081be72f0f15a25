#include "widgets/vehicles/TripDialogs.h"

#include "core/Period.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

namespace {

QDialogButtonBox *addButtons(QDialog *dialog, QLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDateTimeEdit *dateTimeEdit(const QDateTime &value, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(value, parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    return edit;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #a00000;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

TripRequestDialog::TripRequestDialog(const QList<DepartmentRef> &departments, qint64 departmentId,
                                     const QDateTime &start, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tripRequestDialog"));
    setWindowTitle(tr("New vehicle request"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_department = new QComboBox(this);
    for (const auto &d : departments)
        m_department->addItem(d.name, d.id);
    const int index = m_department->findData(departmentId);
    if (index >= 0)
        m_department->setCurrentIndex(index);
    m_liaison = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_purpose = new QLineEdit(this);
    m_destination = new QLineEdit(this);
    m_outOfRegion = new QCheckBox(tr("Out of the region (needs a manager's approval)"), this);
    m_emergency = new QCheckBox(tr("Emergency (may be dispatched before approval)"), this);
    m_passengers = new QSpinBox(this);
    m_passengers->setRange(1, 99);
    m_start = dateTimeEdit(start, this);
    m_end = dateTimeEdit(start.addSecs(2 * 3600), this);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Liaison:"), m_liaison);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("P&urpose:"), m_purpose);
    form->addRow(tr("D&estination:"), m_destination);
    form->addRow(QString(), m_outOfRegion);
    form->addRow(QString(), m_emergency);
    form->addRow(tr("P&assengers:"), m_passengers);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("E&nd:"), m_end);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    addButtons(this, layout);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &s) {
        if (m_end->dateTime() <= s)
            m_end->setDateTime(s.addSecs(2 * 3600));
    });
}

TripRequest TripRequestDialog::request() const
{
    TripRequest r;
    r.departmentId = m_department->currentData().toLongLong();
    r.liaison = m_liaison->text();
    r.liaisonPhone = m_phone->text();
    r.purpose = m_purpose->text();
    r.destination = m_destination->text();
    r.outOfRegion = m_outOfRegion->isChecked();
    r.emergency = m_emergency->isChecked();
    r.passengers = m_passengers->value();
    r.planned = {toUtcSecs(m_start->dateTime()), toUtcSecs(m_end->dateTime())};
    return r;
}

void TripRequestDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

DepartDialog::DepartDialog(const Trip &trip, int vehicleOdometer, const QDateTime &now,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("departDialog"));
    setWindowTitle(tr("Departure — %1").arg(trip.requestNo));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1, driver %2").arg(trip.plate, trip.driverName), this));
    auto *form = new QFormLayout;
    m_odometer = new QSpinBox(this);
    m_odometer->setRange(0, 9'999'999);
    m_odometer->setSuffix(tr(" km"));
    m_odometer->setValue(vehicleOdometer);
    m_at = dateTimeEdit(now, this);
    form->addRow(tr("&Odometer out:"), m_odometer);
    form->addRow(tr("&Departed at:"), m_at);
    layout->addLayout(form);
    addButtons(this, layout);
}

int DepartDialog::odometerOut() const
{
    return m_odometer->value();
}

qint64 DepartDialog::at() const
{
    return toUtcSecs(m_at->dateTime());
}

ReturnDialog::ReturnDialog(const Trip &trip, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return — %1").arg(trip.requestNo));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1, driver %2, out at %3 km")
                                     .arg(trip.plate, trip.driverName)
                                     .arg(trip.odometerOut.value_or(0)),
                                 this));
    auto *form = new QFormLayout;
    m_odometer = new QSpinBox(this);
    m_odometer->setRange(0, 9'999'999);
    m_odometer->setSuffix(tr(" km"));
    m_odometer->setValue(trip.odometerOut.value_or(0));
    m_at = dateTimeEdit(now, this);
    m_fuel = new QLineEdit(QStringLiteral("0"), this);
    m_tolls = new QLineEdit(QStringLiteral("0"), this);
    m_parking = new QLineEdit(QStringLiteral("0"), this);
    form->addRow(tr("&Odometer in:"), m_odometer);
    form->addRow(tr("&Returned at:"), m_at);
    form->addRow(tr("&Fuel (¥):"), m_fuel);
    form->addRow(tr("&Tolls (¥):"), m_tolls);
    form->addRow(tr("&Parking (¥):"), m_parking);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    addButtons(this, layout);
}

int ReturnDialog::odometerIn() const
{
    return m_odometer->value();
}

qint64 ReturnDialog::at() const
{
    return toUtcSecs(m_at->dateTime());
}

Money ReturnDialog::fuelCost() const
{
    return Money::parse(m_fuel->text()).value_or(Money());
}

Money ReturnDialog::tolls() const
{
    return Money::parse(m_tolls->text()).value_or(Money());
}

Money ReturnDialog::parking() const
{
    return Money::parse(m_parking->text()).value_or(Money());
}

void ReturnDialog::accept()
{
    for (QLineEdit *edit : {m_fuel, m_tolls, m_parking}) {
        if (!Money::parse(edit->text()).has_value()) {
            m_error->setText(tr("\"%1\" is not an amount of money.").arg(edit->text()));
            m_error->show();
            edit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace ga
