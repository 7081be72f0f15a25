#include "app/Services.h"

#include "org/SettingsService.h"

namespace ga {

Services::Services(const QString &dbPath, std::unique_ptr<Clock> clock)
    : m_clock(clock ? std::move(clock) : std::make_unique<SystemClock>())
    , m_db(std::make_unique<Database>(dbPath))
    , m_audit(std::make_unique<AuditLog>(*m_db, m_session, *m_clock))
    , m_settings(std::make_unique<SettingsService>(*m_db, m_session, *m_audit))
{}

Services::~Services() = default;

} // namespace ga
