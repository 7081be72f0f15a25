#include "app/DemoData.h"

#include "app/Services.h"
#include "core/Error.h"
#include "energy/EnergyGenerator.h"
#include "org/GeneratorSupport.h"
#include "org/OrgGenerator.h"
#include "org/PasswordHasher.h"
#include "org/SettingsService.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "offices/OfficeGenerator.h"
#include "offices/OfficeService.h"
#include "vehicles/VehicleGenerator.h"
#include "housing/HousingGenerator.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace ga::demo {

namespace {

struct ScaleSize
{
    int agencies;
    int staff;
    int buildings;
    int vehicles;
    int drivers;
    int tripYears;
    qint64 trips;
    qint64 fuel;
};

ScaleSize sizeOf(Scale scale)
{
    if (scale == Scale::Region)
        return {200, 20000, 1000, 3000, 2000, 10, 1000000, 500000};
    return {20, 600, 30, 60, 50, 2, 18000, 9000};
}

// SQLite's page cache and checkpoint around the load; nothing on PostgreSQL.
void execPragma(Database &db, const QString &sql)
{
    if (db.isPostgres())
        return;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        spdlog::warn("Generator: {} failed", sql.toStdString());
}

qint64 pragmaValue(Database &db, const QString &sql)
{
    if (db.isPostgres())
        return 0;
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

struct DemoUser
{
    const char *username;
    const char *displayName;
    const char *role;
    const char *modules;
    bool ofAgency = false; // department and scope: the demo agency (else the whole region)
};

const DemoUser kDemoUsers[] = {
    {kAdminUser, "系统管理员", "admin", ""},
    {kManagerUser, "刘志强", "manager", ""},
    {kClerkUser, "马晓燕", "clerk", "org,vehicles,housing"},
    {kStaffUser, "张伟", "staff", ""},
    {kAgencyClerkUser, "赵敏", "clerk", "org,vehicles,housing", true},
};

} // namespace

QString scaleKey(Scale scale)
{
    return scale == Scale::Region ? QStringLiteral("region") : QStringLiteral("small");
}

std::optional<Scale> scaleFromKey(const QString &key)
{
    if (key == QLatin1String("small"))
        return Scale::Small;
    if (key == QLatin1String("region"))
        return Scale::Region;
    return std::nullopt;
}

QList<std::pair<QString, qint64>> GenerateReport::rows() const
{
    return {
        {DemoData::tr("Departments"), departments},
        {DemoData::tr("Staff"), staff},
        {DemoData::tr("Buildings"), buildings},
        {DemoData::tr("Users"), users},
        {DemoData::tr("Vehicles"), vehicles},
        {DemoData::tr("Drivers"), drivers},
        {DemoData::tr("Trips"), trips},
        {DemoData::tr("Fuel transactions"), fuelTransactions},
        {DemoData::tr("Maintenance records"), maintenance},
        {DemoData::tr("Inspections"), inspections},
        {DemoData::tr("Insurance policies"), insurance},
        {DemoData::tr("Violations"), violations},
        {DemoData::tr("Accidents"), accidents},
        {DemoData::tr("Long-term assignments"), assignments},
        {DemoData::tr("Rooms"), rooms},
        {DemoData::tr("Office allocations"), allocations},
        {DemoData::tr("Rooms lent out"), lendings},
        {DemoData::tr("Over-standard cases"), overStandardCases},
        {DemoData::tr("Energy meters"), energyMeters},
        {DemoData::tr("Energy readings"), energyReadings},
    };
}

GenerateReport generate(Services &services, const GenerateOptions &options,
                        const GenerateProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Database &db = services.database();
    GenerateReport report;

    {
        Query q(db,
                QStringLiteral("SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM staff) "
                               "+ (SELECT count(*) FROM buildings) + (SELECT count(*) FROM vehicles)"),
                DemoData::tr("checking the database is empty"));
        if (q.scalar(0).toLongLong() > 0)
            throw ValidationError(
                DemoData::tr("%1 already holds organisation data. Demo data is generated only into "
                             "a new, empty database.")
                    .arg(db.path()));
    }

    const ScaleSize size = sizeOf(options.scale);
    const bool region = options.scale == Scale::Region;
    const QDate ref = options.referenceDate.isValid() ? options.referenceDate
                                                      : services.clock().today();
    GeneratorRandom random(options.seed);

    // Stages share the percent scale by the work they do.
    QString stage;
    int stageFrom = 0;
    int stageTo = 0;
    int lastPercent = -1;
    auto enter = [&](const QString &name, int from, int to) {
        stage = name;
        stageFrom = from;
        stageTo = to;
        lastPercent = -1;
    };
    auto step = [&](int percentOfStage) {
        const int overall = stageFrom + (stageTo - stageFrom) * std::clamp(percentOfStage, 0, 100) / 100;
        if (overall == lastPercent)
            return;
        lastPercent = overall;
        if (progress && !progress(stage, overall))
            throw GenerationCancelled();
    };

    // Bulk work: a larger page cache for the one long transaction.
    const qint64 previousCache = pragmaValue(db, QStringLiteral("PRAGMA cache_size"));
    execPragma(db, QStringLiteral("PRAGMA cache_size = -%1").arg(region ? 524288 : 65536));

    try {
        Transaction tx(db);

        // ---- Organisation ----
        enter(DemoData::tr("Generating the organisation"), 0, region ? 3 : 20);
        step(0);
        OrgGenerationOptions orgOptions;
        orgOptions.region = region;
        orgOptions.agencies = size.agencies;
        orgOptions.staff = size.staff;
        orgOptions.buildings = size.buildings;
        orgOptions.referenceDate = ref;
        OrgGenerator orgGenerator(db, random.fork(1), step);
        const GeneratedOrg org = orgGenerator.generate(orgOptions);
        services.settings().setValueUnchecked(QString::fromLatin1(SettingsService::BureauName),
                                              org.bureauName);
        report.departments = org.departmentCount;
        report.staff = org.staffCount;
        report.buildings = org.buildingCount;
        report.orgSeconds = timer.elapsed() / 1000.0;

        // ---- Demo users ----
        enter(DemoData::tr("Creating the demo users"), region ? 3 : 20, region ? 4 : 30);
        step(0);
        qint64 staffDepartment = org.bureauId;
        if (org.agencies.size() > 1)
            staffDepartment = org.agencies[1].id;
        else if (!org.agencies.isEmpty())
            staffDepartment = org.agencies[0].id;
        QHash<QString, qint64> userIds;
        {
            Query find(db, QStringLiteral("SELECT id FROM users WHERE username = :username"),
                       DemoData::tr("creating the demo users"));
            BulkInsert insertUser(db, QStringLiteral("users"),
                                  {QStringLiteral("username"), QStringLiteral("display_name"),
                                   QStringLiteral("password_hash"), QStringLiteral("role"),
                                   QStringLiteral("modules"), QStringLiteral("department_id"),
                                   QStringLiteral("scope_department_id"),
                                   QStringLiteral("active"), QStringLiteral("created_at")},
                                  DemoData::tr("creating the demo users"));
            const QString password = QString::fromLatin1(kPassword);
            int done = 0;
            for (const DemoUser &u : kDemoUsers) {
                const QString username = QString::fromLatin1(u.username);
                find.bind(QStringLiteral(":username"), username).exec();
                if (find.next()) {
                    // An account of that name exists already: keep it as it is.
                    userIds.insert(username, find.value(0).toLongLong());
                    find.raw().finish();
                    continue;
                }
                find.raw().finish();
                const bool ofDepartment = QByteArray(u.role) == "staff" || u.ofAgency;
                insertUser << username << QString::fromUtf8(u.displayName) << hashPassword(password)
                           << QString::fromLatin1(u.role) << QString::fromLatin1(u.modules)
                           << (ofDepartment ? QVariant(staffDepartment) : QVariant())
                           << (u.ofAgency ? QVariant(staffDepartment) : QVariant()) << 1
                           << services.clock().nowSecs();
                userIds.insert(username, insertUser.insertReturningId());
                ++report.users;
                step(100 * ++done / int(std::size(kDemoUsers)));
            }
        }

        // ---- Vehicles, drivers, trips, fuel and the vehicle files ----
        enter(DemoData::tr("Generating vehicles, drivers and trips"), region ? 4 : 30, 95);
        step(0);
        vehicles::VehicleGenerationOptions vehicleOptions;
        vehicleOptions.vehicles = size.vehicles;
        vehicleOptions.drivers = size.drivers;
        vehicleOptions.tripYears = size.tripYears;
        vehicleOptions.trips = size.trips;
        vehicleOptions.fuelTransactions = size.fuel;
        vehicleOptions.referenceDate = ref;
        if (options.referenceTime.isValid())
            vehicleOptions.referenceTime = options.referenceTime;
        vehicleOptions.managerUserId = userIds.value(QString::fromLatin1(kManagerUser));
        vehicleOptions.clerkUserId = userIds.value(QString::fromLatin1(kClerkUser));
        vehicleOptions.staffUserId = userIds.value(QString::fromLatin1(kStaffUser));
        vehicleOptions.staffDepartmentId = staffDepartment;
        vehicles::VehicleGenerator vehicleGenerator(db, random.fork(2), step);
        const vehicles::VehicleGenerationCounts v = vehicleGenerator.generate(org, vehicleOptions);
        report.vehicles = v.vehicles;
        report.drivers = v.drivers;
        report.trips = v.trips;
        report.fuelTransactions = v.fuelTransactions;
        report.maintenance = v.maintenance;
        report.inspections = v.inspections;
        report.insurance = v.insurance;
        report.violations = v.violations;
        report.accidents = v.accidents;
        report.assignments = v.assignments;

        // ---- The office register: rooms, who sits where, cases ----
        enter(DemoData::tr("Generating the office register"), 95, 97);
        step(0);
        offices::OfficeGenerationOptions officeOptions;
        officeOptions.referenceDate = ref;
        officeOptions.historyYears = size.tripYears;
        offices::OfficeGenerator officeGenerator(db, random.fork(3), step);
        const offices::OfficeGenerationCounts o = officeGenerator.generate(org, officeOptions);
        report.rooms = o.rooms;
        report.allocations = o.allocations;
        report.lendings = o.lendings;
        report.overStandardCases = services.offices().recheckGenerated().opened;

        // ---- Energy meters and readings ----
        enter(DemoData::tr("Generating energy meters and readings"), 97, 99);
        step(0);
        energy::EnergyGenerationOptions energyOptions;
        energyOptions.months = region ? 120 : 48;
        energyOptions.referenceDate = ref;
        energy::EnergyGenerator energyGenerator(db, random.fork(5), step);
        const energy::EnergyGenerationCounts e = energyGenerator.generate(energyOptions);
        report.energyMeters = e.meters;
        report.energyReadings = e.readings;

        // ---- Turnover housing: complexes, flats, tenancies over the years, rent ----
        {
            housing::HousingGenerationOptions housingOptions;
            housingOptions.flats = region ? 2000 : 60;
            housingOptions.tenancies = region ? 20000 : 240;
            housingOptions.years = region ? 10 : 3;
            housingOptions.referenceDate = ref;
            housingOptions.managers = {org.bureauId};
            for (int i = 0; i < 2 && i < org.agencies.size(); ++i)
                housingOptions.managers << org.agencies[i].id;
            housingOptions.managerName = QString::fromUtf8(kDemoUsers[1].displayName);
            GeneratorRandom housingRandom = random.fork(4);
            housing::HousingGenerator housingGenerator(db, housingRandom, step);
            housingGenerator.generate(housingOptions);
        }

        // ---- One audit row for the whole generation ----
        enter(DemoData::tr("Saving"), 99, 100);
        step(0);
        QJsonObject after{{QStringLiteral("scale"), scaleKey(options.scale)},
                          {QStringLiteral("seed"), QString::number(options.seed)},
                          {QStringLiteral("reference_date"), ref.toString(Qt::ISODate)}};
        const QStringList keys = {QStringLiteral("departments"), QStringLiteral("staff"),
                                  QStringLiteral("buildings"), QStringLiteral("users"),
                                  QStringLiteral("vehicles"), QStringLiteral("drivers"),
                                  QStringLiteral("trips"), QStringLiteral("fuel_transactions"),
                                  QStringLiteral("vehicle_maintenance"),
                                  QStringLiteral("vehicle_inspections"),
                                  QStringLiteral("vehicle_insurance"),
                                  QStringLiteral("vehicle_violations"),
                                  QStringLiteral("vehicle_accidents"),
                                  QStringLiteral("vehicle_assignments"),
                                  QStringLiteral("office_rooms"),
                                  QStringLiteral("office_allocations"),
                                  QStringLiteral("office_lendings"),
                                  QStringLiteral("office_cases"),
                                  QStringLiteral("energy_meters"),
                                  QStringLiteral("energy_readings")};
        const auto rows = report.rows();
        for (qsizetype i = 0; i < keys.size() && i < rows.size(); ++i)
            after.insert(keys[i], double(rows[i].second));
        services.audit().record(QStringLiteral("generate"), QStringLiteral("database"), 0, {}, after);
        tx.commit();
        step(100);
    } catch (const GenerationCancelled &) {
        report = GenerateReport();
        report.cancelled = true;
    } catch (...) {
        execPragma(db, QStringLiteral("PRAGMA cache_size = %1").arg(previousCache));
        throw;
    }
    execPragma(db, QStringLiteral("PRAGMA cache_size = %1").arg(previousCache));
    if (!report.cancelled)
        execPragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    report.totalSeconds = timer.elapsed() / 1000.0;
    spdlog::info("Generated {} data in {:.1f} s (organisation {:.1f} s){}",
                 scaleKey(options.scale).toStdString(), report.totalSeconds, report.orgSeconds,
                 report.cancelled ? ", cancelled and rolled back" : "");
    return report;
}

UserContext userContext(Services &services, const QString &username)
{
    Query q(services.database(),
            QStringLiteral("SELECT id, username, display_name, role, modules, department_id, "
                           "scope_department_id FROM users WHERE username = :username AND "
                           "active = 1"),
            DemoData::tr("loading a user"));
    q.bind(QStringLiteral(":username"), username).exec();
    if (!q.next())
        throw NotFoundError(DemoData::tr("There is no active user \"%1\".").arg(username));
    UserContext u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromKey(q.value(3).toString()).value_or(Role::Staff);
    u.modules = modulesFromKeys(q.value(4).toString());
    u.departmentId = q.value(5).toLongLong();
    u.scopeDepartmentId = q.value(6).toLongLong();
    return u;
}

} // namespace ga::demo
