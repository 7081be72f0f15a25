#pragma once

#include "vehicles/AlertRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ga {
class Clock;
class Database;
class Session;
class SettingsService;
} // namespace ga

namespace ga::vehicles {

enum class AlertKind { Inspection, Insurance, Licence, Renewal, Service };
enum class AlertSeverity { Lapsed, Expiring, Notice };

QString displayName(AlertKind kind);
QString displayName(AlertSeverity severity);
QList<AlertKind> allAlertKinds();

// One thing in the vehicle ledger that needs attention.
struct VehicleAlert
{
    AlertKind kind = AlertKind::Inspection;
    AlertSeverity severity = AlertSeverity::Expiring;
    qint64 vehicleId = 0;      // 0 for a driver's alert
    qint64 driverId = 0;       // 0 for a vehicle's alert
    QString subject;           // the plate or the driver's name
    QDate dueDate;             // invalid for a distance-only alert
    int daysLeft = 0;          // negative: overdue by that many days
    QString message;           // translated
};

// The alerts of the vehicle module, computed from the ledger and the settings (thresholds of
// SettingsService, read on each call):
//  - annual inspection / insurance: the latest expiry per vehicle is before today (Lapsed) or
//    within `vehicle.alert_days` (Expiring; an expiry today still counts as valid today).
//    Vehicles with no inspection (insurance) record at all are not listed;
//  - driving licence: the same rule on each driver's licence expiry;
//  - renewal (Notice): age since purchase >= `vehicle.renewal_years`, or odometer >=
//    `vehicle.renewal_km`;
//  - service: `vehicle.service_interval_days` since the last 'service' record (or the purchase
//    date when never serviced) is past (Lapsed) or within the alert days (Expiring); or the
//    distance since the odometer at the last service has reached `vehicle.service_interval_km`
//    (Lapsed) or 90 % of it (Expiring).
// Retired vehicles and drivers are left out. Readable by every user.
class AlertService
{
    Q_DECLARE_TR_FUNCTIONS(AlertService)
public:
    // Alerts are the user's agency scope's (its own vehicles and drivers), the whole region's
    // for the bureau.
    AlertService(Database &db, const Session &session, const SettingsService &settings,
                 const Clock &clock);

    // Lapsed first, then by days left; `kind` narrows to one kind.
    QList<VehicleAlert> alerts(std::optional<AlertKind> kind = std::nullopt) const;

private:
    void addExpiries(QList<VehicleAlert> &out, AlertKind kind, int alertDays) const;
    void addRenewals(QList<VehicleAlert> &out) const;
    void addServices(QList<VehicleAlert> &out, int alertDays) const;

    qint64 scopeRoot() const;

    const Session &m_session;
    const SettingsService &m_settings;
    const Clock &m_clock;
    AlertRepository m_repo;
};

} // namespace ga::vehicles
