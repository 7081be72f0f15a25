#include "widgets/vehicles/TripDialogs.h"

#include "core/Period.h"

#include "ui_DepartDialog.h"
#include "ui_ReturnDialog.h"
#include "ui_TripRequestDialog.h"

namespace ga {

using namespace vehicles;

namespace {

void connectButtons(QDialog *dialog, QDialogButtonBox *buttons)
{
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
}

} // namespace

TripRequestDialog::TripRequestDialog(const QList<DepartmentRef> &departments, qint64 departmentId,
                                     const QDateTime &start, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TripRequestDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connectButtons(this, m_ui->buttonBox);
    for (const auto &d : departments)
        m_ui->department->addItem(d.name, d.id);
    const int index = m_ui->department->findData(departmentId);
    if (index >= 0)
        m_ui->department->setCurrentIndex(index);
    m_ui->start->setDateTime(start);
    m_ui->end->setDateTime(start.addSecs(2 * 3600));
    connect(m_ui->start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &s) {
        if (m_ui->end->dateTime() <= s)
            m_ui->end->setDateTime(s.addSecs(2 * 3600));
    });
}

TripRequestDialog::~TripRequestDialog() = default;

TripRequest TripRequestDialog::request() const
{
    TripRequest r;
    r.departmentId = m_ui->department->currentData().toLongLong();
    r.liaison = m_ui->liaison->text();
    r.liaisonPhone = m_ui->phone->text();
    r.purpose = m_ui->purpose->text();
    r.destination = m_ui->destination->text();
    r.outOfRegion = m_ui->outOfRegion->isChecked();
    r.emergency = m_ui->emergency->isChecked();
    r.passengers = m_ui->passengers->value();
    r.planned = {toUtcSecs(m_ui->start->dateTime()), toUtcSecs(m_ui->end->dateTime())};
    return r;
}

void TripRequestDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

DepartDialog::DepartDialog(const Trip &trip, int vehicleOdometer, const QDateTime &now,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DepartDialog>())
{
    m_ui->setupUi(this);
    connectButtons(this, m_ui->buttonBox);
    setWindowTitle(tr("Departure — %1").arg(trip.requestNo));
    m_ui->summary->setText(tr("%1, driver %2").arg(trip.plate, trip.driverName));
    m_ui->odometer->setValue(vehicleOdometer);
    m_ui->departedAt->setDateTime(now);
}

DepartDialog::~DepartDialog() = default;

int DepartDialog::odometerOut() const
{
    return m_ui->odometer->value();
}

qint64 DepartDialog::at() const
{
    return toUtcSecs(m_ui->departedAt->dateTime());
}

ReturnDialog::ReturnDialog(const Trip &trip, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReturnDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    connectButtons(this, m_ui->buttonBox);
    setWindowTitle(tr("Return — %1").arg(trip.requestNo));
    m_ui->summary->setText(tr("%1, driver %2, out at %3 km")
                               .arg(trip.plate, trip.driverName)
                               .arg(trip.odometerOut.value_or(0)));
    m_ui->odometer->setValue(trip.odometerOut.value_or(0));
    m_ui->returnedAt->setDateTime(now);
}

ReturnDialog::~ReturnDialog() = default;

int ReturnDialog::odometerIn() const
{
    return m_ui->odometer->value();
}

qint64 ReturnDialog::at() const
{
    return toUtcSecs(m_ui->returnedAt->dateTime());
}

Money ReturnDialog::fuelCost() const
{
    return Money::parse(m_ui->fuel->text()).value_or(Money());
}

Money ReturnDialog::tolls() const
{
    return Money::parse(m_ui->tolls->text()).value_or(Money());
}

Money ReturnDialog::parking() const
{
    return Money::parse(m_ui->parking->text()).value_or(Money());
}

void ReturnDialog::accept()
{
    for (QLineEdit *edit : {m_ui->fuel, m_ui->tolls, m_ui->parking}) {
        if (!Money::parse(edit->text()).has_value()) {
            m_ui->errorLabel->setText(tr("\"%1\" is not an amount of money.").arg(edit->text()));
            m_ui->errorLabel->show();
            edit->setFocus();
            return;
        }
    }
    QDialog::accept();
}

} // namespace ga
