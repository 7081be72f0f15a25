#pragma once

#include "core/Clock.h"
#include "core/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

namespace ga {

class SettingsService;
class BackupService;
class OrgService;
class UserService;
class AuditQueryService;
namespace vehicles {
class DispatchService;
class VehicleService;
class DriverService;
class AlertService;
class VehicleStatisticsService;
class VehicleImporter;
class FuelImporter;
}
namespace offices {
class OfficeService;
}
namespace energy {
class EnergyService;
class ReadingImporter;
}
namespace housing {
class HousingService;
class FlatImporter;
class TenancyImporter;
}

// Every service of one program run, over one open Database and one Session. Built once by the
// app (or the CLI, or a test against a temporary database); pages receive the services they
// need from it, never the whole object.
class Services
{
public:
    // Opens (and migrates) the database at `dbPath`; throws StorageError with a user message.
    // `dbPath` may be a postgresql:// address; `passwordPrompt` is asked when its server wants a
    // password the password file does not have.
    explicit Services(const QString &dbPath, std::unique_ptr<Clock> clock = nullptr,
                      const Database::PasswordPrompt &passwordPrompt = {});
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    Database &database() { return *m_db; }
    Session &session() { return m_session; }
    Clock &clock() { return *m_clock; }
    AuditLog &audit() { return *m_audit; }

    SettingsService &settings() { return *m_settings; }
    BackupService &backups() { return *m_backups; }
    OrgService &org() { return *m_org; }
    UserService &users() { return *m_users; }
    AuditQueryService &auditQuery() { return *m_auditQuery; }
    vehicles::DispatchService &dispatch() { return *m_dispatch; }
    vehicles::VehicleService &vehicles() { return *m_vehicles; }
    vehicles::DriverService &drivers() { return *m_drivers; }
    vehicles::AlertService &vehicleAlerts() { return *m_vehicleAlerts; }
    vehicles::VehicleStatisticsService &vehicleStatistics() { return *m_vehicleStatistics; }
    vehicles::VehicleImporter &vehicleImporter() { return *m_vehicleImporter; }
    vehicles::FuelImporter &fuelImporter() { return *m_fuelImporter; }
    offices::OfficeService &offices() { return *m_offices; }
    energy::EnergyService &energy() { return *m_energy; }
    energy::ReadingImporter &readingImporter() { return *m_readingImporter; }
    housing::HousingService &housing() { return *m_housing; }
    housing::FlatImporter &flatImporter() { return *m_flatImporter; }
    housing::TenancyImporter &tenancyImporter() { return *m_tenancyImporter; }

private:
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_db;
    Session m_session;
    std::unique_ptr<AuditLog> m_audit;

    std::unique_ptr<SettingsService> m_settings;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<OrgService> m_org;
    std::unique_ptr<UserService> m_users;
    std::unique_ptr<AuditQueryService> m_auditQuery;
    std::unique_ptr<vehicles::DispatchService> m_dispatch;
    std::unique_ptr<vehicles::VehicleService> m_vehicles;
    std::unique_ptr<vehicles::DriverService> m_drivers;
    std::unique_ptr<vehicles::AlertService> m_vehicleAlerts;
    std::unique_ptr<vehicles::VehicleStatisticsService> m_vehicleStatistics;
    std::unique_ptr<vehicles::VehicleImporter> m_vehicleImporter;
    std::unique_ptr<vehicles::FuelImporter> m_fuelImporter;
    std::unique_ptr<energy::EnergyService> m_energy;
    std::unique_ptr<energy::ReadingImporter> m_readingImporter;
    std::unique_ptr<housing::HousingService> m_housing;
    std::unique_ptr<housing::FlatImporter> m_flatImporter;
    std::unique_ptr<housing::TenancyImporter> m_tenancyImporter;
    std::unique_ptr<offices::OfficeService> m_offices;
};

} // namespace ga
