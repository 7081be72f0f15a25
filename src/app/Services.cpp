#include "app/Services.h"

#include "org/AuditQueryService.h"
#include "org/OrgService.h"
#include "org/SettingsService.h"
#include "org/UserService.h"
#include "vehicles/DispatchService.h"

namespace ga {

Services::Services(const QString &dbPath, std::unique_ptr<Clock> clock)
    : m_clock(clock ? std::move(clock) : std::make_unique<SystemClock>())
    , m_db(std::make_unique<Database>(dbPath))
    , m_audit(std::make_unique<AuditLog>(*m_db, m_session, *m_clock))
    , m_settings(std::make_unique<SettingsService>(*m_db, m_session, *m_audit))
    , m_org(std::make_unique<OrgService>(*m_db, m_session, *m_audit, *m_clock))
    , m_users(std::make_unique<UserService>(*m_db, m_session, *m_audit, *m_clock, *m_settings))
    , m_auditQuery(std::make_unique<AuditQueryService>(*m_db, m_session))
    , m_dispatch(std::make_unique<vehicles::DispatchService>(*m_db, m_session, *m_audit, *m_clock))
{}

Services::~Services() = default;

} // namespace ga
