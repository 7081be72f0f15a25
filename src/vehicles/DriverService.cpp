#include "vehicles/DriverService.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Session.h"
#include "org/ScopeGuard.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace ga::vehicles {

namespace {
const QString kDriverEntity = QStringLiteral("driver");
} // namespace

DriverService::DriverService(Database &db, Session &session, AuditLog &audit, const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
    , m_drivers(db)
    , m_scope(db, session, audit)
{}

QList<DriverRow> DriverService::listDrivers(const DriverFilter &filter) const
{
    DriverFilter f = filter;
    f.scopeRoot = m_scope.scope().root();
    return m_drivers.list(f);
}

Driver DriverService::driver(qint64 id) const
{
    auto d = m_drivers.find(id);
    if (!d)
        throw NotFoundError(tr("The driver no longer exists."));
    return *d;
}

void DriverService::requireDriverInScope(qint64 driverId, const QString &action) const
{
    if (const auto d = m_drivers.find(driverId))
        m_scope.require(d->departmentId, action, kDriverEntity, driverId);
}

QList<NamedId> DriverService::driverChoices() const
{
    return m_drivers.choices(m_scope.scope().root());
}

qint64 DriverService::staffIdByNumber(const QString &staffNo) const
{
    const qint64 id = m_drivers.staffIdByNumber(staffNo.trimmed());
    if (id == 0)
        throw NotFoundError(
            tr("There is no staff member with the number \"%1\".").arg(staffNo.trimmed()));
    return id;
}

QString DriverService::staffNumber(qint64 staffId) const
{
    return staffId > 0 ? m_drivers.staffNumber(staffId) : QString();
}

Driver DriverService::validated(const Driver &input) const
{
    Driver d = input;
    d.name = input.name.trimmed();
    d.licenceNo = input.licenceNo.trimmed();
    d.licenceClass = input.licenceClass.trimmed().toUpper();
    d.phone = input.phone.trimmed();
    if (d.name.isEmpty())
        throw ValidationError(tr("Enter the driver's name."));
    if (!licenceClasses().contains(d.licenceClass))
        throw ValidationError(tr("\"%1\" is not a driving-licence class.").arg(d.licenceClass));
    if (!d.licenceExpiry.isValid())
        throw ValidationError(tr("Enter the expiry date of the driving licence."));
    if (d.staffId > 0 && m_drivers.staffNumber(d.staffId).isEmpty())
        throw NotFoundError(tr("The linked staff member no longer exists."));
    if (d.departmentId > 0 && !m_drivers.departmentExists(d.departmentId))
        throw NotFoundError(tr("The department no longer exists."));
    return d;
}

qint64 DriverService::createDriver(const Driver &input)
{
    m_session.require(Permission::EditVehicles);
    m_scope.require(input.departmentId, QStringLiteral("create"), kDriverEntity, 0);
    Transaction tx(m_db);
    Driver d = validated(input);
    if (d.status == DriverStatus::Retired)
        d.status = DriverStatus::Active;
    d.createdAt = m_clock.nowSecs();
    d.id = m_drivers.insert(d);
    m_audit.record(QStringLiteral("create"), QStringLiteral("driver"), d.id, {}, toJson(d));
    tx.commit();
    return d.id;
}

void DriverService::updateDriver(const Driver &input)
{
    m_session.require(Permission::EditVehicles);
    requireDriverInScope(input.id, QStringLiteral("update"));
    m_scope.require(input.departmentId, QStringLiteral("update"), kDriverEntity, input.id);
    Transaction tx(m_db);
    const Driver before = driver(input.id);
    Driver d = validated(input);
    d.createdAt = before.createdAt;
    if (before.status == DriverStatus::Retired)
        d.status = DriverStatus::Retired;
    else if (d.status == DriverStatus::Retired)
        throw ValidationError(tr("Use Retire to retire a driver."));
    m_drivers.update(d);
    m_audit.record(QStringLiteral("update"), QStringLiteral("driver"), d.id, toJson(before),
                   toJson(d));
    tx.commit();
}

void DriverService::retireDriver(qint64 id)
{
    m_session.require(Permission::EditVehicles);
    requireDriverInScope(id, QStringLiteral("retire"));
    Transaction tx(m_db);
    const Driver before = driver(id);
    if (before.status == DriverStatus::Retired)
        throw ValidationError(tr("%1 is already retired.").arg(before.name));
    if (m_drivers.activeTripCount(id) > 0)
        throw ConflictError(tr("%1 cannot be retired: they are assigned to a trip or out on one.")
                                .arg(before.name));
    m_drivers.setStatus(id, DriverStatus::Retired);
    Driver after = before;
    after.status = DriverStatus::Retired;
    m_audit.record(QStringLiteral("retire"), QStringLiteral("driver"), id, toJson(before),
                   toJson(after));
    tx.commit();
}

} // namespace ga::vehicles
