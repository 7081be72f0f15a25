#include "widgets/vehicles/AssignDialog.h"

#include "core/Error.h"
#include "core/Period.h"
#include "vehicles/DispatchService.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ga {

using namespace vehicles;

AssignDialog::AssignDialog(DispatchService &service, const Trip &trip, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_trip(trip)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign vehicle and driver — %1").arg(trip.requestNo));
    resize(760, 520);

    auto *layout = new QVBoxLayout(this);
    QString summary = tr("<b>%1</b> %2 → %3<br/>%4 – %5, %n passenger(s)", nullptr, trip.passengers)
                          .arg(trip.requestNo.toHtmlEscaped(), trip.departmentName.toHtmlEscaped(),
                               trip.destination.toHtmlEscaped(), formatInstant(trip.planned.start),
                               formatInstant(trip.planned.end));
    if (trip.emergency)
        summary += QStringLiteral("<br/><span style=\"color:#c00\">%1</span>")
                       .arg(tr("Emergency trip: it may be dispatched before approval."));
    auto *header = new QLabel(summary, this);
    header->setWordWrap(true);
    layout->addWidget(header);

    auto *grid = new QGridLayout;
    auto *vehicleLabel = new QLabel(tr("&Vehicles (free first)"), this);
    auto *driverLabel = new QLabel(tr("&Drivers"), this);
    m_vehicleList = new QListWidget(this);
    m_vehicleList->setObjectName(QStringLiteral("vehicleList"));
    m_driverList = new QListWidget(this);
    m_driverList->setObjectName(QStringLiteral("driverList"));
    vehicleLabel->setBuddy(m_vehicleList);
    driverLabel->setBuddy(m_driverList);
    grid->addWidget(vehicleLabel, 0, 0);
    grid->addWidget(driverLabel, 0, 1);
    grid->addWidget(m_vehicleList, 1, 0);
    grid->addWidget(m_driverList, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid, 1);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problems);

    auto *reasonRow = new QHBoxLayout;
    m_reasonLabel = new QLabel(tr("Override &reason:"), this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Why the rule above may be set aside for this trip"));
    m_reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Assign"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignDialog::reject);

    connect(m_vehicleList, &QListWidget::currentRowChanged, this, [this](int) {
        loadDrivers();
        updateCheck();
    });
    connect(m_driverList, &QListWidget::currentRowChanged, this, [this](int) { updateCheck(); });

    loadVehicles();
    m_vehicleList->setFocus();
}

void AssignDialog::loadVehicles()
{
    m_vehicles = m_service.freeVehicles(m_trip.planned, m_trip.passengers, m_trip.id);
    QSignalBlocker block(m_vehicleList);
    m_vehicleList->clear();
    int preferred = -1;
    for (int i = 0; i < m_vehicles.size(); ++i) {
        const VehicleCandidate &v = m_vehicles.at(i);
        QString text = QStringLiteral("%1   %2 %3 · %4 · %5")
                           .arg(v.plate, v.brand, v.model, displayName(v.category),
                                tr("%n seat(s)", nullptr, v.seats));
        auto *item = new QListWidgetItem(m_vehicleList);
        if (!v.problems.isEmpty()) {
            QStringList lines;
            for (const auto &p : v.problems)
                lines << p.message;
            text += QStringLiteral("\n   ⚠ ") + lines.join(QStringLiteral("; "));
            item->setForeground(QColor(0xa0, 0x50, 0x00));
            item->setToolTip(lines.join(QLatin1Char('\n')));
        }
        item->setText(text);
        item->setData(Qt::UserRole, v.id);
        if (v.id == m_trip.vehicleId)
            preferred = i;
    }
    if (m_vehicles.isEmpty()) {
        m_problems->setText(tr("No vehicle is free for this time."));
        return;
    }
    block.unblock();
    m_vehicleList->setCurrentRow(preferred >= 0 ? preferred : 0);
}

void AssignDialog::loadDrivers()
{
    const qint64 vehicle = vehicleId();
    const qint64 previous = driverId();
    m_drivers = m_service.freeDrivers(m_trip.planned, vehicle, m_trip.id);
    QSignalBlocker block(m_driverList);
    m_driverList->clear();
    int preferred = 0;
    for (int i = 0; i < m_drivers.size(); ++i) {
        const DriverCandidate &d = m_drivers.at(i);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1   %2 · %3").arg(d.name, d.licenceClass, d.phone), m_driverList);
        item->setData(Qt::UserRole, d.id);
        if (d.id == previous || (previous == 0 && d.id == m_trip.driverId))
            preferred = i;
    }
    block.unblock();
    if (!m_drivers.isEmpty())
        m_driverList->setCurrentRow(preferred);
}

qint64 AssignDialog::vehicleId() const
{
    const int row = m_vehicleList->currentRow();
    return row >= 0 && row < m_vehicles.size() ? m_vehicles.at(row).id : 0;
}

qint64 AssignDialog::driverId() const
{
    const int row = m_driverList->currentRow();
    return row >= 0 && row < m_drivers.size() ? m_drivers.at(row).id : 0;
}

int AssignDialog::vehicleCount() const
{
    return int(m_vehicles.size());
}

int AssignDialog::driverCount() const
{
    return int(m_drivers.size());
}

void AssignDialog::updateCheck()
{
    const qint64 v = vehicleId();
    const qint64 d = driverId();
    bool soft = false;
    if (v > 0 && d > 0) {
        try {
            const AssignmentCheck c = m_service.check(m_trip.planned, m_trip.passengers, v, d,
                                                      m_trip.id);
            soft = c.hasSoft();
            if (c.ok()) {
                m_problems->setStyleSheet(QStringLiteral("color: #1b6e2b;"));
                m_problems->setText(tr("Free: no rule stands in the way."));
            } else {
                m_problems->setStyleSheet(QStringLiteral("color: #a05000;"));
                QString text = c.messages().join(QLatin1Char('\n'));
                if (c.hasSoft() && !c.hasHard())
                    text += QLatin1Char('\n')
                            + (m_service.canOverride()
                                   ? tr("You may override this with a recorded reason.")
                                   : tr("Only a manager may override this."));
                m_problems->setText(text);
            }
        } catch (const Error &e) {
            m_problems->setText(e.message());
        }
    } else if (d == 0 && v > 0) {
        m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_problems->setText(tr("No driver is free for this time and vehicle."));
    }
    const bool showReason = soft && m_service.canOverride();
    m_reasonLabel->setVisible(showReason);
    m_reason->setVisible(showReason);
}

void AssignDialog::accept()
{
    const qint64 v = vehicleId();
    const qint64 d = driverId();
    if (v == 0 || d == 0) {
        m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_problems->setText(tr("Choose a vehicle and a driver."));
        return;
    }
    try {
        m_service.assign(m_trip.id, v, d, m_reason->text());
    } catch (const Error &e) {
        m_problems->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_problems->setText(e.message());
        if (!m_reason->isHidden())
            m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ga
