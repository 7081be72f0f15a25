#include "vehicles/AlertService.h"

#include "core/Session.h"
#include "core/Clock.h"
#include "core/Period.h"
#include "org/SettingsService.h"

#include <algorithm>

namespace ga::vehicles {

QString displayName(AlertKind kind)
{
    switch (kind) {
    case AlertKind::Inspection: return AlertService::tr("Annual inspection");
    case AlertKind::Insurance: return AlertService::tr("Insurance");
    case AlertKind::Licence: return AlertService::tr("Driving licence");
    case AlertKind::Renewal: return AlertService::tr("Renewal");
    case AlertKind::Service: return AlertService::tr("Service");
    }
    return {};
}

QString displayName(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Lapsed: return AlertService::tr("Lapsed");
    case AlertSeverity::Expiring: return AlertService::tr("Due soon");
    case AlertSeverity::Notice: return AlertService::tr("Notice");
    }
    return {};
}

QList<AlertKind> allAlertKinds()
{
    return {AlertKind::Inspection, AlertKind::Insurance, AlertKind::Licence, AlertKind::Renewal,
            AlertKind::Service};
}

AlertService::AlertService(Database &db, const Session &session, const SettingsService &settings,
                           const Clock &clock)
    : m_session(session)
    , m_settings(settings)
    , m_clock(clock)
    , m_repo(db)
{}

qint64 AlertService::scopeRoot() const
{
    return m_session.user().scopeDepartmentId;
}

QList<VehicleAlert> AlertService::alerts(std::optional<AlertKind> kind) const
{
    const int alertDays
        = m_settings.intValue(QString::fromLatin1(SettingsService::VehicleAlertDays), 30);
    QList<VehicleAlert> out;
    for (AlertKind k : {AlertKind::Inspection, AlertKind::Insurance, AlertKind::Licence})
        if (!kind || *kind == k)
            addExpiries(out, k, alertDays);
    if (!kind || *kind == AlertKind::Renewal)
        addRenewals(out);
    if (!kind || *kind == AlertKind::Service)
        addServices(out, alertDays);
    std::stable_sort(out.begin(), out.end(), [](const VehicleAlert &a, const VehicleAlert &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        return a.daysLeft < b.daysLeft;
    });
    return out;
}

void AlertService::addExpiries(QList<VehicleAlert> &out, AlertKind kind, int alertDays) const
{
    const QDate today = m_clock.today();
    const QDate until = today.addDays(alertDays);
    const QList<AlertRepository::Expiry> rows = kind == AlertKind::Inspection
                                                    ? m_repo.inspectionExpiries(until, scopeRoot())
                                                : kind == AlertKind::Insurance
                                                    ? m_repo.insuranceExpiries(until, scopeRoot())
                                                    : m_repo.licenceExpiries(until, scopeRoot());
    for (const auto &row : rows) {
        VehicleAlert a;
        a.kind = kind;
        a.subject = row.label;
        if (kind == AlertKind::Licence)
            a.driverId = row.id;
        else
            a.vehicleId = row.id;
        a.dueDate = row.expiry;
        a.daysLeft = int(today.daysTo(row.expiry));
        a.severity = a.daysLeft < 0 ? AlertSeverity::Lapsed : AlertSeverity::Expiring;
        const QString date = row.expiry.toString(Qt::ISODate);
        const bool lapsed = a.severity == AlertSeverity::Lapsed;
        switch (kind) {
        case AlertKind::Inspection:
            a.message = lapsed
                ? tr("The annual inspection lapsed on %1, %n day(s) ago.", nullptr, -a.daysLeft)
                      .arg(date)
                : tr("The annual inspection expires on %1, in %n day(s).", nullptr, a.daysLeft)
                      .arg(date);
            break;
        case AlertKind::Insurance:
            a.message = lapsed
                ? tr("The insurance lapsed on %1, %n day(s) ago.", nullptr, -a.daysLeft).arg(date)
                : tr("The insurance expires on %1, in %n day(s).", nullptr, a.daysLeft).arg(date);
            break;
        default:
            a.message = lapsed
                ? tr("The driving licence lapsed on %1, %n day(s) ago.", nullptr, -a.daysLeft)
                      .arg(date)
                : tr("The driving licence expires on %1, in %n day(s).", nullptr, a.daysLeft)
                      .arg(date);
            break;
        }
        out << a;
    }
}

void AlertService::addRenewals(QList<VehicleAlert> &out) const
{
    const QDate today = m_clock.today();
    const int years
        = m_settings.intValue(QString::fromLatin1(SettingsService::VehicleRenewalYears), 8);
    const int km
        = m_settings.intValue(QString::fromLatin1(SettingsService::VehicleRenewalKm), 250000);
    for (const auto &row : m_repo.renewalCandidates(today.addYears(-years), km, scopeRoot())) {
        VehicleAlert a;
        a.kind = AlertKind::Renewal;
        a.severity = AlertSeverity::Notice;
        a.vehicleId = row.vehicleId;
        a.subject = row.plate;
        const bool byAge = row.purchaseDate.isValid() && row.purchaseDate.addYears(years) <= today;
        const bool byKm = row.odometerKm >= km;
        if (byAge) {
            a.dueDate = row.purchaseDate.addYears(years);
            a.daysLeft = int(today.daysTo(a.dueDate));
        }
        const QString age = tr("in service %n year(s) since %1", nullptr,
                               wholeYearsBetween(row.purchaseDate, today))
                                .arg(row.purchaseDate.toString(Qt::ISODate));
        const QString dist = tr("%1 km on the odometer").arg(QLocale().toString(row.odometerKm));
        if (byAge && byKm)
            a.message = tr("Eligible for renewal: %1, %2.").arg(age, dist);
        else if (byAge)
            a.message = tr("Eligible for renewal: %1.").arg(age);
        else
            a.message = tr("Eligible for renewal: %1.").arg(dist);
        out << a;
    }
}

void AlertService::addServices(QList<VehicleAlert> &out, int alertDays) const
{
    const QDate today = m_clock.today();
    const int intervalDays =
        m_settings.intValue(QString::fromLatin1(SettingsService::VehicleServiceIntervalDays), 180);
    const int intervalKm =
        m_settings.intValue(QString::fromLatin1(SettingsService::VehicleServiceIntervalKm), 10000);
    const int soonKm = intervalKm - intervalKm / 10;
    const QDate servicedBy = today.addDays(alertDays - intervalDays);
    for (const auto &row : m_repo.serviceCandidates(servicedBy, soonKm, scopeRoot())) {
        VehicleAlert a;
        a.kind = AlertKind::Service;
        a.vehicleId = row.vehicleId;
        a.subject = row.plate;
        const QDate base = row.lastServiceDate.isValid() ? row.lastServiceDate : row.purchaseDate;
        const bool byTime = base.isValid() && base <= servicedBy;
        const int sinceKm = row.lastServiceKm ? row.odometerKm - *row.lastServiceKm : 0;
        const bool byKm = row.lastServiceKm && sinceKm >= soonKm;
        QStringList reasons;
        bool lapsed = false;
        if (byTime) {
            a.dueDate = base.addDays(intervalDays);
            a.daysLeft = int(today.daysTo(a.dueDate));
            lapsed = a.daysLeft < 0;
            reasons << (a.daysLeft < 0
                            ? tr("service was due on %1, %n day(s) ago", nullptr, -a.daysLeft)
                            : tr("service is due on %1, in %n day(s)", nullptr, a.daysLeft))
                           .arg(a.dueDate.toString(Qt::ISODate));
        }
        if (byKm) {
            lapsed = lapsed || sinceKm >= intervalKm;
            reasons << tr("%1 km since the last service (interval %2 km)")
                           .arg(QLocale().toString(sinceKm), QLocale().toString(intervalKm));
        }
        if (reasons.isEmpty())
            continue;
        a.severity = lapsed ? AlertSeverity::Lapsed : AlertSeverity::Expiring;
        a.message = tr("Service: %1.").arg(reasons.join(QStringLiteral("; ")));
        out << a;
    }
}

} // namespace ga::vehicles
