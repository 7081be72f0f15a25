#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace ga {

class AuditLog;
class Database;
class Session;

// Program-wide settings kept in the database (table `settings`), shared by every user of the
// store: the bureau's name and the thresholds the modules use. Reading is open to everyone;
// writing needs Permission::ManageSettings and is audited.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(SettingsService)
public:
    // Keys (the migration seeds their defaults).
    static constexpr const char *BureauName = "bureau.name";
    static constexpr const char *VehicleRenewalYears = "vehicle.renewal_years";
    static constexpr const char *VehicleRenewalKm = "vehicle.renewal_km";
    static constexpr const char *VehicleAlertDays = "vehicle.alert_days";
    static constexpr const char *VehicleServiceIntervalDays = "vehicle.service_interval_days";
    static constexpr const char *VehicleServiceIntervalKm = "vehicle.service_interval_km";
    static constexpr const char *HousingTermDefaultYears = "housing.term_default_years";
    static constexpr const char *HousingTermMaxYears = "housing.term_max_years";
    static constexpr const char *HousingAlertDays = "housing.alert_days";
    // 1: an applicant who declines an offer keeps their place in the queue; 0: goes to the back.
    static constexpr const char *HousingDeclineKeepsPlace = "housing.decline_keeps_place";
    // Arrears of this many months or more raise an alert.
    static constexpr const char *HousingArrearsMonths = "housing.arrears_months";
    // Offices: the washroom allowance (0.01 m², may be 0) added to the office limit of the ranks
    // listed (comma-separated rank codes), and the days a rectification is given.
    static constexpr const char *OfficeWashroomAllowance = "offices.washroom_allowance";
    static constexpr const char *OfficeWashroomRanks = "offices.washroom_ranks";
    static constexpr const char *OfficeRectificationDays = "offices.rectification_days";
    // How many automatic backups to keep (storage/Backup.h); Backup::kDefaultKeep when unset.
    static constexpr const char *BackupKeep = "backup.keep";

    SettingsService(Database &db, Session &session, AuditLog &audit);

    QString value(const QString &key, const QString &fallback = {}) const;
    int intValue(const QString &key, int fallback) const;

    // Validates (numbers must be positive integers where the key is numeric), stores, audits.
    void setValue(const QString &key, const QString &value);
    // Several settings at once: all are validated first, then stored in one transaction (one
    // audit row each), so a failure stores none of them.
    void setValues(const QList<QPair<QString, QString>> &changes);
    // Stores without the permission check: used once by the first-start setup, inside its own
    // transaction, before any user exists.
    void setValueUnchecked(const QString &key, const QString &value);

private:
    QString validated(const QString &key, const QString &value) const;
    void store(const QString &key, const QString &value);

    Database &m_db;
    Session &m_session;
    AuditLog &m_audit;
};

} // namespace ga
