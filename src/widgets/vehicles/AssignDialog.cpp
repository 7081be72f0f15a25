#include "widgets/vehicles/AssignDialog.h"

#include "core/Error.h"
#include "core/Period.h"
#include "vehicles/DispatchService.h"

#include "ui_AssignDialog.h"

#include <QPushButton>
#include <QShortcut>

namespace ga {

using namespace vehicles;

AssignDialog::AssignDialog(DispatchService &service, const Trip &trip, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_trip(trip)
    , m_ui(std::make_unique<Ui::AssignDialog>())
{
    m_ui->setupUi(this);
    m_approve = service.canApproveAndAssign(trip);
    setWindowTitle(m_approve ? tr("Approve and assign — %1").arg(trip.requestNo)
                             : tr("Assign vehicle and driver — %1").arg(trip.requestNo));

    QString summary = tr("<b>%1</b> %2 → %3<br/>%4 – %5, %n passenger(s)", nullptr, trip.passengers)
                          .arg(trip.requestNo.toHtmlEscaped(), trip.departmentName.toHtmlEscaped(),
                               trip.destination.toHtmlEscaped(), formatInstant(trip.planned.start),
                               formatInstant(trip.planned.end));
    if (m_approve)
        summary += QStringLiteral("<br/><span style=\"color:#1b4f9c\">%1</span>")
                       .arg(tr("Not approved yet: assigning approves the request too (both are "
                               "recorded)."));
    if (trip.emergency)
        summary += QStringLiteral("<br/><span style=\"color:#c00\">%1</span>")
                       .arg(tr("Emergency trip: it may be dispatched before approval."));
    m_ui->header->setText(summary);

    QPushButton *assign = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    assign->setObjectName(QStringLiteral("assignButton"));
    assign->setText(m_approve ? tr("Approve and &assign") : tr("&Assign"));
    assign->setDefault(true);
    QPushButton *assignPrint = m_ui->buttonBox->addButton(
        m_approve ? tr("Approve, assign and &print") : tr("Assign and &print"),
        QDialogButtonBox::ActionRole);
    assignPrint->setObjectName(QStringLiteral("assignAndPrintButton"));
    assignPrint->setToolTip(tr("Assign, then print the dispatch order (Ctrl+P)"));
    connect(assignPrint, &QPushButton::clicked, this, &AssignDialog::assignAndPrint);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &AssignDialog::assignAndPrint);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AssignDialog::reject);

    connect(m_ui->vehicleList, &QListWidget::currentRowChanged, this, [this](int) {
        loadDrivers();
        updateCheck();
    });
    connect(m_ui->driverList, &QListWidget::currentRowChanged, this,
            [this](int) { updateCheck(); });

    loadVehicles();
    m_ui->vehicleList->setFocus();
}

AssignDialog::~AssignDialog() = default;

void AssignDialog::loadVehicles()
{
    m_vehicles = m_service.freeVehicles(m_trip.planned, m_trip.passengers, m_trip.id);
    QSignalBlocker block(m_ui->vehicleList);
    m_ui->vehicleList->clear();
    int preferred = -1;
    for (int i = 0; i < m_vehicles.size(); ++i) {
        const VehicleCandidate &v = m_vehicles.at(i);
        QString text = QStringLiteral("%1   %2 %3 · %4 · %5")
                           .arg(v.plate, v.brand, v.model, displayName(v.category),
                                tr("%n seat(s)", nullptr, v.seats));
        auto *item = new QListWidgetItem(m_ui->vehicleList);
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
        m_ui->problemsLabel->setText(tr("No vehicle is free for this time."));
        return;
    }
    block.unblock();
    m_ui->vehicleList->setCurrentRow(preferred >= 0 ? preferred : 0);
}

void AssignDialog::loadDrivers()
{
    const qint64 vehicle = vehicleId();
    const qint64 previous = driverId();
    m_drivers = m_service.freeDrivers(m_trip.planned, vehicle, m_trip.id);
    QSignalBlocker block(m_ui->driverList);
    m_ui->driverList->clear();
    int preferred = 0;
    for (int i = 0; i < m_drivers.size(); ++i) {
        const DriverCandidate &d = m_drivers.at(i);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1   %2 · %3").arg(d.name, d.licenceClass, d.phone), m_ui->driverList);
        item->setData(Qt::UserRole, d.id);
        if (d.id == previous || (previous == 0 && d.id == m_trip.driverId))
            preferred = i;
    }
    block.unblock();
    if (!m_drivers.isEmpty())
        m_ui->driverList->setCurrentRow(preferred);
}

qint64 AssignDialog::vehicleId() const
{
    const int row = m_ui->vehicleList->currentRow();
    return row >= 0 && row < m_vehicles.size() ? m_vehicles.at(row).id : 0;
}

qint64 AssignDialog::driverId() const
{
    const int row = m_ui->driverList->currentRow();
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
                m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #1b6e2b;"));
                m_ui->problemsLabel->setText(tr("Free: no rule stands in the way."));
            } else {
                m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #a05000;"));
                QString text = c.messages().join(QLatin1Char('\n'));
                if (c.hasSoft() && !c.hasHard())
                    text += QLatin1Char('\n')
                            + (m_service.canOverride()
                                   ? tr("You may override this with a recorded reason.")
                                   : tr("Only a manager may override this."));
                m_ui->problemsLabel->setText(text);
            }
        } catch (const Error &e) {
            m_ui->problemsLabel->setText(e.message());
        }
    } else if (d == 0 && v > 0) {
        m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_ui->problemsLabel->setText(tr("No driver is free for this time and vehicle."));
    }
    const bool showReason = soft && m_service.canOverride();
    m_ui->reasonLabel->setVisible(showReason);
    m_ui->overrideReason->setVisible(showReason);
}

void AssignDialog::accept()
{
    const qint64 v = vehicleId();
    const qint64 d = driverId();
    if (v == 0 || d == 0) {
        m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_ui->problemsLabel->setText(tr("Choose a vehicle and a driver."));
        return;
    }
    try {
        if (m_approve)
            m_service.approveAndAssign(m_trip.id, v, d, m_ui->overrideReason->text());
        else
            m_service.assign(m_trip.id, v, d, m_ui->overrideReason->text());
    } catch (const Error &e) {
        m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #a00000;"));
        m_ui->problemsLabel->setText(e.message());
        if (!m_ui->overrideReason->isHidden())
            m_ui->overrideReason->setFocus();
        return;
    }
    QDialog::accept();
}

void AssignDialog::assignAndPrint()
{
    m_print = true;
    accept();
    if (result() != QDialog::Accepted)
        m_print = false;
}

} // namespace ga
