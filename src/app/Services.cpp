#include "app/Services.h"

#include "energy/EnergyService.h"
#include "energy/ReadingImporter.h"
#include "housing/HousingImporters.h"
#include "housing/HousingService.h"
#include "offices/OfficeService.h"
#include "org/AuditQueryService.h"
#include "org/BackupService.h"
#include "org/OrgService.h"
#include "org/SettingsService.h"
#include "org/UserService.h"
#include "vehicles/AlertService.h"
#include "vehicles/DispatchService.h"
#include "vehicles/DriverService.h"
#include "vehicles/FuelImporter.h"
#include "vehicles/VehicleImporter.h"
#include "vehicles/VehicleService.h"
#include "vehicles/VehicleStatisticsService.h"

namespace ga {

Services::Services(const QString &dbPath, std::unique_ptr<Clock> clock,
                   const Database::PasswordPrompt &passwordPrompt)
    : m_clock(clock ? std::move(clock) : std::make_unique<SystemClock>())
    , m_db(std::make_unique<Database>(dbPath, passwordPrompt))
    , m_audit(std::make_unique<AuditLog>(*m_db, m_session, *m_clock))
    , m_settings(std::make_unique<SettingsService>(*m_db, m_session, *m_audit))
    , m_backups(std::make_unique<BackupService>(*m_db, m_session, *m_audit, *m_settings))
    , m_org(std::make_unique<OrgService>(*m_db, m_session, *m_audit, *m_clock))
    , m_users(std::make_unique<UserService>(*m_db, m_session, *m_audit, *m_clock, *m_settings))
    , m_auditQuery(std::make_unique<AuditQueryService>(*m_db, m_session))
    , m_dispatch(std::make_unique<vehicles::DispatchService>(*m_db, m_session, *m_audit, *m_clock))
    , m_vehicles(std::make_unique<vehicles::VehicleService>(*m_db, m_session, *m_audit, *m_clock))
    , m_drivers(std::make_unique<vehicles::DriverService>(*m_db, m_session, *m_audit, *m_clock))
    , m_vehicleAlerts(std::make_unique<vehicles::AlertService>(*m_db, m_session, *m_settings, *m_clock))
    , m_vehicleStatistics(std::make_unique<vehicles::VehicleStatisticsService>(*m_db, m_session))
    , m_vehicleImporter(
          std::make_unique<vehicles::VehicleImporter>(*m_db, m_session, *m_vehicles, *m_clock))
    , m_fuelImporter(std::make_unique<vehicles::FuelImporter>(*m_db, m_session, *m_audit, *m_clock))
    , m_energy(std::make_unique<energy::EnergyService>(*m_db, m_session, *m_audit, *m_clock,
                                                       *m_settings))
    , m_readingImporter(std::make_unique<energy::ReadingImporter>(*m_energy, m_session))
    , m_housing(std::make_unique<housing::HousingService>(*m_db, m_session, *m_audit, *m_settings,
                                                          *m_clock))
    , m_flatImporter(std::make_unique<housing::FlatImporter>(*m_db, m_session, *m_housing))
    , m_tenancyImporter(std::make_unique<housing::TenancyImporter>(*m_db, m_session, *m_housing))
    , m_offices(std::make_unique<offices::OfficeService>(*m_db, m_session, *m_audit, *m_clock,
                                                         *m_org, *m_settings))
{
    // A staff member's rank or a rank's limit changed: the office shares are checked again in
    // the same transaction.
    m_org->addStaffChangeHook(
        [this](const Staff &before, const Staff &after) { m_offices->staffChanged(before, after); });
    m_org->addRankChangeHook(
        [this](const Rank &before, const Rank &after) { return m_offices->rankChanged(before, after); });
}

Services::~Services() = default;

} // namespace ga
