#include "energy/EnergyService.h"

#include "core/Clock.h"
#include "core/Session.h"
#include "org/AgencyScope.h"
#include "org/ScopeGuard.h"
#include "org/SettingsService.h"
#include "storage/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace ga::energy {

namespace {

const QString kMeter = QStringLiteral("energy_meter");
const QString kReading = QStringLiteral("energy_reading");
const QString kCoefficient = QStringLiteral("energy_coefficient");
const QString kQuota = QStringLiteral("energy_quota");

constexpr int kTypes = 9;
constexpr double kMinimumSpread = EnergyService::kMinimumSpread;
int typeIndex(EnergyType t)
{
    return int(t);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// The median of `v`, reordering it.
double medianOf(std::vector<double> &v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

// The months from `from` to `to`, inclusive.
QStringList monthsBetween(const QString &from, const QString &to)
{
    QStringList out;
    for (QString m = from; !m.isEmpty() && m <= to; m = addMonths(m, 1))
        out << m;
    return out;
}

std::optional<double> ratio(double a, double b)
{
    if (b <= 0)
        return std::nullopt;
    return a / b;
}

std::optional<double> change(double now, double before)
{
    if (before <= 0)
        return std::nullopt;
    return (now - before) / before;
}

} // namespace

// --- The coefficient versions, for converting many months -----------------------------------

class EnergyService::CoefficientTable
{
public:
    explicit CoefficientTable(const QList<Coefficient> &all)
    {
        for (const Coefficient &c : all)
            m_versions[typeIndex(c.type)] << c; // sorted by valid_from by the repository
    }
    const Coefficient *at(EnergyType type, const QString &month) const
    {
        const auto start = monthStart(month);
        if (!start)
            return nullptr;
        const Coefficient *found = nullptr;
        for (const Coefficient &c : m_versions[typeIndex(type)])
            if (c.validFrom <= *start)
                found = &c;
        return found;
    }

private:
    std::array<QList<Coefficient>, kTypes> m_versions;
};

// One building's month: the use, kgce and cost of each type.
struct EnergyService::Usage
{
    std::array<qint64, kTypes> milli {};
    std::array<double, kTypes> kgce {};
    std::array<qint64, kTypes> cost {};
    int unconfirmed = 0;

    double totalKgce() const
    {
        double s = 0;
        for (double k : kgce)
            s += k;
        return s;
    }
};

// The readings of a set of buildings over a range of months, summed per building and month,
// with what each month should have had.
struct EnergyService::Ledger
{
    // Per building, one slot per month of [from, from + months); months as indexes, so that a
    // region's year is read without a string key per cell.
    int first = 0; // monthIndex(from)
    int months = 0;
    QHash<qint64, std::vector<Usage>> usage;
    QHash<qint64, std::vector<std::pair<int, int>>> presence; // readings, flagged
    QHash<qint64, std::vector<int>> meterSince; // monthIndex of each active meter's first month
    std::array<QString, kTypes> unit;           // the meters' unit of each type

    static int monthIndex(const QString &month)
    {
        return month.left(4).toInt() * 12 + month.mid(5, 2).toInt() - 1;
    }
    int slot(const QString &month) const
    {
        const int i = monthIndex(month) - first;
        return i >= 0 && i < months ? i : -1;
    }
    int expected(qint64 building, int month) const
    {
        int n = 0;
        if (const auto b = meterSince.constFind(building); b != meterSince.cend())
            for (int since : *b)
                if (since <= month)
                    ++n;
        return n;
    }
    const Usage *find(qint64 building, const QString &month) const
    {
        const int i = slot(month);
        if (i < 0)
            return nullptr;
        if (const auto b = usage.constFind(building); b != usage.cend())
            return &(*b)[size_t(i)];
        return nullptr;
    }
    CellState state(qint64 building, const QString &month) const
    {
        const int i = slot(month);
        const int want = expected(building, monthIndex(month));
        std::pair<int, int> p {0, 0};
        if (i >= 0)
            if (const auto b = presence.constFind(building); b != presence.cend())
                p = (*b)[size_t(i)];
        if (want == 0)
            return p.first > 0 ? CellState::Complete : CellState::NotRead;
        if (p.first < want)
            return CellState::Missing;
        return p.second > 0 ? CellState::Flagged : CellState::Complete;
    }
    bool complete(qint64 building, const QString &month) const
    {
        const CellState s = state(building, month);
        return s == CellState::Complete || s == CellState::Flagged;
    }
    double kgce(qint64 building, const QString &month) const
    {
        const Usage *u = find(building, month);
        return u ? u->totalKgce() : 0.0;
    }
};

EnergyService::EnergyService(Database &db, Session &session, AuditLog &audit, const Clock &clock,
                             SettingsService &settings)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
    , m_settings(settings)
    , m_meters(db)
    , m_readings(db)
    , m_coefficients(db)
    , m_quotas(db)
    , m_scope(std::make_unique<ScopeGuard>(db, session, audit))
{}

EnergyService::~EnergyService() = default;

bool EnergyService::canEdit() const
{
    return m_session.can(Permission::EditEnergy);
}

bool EnergyService::canEditCoefficients() const
{
    return m_session.can(Permission::ManageStandards);
}

qint64 EnergyService::scopeRoot() const
{
    return m_scope->scope().root();
}

// --- JSON for the audit log ------------------------------------------------------------------

QJsonObject EnergyService::toJson(const Meter &m)
{
    return QJsonObject {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("building_id"), m.buildingId},
        {QStringLiteral("meter_no"), m.meterNo},
        {QStringLiteral("energy_type"), energyTypeKey(m.type)},
        {QStringLiteral("unit"), m.unit},
        {QStringLiteral("reading_kind"), readingKindKey(m.kind)},
        {QStringLiteral("since_month"), m.sinceMonth},
        {QStringLiteral("initial_milli"), m.initialMilli},
        {QStringLiteral("rollover_milli"), m.rolloverMilli},
        {QStringLiteral("unit_price"), m.unitPrice},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("status"), m.isActive() ? QStringLiteral("active") : QStringLiteral("retired")},
    };
}

QJsonObject EnergyService::toJson(const Reading &r)
{
    QJsonObject o {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("meter_id"), r.meterId},
        {QStringLiteral("month"), r.month},
        {QStringLiteral("value_milli"), r.valueMilli},
        {QStringLiteral("consumption_milli"), r.consumptionMilli},
        {QStringLiteral("event"), readingEventKey(r.event)},
        {QStringLiteral("flags"), r.flags},
        {QStringLiteral("note"), r.note},
        {QStringLiteral("source"), r.source},
    };
    if (r.amount)
        o.insert(QStringLiteral("amount"), *r.amount);
    if (r.event == ReadingEvent::Replacement) {
        o.insert(QStringLiteral("old_final_milli"), r.oldFinalMilli);
        o.insert(QStringLiteral("new_start_milli"), r.newStartMilli);
    }
    return o;
}

QJsonObject EnergyService::toJson(const Coefficient &c)
{
    QJsonObject o {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("energy_type"), energyTypeKey(c.type)},
        {QStringLiteral("valid_from"), c.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("kgce_per_unit"), c.kgcePerUnit},
        {QStringLiteral("unit"), c.unit},
        {QStringLiteral("note"), c.note},
    };
    if (c.density)
        o.insert(QStringLiteral("density_kg_per_l"), *c.density);
    return o;
}

// --- Meters ------------------------------------------------------------------------------------

QList<MeterRow> EnergyService::metersPageAfter(const MeterFilter &filter,
                                               const KeysetCursor &after, int limit) const
{
    MeterFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_meters.pageAfter(f, after, qMax(0, limit));
}

int EnergyService::countMeters(const MeterFilter &filter) const
{
    MeterFilter f = filter;
    f.scopeRoot = scopeRoot();
    return m_meters.count(f);
}

BuildingInfo EnergyService::loadBuilding(qint64 id) const
{
    const auto b = m_meters.building(id);
    if (!b)
        throw NotFoundError(tr("The building no longer exists."));
    return *b;
}

Meter EnergyService::loadMeter(qint64 id) const
{
    const auto m = m_meters.find(id);
    if (!m)
        throw NotFoundError(tr("The meter no longer exists."));
    return *m;
}

Meter EnergyService::meter(qint64 id) const
{
    const Meter m = loadMeter(id);
    if (!m_scope->covers(loadBuilding(m.buildingId).departmentId))
        throw PermissionError(tr("This record belongs to another agency, outside your scope."));
    return m;
}

QList<BuildingInfo> EnergyService::buildings(bool includeRetired) const
{
    return m_meters.buildings(scopeRoot(), 0, includeRetired);
}

void EnergyService::validate(Meter &m) const
{
    m.meterNo = m.meterNo.trimmed();
    m.unit = m.unit.trimmed();
    m.note = m.note.trimmed();
    if (m.meterNo.isEmpty())
        throw ValidationError(tr("The meter number may not be empty."));
    if (!m_meters.building(m.buildingId))
        throw ValidationError(tr("Choose the building the meter is in."));
    if (m_meters.numberExists(m.buildingId, m.meterNo, m.id))
        throw ValidationError(
            tr("The building already has a meter numbered \"%1\".").arg(m.meterNo));
    if (m.type != EnergyType::Other)
        m.unit = defaultUnit(m.type);
    else if (m.unit.isEmpty())
        throw ValidationError(tr("Give the unit the meter reads in."));
    if (!monthStart(m.sinceMonth))
        throw ValidationError(tr("Give the first month the meter is read, as YYYY-MM."));
    if (m.initialMilli < 0 || m.rolloverMilli < 0 || m.unitPrice < 0)
        throw ValidationError(tr("Indexes and prices may not be negative."));
    if (m.kind == ReadingKind::Period) {
        m.initialMilli = 0;
        m.rolloverMilli = 0;
    } else if (m.rolloverMilli > 0 && m.rolloverMilli <= m.initialMilli) {
        throw ValidationError(tr("The roll-over index must be above the installation index."));
    }
}

void EnergyService::requireMeterScope(const Meter &m, const QString &action) const
{
    const auto b = m_meters.building(m.buildingId);
    if (!b)
        throw ValidationError(tr("Choose the building the meter is in."));
    m_scope->require(b->departmentId, action, kMeter, m.id);
}

qint64 EnergyService::createMeter(const Meter &meter)
{
    m_session.require(Permission::EditEnergy);
    Meter m = meter;
    m.id = 0;
    m.status = MeterStatus::Active;
    m.createdAt = m_clock.nowSecs();
    requireMeterScope(m, QStringLiteral("create"));
    validate(m);
    Transaction tx(m_db);
    m.id = m_meters.insert(m);
    m_audit.record(QStringLiteral("create"), kMeter, m.id, {}, toJson(m));
    tx.commit();
    return m.id;
}

void EnergyService::updateMeter(const Meter &meter)
{
    m_session.require(Permission::EditEnergy);
    const Meter before = loadMeter(meter.id);
    Meter m = meter;
    m.status = before.status;
    m.createdAt = before.createdAt;
    requireMeterScope(before, QStringLiteral("update"));
    if (m.buildingId != before.buildingId)
        requireMeterScope(m, QStringLiteral("update"));
    validate(m);
    if (m_meters.hasReadings(m.id)
        && (m.kind != before.kind || m.type != before.type || m.unit != before.unit))
        throw ValidationError(tr("The meter has readings: its type, unit and kind of reading "
                                 "can no longer change. Retire it and add a new one."));
    Transaction tx(m_db);
    m_meters.update(m);
    m_audit.record(QStringLiteral("update"), kMeter, m.id, toJson(before), toJson(m));
    tx.commit();
}

void EnergyService::retireMeter(qint64 id)
{
    m_session.require(Permission::EditEnergy);
    const Meter before = loadMeter(id);
    requireMeterScope(before, QStringLiteral("retire"));
    Meter after = before;
    after.status = MeterStatus::Retired;
    Transaction tx(m_db);
    m_meters.setStatus(id, MeterStatus::Retired);
    m_audit.record(QStringLiteral("retire"), kMeter, id, toJson(before), toJson(after));
    tx.commit();
}

void EnergyService::reactivateMeter(qint64 id)
{
    m_session.require(Permission::EditEnergy);
    const Meter before = loadMeter(id);
    requireMeterScope(before, QStringLiteral("reactivate"));
    Meter after = before;
    after.status = MeterStatus::Active;
    Transaction tx(m_db);
    m_meters.setStatus(id, MeterStatus::Active);
    m_audit.record(QStringLiteral("reactivate"), kMeter, id, toJson(before), toJson(after));
    tx.commit();
}

void EnergyService::deleteMeter(qint64 id)
{
    m_session.require(Permission::EditEnergy);
    const Meter before = loadMeter(id);
    requireMeterScope(before, QStringLiteral("delete"));
    if (m_meters.hasReadings(id))
        throw ConflictError(tr("The meter \"%1\" has readings and cannot be deleted; retire it "
                               "instead.")
                                .arg(before.meterNo));
    Transaction tx(m_db);
    m_meters.remove(id);
    m_audit.record(QStringLiteral("delete"), kMeter, id, toJson(before), {});
    tx.commit();
}

// --- Readings ------------------------------------------------------------------------------------

int EnergyService::anomalyK() const
{
    return qMax(1, m_settings.intValue(QString::fromLatin1(AnomalyKSetting), 3));
}

Assessment EnergyService::assessFor(const Meter &meter, const ReadingInput &input) const
{
    Assessment a;
    if (input.valueMilli < 0)
        throw ValidationError(tr("A reading may not be negative."));
    if (meter.kind == ReadingKind::Period) {
        a.consumptionMilli = input.valueMilli;
    } else {
        const auto prev = m_readings.previous(meter.id, input.month);
        const qint64 base = prev ? prev->valueMilli : meter.initialMilli;
        a.previousMilli = base;
        switch (input.event) {
        case ReadingEvent::None:
            a.consumptionMilli = input.valueMilli - base;
            if (input.valueMilli < base)
                a.flags |= BelowPrevious;
            break;
        case ReadingEvent::Rollover:
            if (meter.rolloverMilli <= 0)
                throw ValidationError(tr("The meter \"%1\" has no roll-over index: give it in "
                                         "the meter's record, or record a replacement.")
                                          .arg(meter.meterNo));
            if (input.valueMilli >= meter.rolloverMilli || base >= meter.rolloverMilli)
                throw ValidationError(tr("After a roll-over the index must be below %1.")
                                          .arg(formatQuantity(meter.rolloverMilli)));
            a.consumptionMilli = meter.rolloverMilli - base + input.valueMilli;
            break;
        case ReadingEvent::Replacement:
            if (input.oldFinalMilli < base)
                throw ValidationError(tr("The old meter's last index %1 is below its previous "
                                         "reading %2.")
                                          .arg(formatQuantity(input.oldFinalMilli),
                                               formatQuantity(base)));
            if (input.valueMilli < input.newStartMilli)
                throw ValidationError(tr("The new meter's index %1 is below its first index %2.")
                                          .arg(formatQuantity(input.valueMilli),
                                               formatQuantity(input.newStartMilli)));
            a.consumptionMilli = input.oldFinalMilli - base + input.valueMilli - input.newStartMilli;
            break;
        }
    }
    const QList<qint64> history = m_readings.sameMonthHistory(meter.id, input.month);
    a.historyCount = int(history.size());
    if (history.size() >= 3) {
        QList<double> values;
        for (qint64 h : history)
            values << double(h);
        const double med = median(values);
        QList<double> deviations;
        for (double v : values)
            deviations << std::abs(v - med);
        a.median = med;
        // A very steady history (MAD near 0) would flag every small change: the spread is at
        // least kMinimumSpread of the median.
        a.mad = std::max(median(deviations), kMinimumSpread * std::abs(med));
        const double k = anomalyK();
        a.low = med - k * a.mad;
        a.high = med + k * a.mad;
        const double x = double(a.consumptionMilli);
        if (x < a.low || x > a.high)
            a.flags |= OutsideRange;
    }
    return a;
}

Assessment EnergyService::assess(const ReadingInput &input) const
{
    return assessFor(meter(input.meterId), input);
}

Reading EnergyService::derive(const Meter &meter, const ReadingInput &input, const Assessment &a,
                              const std::optional<Reading> &before) const
{
    Reading r;
    if (before)
        r = *before;
    r.meterId = meter.id;
    r.month = input.month;
    r.valueMilli = input.valueMilli;
    r.consumptionMilli = a.consumptionMilli;
    r.amount = input.amount;
    r.event = meter.kind == ReadingKind::Cumulative ? input.event : ReadingEvent::None;
    r.oldFinalMilli = r.event == ReadingEvent::Replacement ? input.oldFinalMilli : 0;
    r.newStartMilli = r.event == ReadingEvent::Replacement ? input.newStartMilli : 0;
    r.flags = a.flags;
    r.note = input.note.trimmed();
    r.updatedAt = m_clock.nowSecs();
    if (!before) {
        r.createdAt = r.updatedAt;
        r.source = QStringLiteral("entry");
    }
    return r;
}

qint64 EnergyService::saveReading(const ReadingInput &input)
{
    m_session.require(Permission::EditEnergy);
    const Meter m = loadMeter(input.meterId);
    if (!m.isActive())
        throw ValidationError(tr("The meter \"%1\" is retired.").arg(m.meterNo));
    const auto start = monthStart(input.month);
    if (!start)
        throw ValidationError(tr("The month \"%1\" is not a month (YYYY-MM).").arg(input.month));
    if (input.month < m.sinceMonth)
        throw ValidationError(tr("The meter \"%1\" is read from %2 on.").arg(m.meterNo, m.sinceMonth));
    const QDate today = m_clock.today();
    if (input.month > monthKey(today.year(), today.month()))
        throw ValidationError(tr("%1 has not begun yet.").arg(input.month));
    if (input.amount && *input.amount < 0)
        throw ValidationError(tr("An invoice amount may not be negative."));
    const auto before = m_readings.find(m.id, input.month);
    requireMeterScope(m, before ? QStringLiteral("update") : QStringLiteral("create"));
    const Assessment a = assessFor(m, input);
    if (a.flags != NoFlag && input.note.trimmed().isEmpty())
        throw AnomalyError(tr("The reading of meter \"%1\" for %2 needs a confirmation: %3.")
                               .arg(m.meterNo, input.month, a.describe()),
                           a);
    Reading r = derive(m, input, a, before);
    Transaction tx(m_db);
    if (before) {
        m_readings.update(r);
        m_audit.record(QStringLiteral("update"), kReading, r.id, toJson(*before), toJson(r));
    } else {
        r.id = m_readings.insert(r);
        m_audit.record(QStringLiteral("create"), kReading, r.id, {}, toJson(r));
    }
    if (m.kind == ReadingKind::Cumulative)
        rederiveNext(m, r);
    tx.commit();
    return r.id;
}

// The next month's use depends on this month's index: derived again (and flagged again when
// it now falls below), its old value kept in the audit.
void EnergyService::rederiveNext(const Meter &meter, const Reading &changed)
{
    const auto next = m_readings.next(meter.id, changed.month);
    if (!next)
        return;
    Reading r = *next;
    qint64 use = 0;
    switch (r.event) {
    case ReadingEvent::None: use = r.valueMilli - changed.valueMilli; break;
    case ReadingEvent::Rollover: use = meter.rolloverMilli - changed.valueMilli + r.valueMilli; break;
    case ReadingEvent::Replacement:
        use = r.oldFinalMilli - changed.valueMilli + r.valueMilli - r.newStartMilli;
        break;
    }
    int flags = r.flags & ~BelowPrevious;
    if (r.event == ReadingEvent::None && r.valueMilli < changed.valueMilli)
        flags |= BelowPrevious;
    if (use == r.consumptionMilli && flags == r.flags)
        return;
    r.consumptionMilli = use;
    if ((flags & ~r.flags) != 0)
        r.note.clear(); // a new reason: it awaits a confirmation again
    r.flags = flags;
    r.updatedAt = m_clock.nowSecs();
    m_readings.update(r);
    m_audit.record(QStringLiteral("update"), kReading, r.id, toJson(*next), toJson(r));
}

void EnergyService::confirmReading(qint64 readingId, const QString &note)
{
    m_session.require(Permission::EditEnergy);
    const auto before = m_readings.find(readingId);
    if (!before)
        throw NotFoundError(tr("The reading no longer exists."));
    if (note.trimmed().isEmpty())
        throw ValidationError(tr("Give a note saying why the reading is right."));
    const Meter m = loadMeter(before->meterId);
    requireMeterScope(m, QStringLiteral("confirm"));
    Reading r = *before;
    r.note = note.trimmed();
    r.updatedAt = m_clock.nowSecs();
    Transaction tx(m_db);
    m_readings.update(r);
    m_audit.record(QStringLiteral("confirm"), kReading, r.id, toJson(*before), toJson(r));
    tx.commit();
}

QList<GridRow> EnergyService::entryGrid(const QString &month, qint64 buildingId) const
{
    if (!monthStart(month))
        throw ValidationError(tr("The month \"%1\" is not a month (YYYY-MM).").arg(month));
    return m_readings.grid(month, scopeRoot(), buildingId);
}

QList<Reading> EnergyService::readingsOf(qint64 meterId, const QString &from,
                                         const QString &to) const
{
    meter(meterId); // the scope
    return m_readings.ofMeter(meterId, from, to);
}

ImportSummary EnergyService::importReadings(const QList<ImportedReading> &readings,
                                            const QString &fileName)
{
    m_session.require(Permission::EditEnergy);
    ImportSummary summary;
    QHash<qint64, QList<qsizetype>> byMeter;
    for (qsizetype i = 0; i < readings.size(); ++i)
        byMeter[readings[i].meterId] << i;
    QHash<qint64, Meter> meters;
    for (auto it = byMeter.cbegin(); it != byMeter.cend(); ++it) {
        const Meter m = loadMeter(it.key());
        if (!m.isActive())
            throw ValidationError(tr("The meter \"%1\" is retired.").arg(m.meterNo));
        if (!m_scope->covers(loadBuilding(m.buildingId).departmentId))
            throw PermissionError(tr("This record belongs to another agency, outside your scope."));
        meters.insert(m.id, m);
    }
    const qint64 now = m_clock.nowSecs();
    const double k = anomalyK();
    // A large import: SQLite's page cache raised and its checkpoint held back until after the
    // commit (as the fuel import does).
    BulkLoadCache cache(m_db, 262144);
    DeferredCheckpoint checkpoint(m_db);
    Transaction tx(m_db);
    // Many readings: the month index is rebuilt once after the load instead of updated row by
    // row (inside the transaction, so a failure leaves it as it was).
    std::optional<DeferredIndexes> deferred;
    if (readings.size() >= 50'000 && !m_db.isPostgres())
        deferred.emplace(m_db, DeferredIndexes::secondaryIndexesOf(
                                   m_db, {QStringLiteral("energy_readings")}));
    std::vector<double> scratch;
    BulkStatement insert(m_db,
                         QStringLiteral("INSERT INTO energy_readings (meter_id, month, value_milli, "
                                        "consumption_milli, amount, event, flags, note, source, "
                                        "updated_at, created_at) VALUES (?, ?, ?, ?, ?, '', ?, '', "
                                        "'import', ?, ?)"),
                         tr("saving the imported readings"));
    for (auto it = byMeter.cbegin(); it != byMeter.cend(); ++it) {
        const Meter &meter = meters[it.key()];
        // The meter's readings by month, the imported ones in place of the stored ones.
        QMap<QString, Reading> merged;
        for (const Reading &r : m_readings.ofMeter(meter.id, QStringLiteral("0000-00"),
                                                   QStringLiteral("9999-99")))
            merged.insert(r.month, r);
        QSet<QString> imported;
        for (qsizetype i : it.value()) {
            const ImportedReading &in = readings[i];
            Reading r;
            if (const auto old = merged.constFind(in.month); old != merged.cend()) {
                r.id = old->id;
                r.createdAt = old->createdAt;
                ++summary.replaced;
            } else {
                r.createdAt = now;
            }
            r.meterId = meter.id;
            r.month = in.month;
            r.valueMilli = in.valueMilli;
            r.amount = in.amount;
            r.source = QStringLiteral("import");
            r.updatedAt = now;
            merged.insert(in.month, r);
            imported.insert(in.month);
        }
        // Derive the uses in month order; apply the rule to the imported months; write the
        // imported ones and the stored ones whose use changed.
        std::optional<qint64> previous;
        std::array<std::vector<double>, 12> history;
        for (auto r = merged.begin(); r != merged.end(); ++r) {
            const Reading before = *r;
            const bool isImported = imported.contains(r.key());
            if (meter.kind == ReadingKind::Cumulative) {
                const qint64 base = previous.value_or(meter.initialMilli);
                switch (r->event) {
                case ReadingEvent::None: r->consumptionMilli = r->valueMilli - base; break;
                case ReadingEvent::Rollover:
                    r->consumptionMilli = meter.rolloverMilli - base + r->valueMilli;
                    break;
                case ReadingEvent::Replacement:
                    r->consumptionMilli = r->oldFinalMilli - base + r->valueMilli - r->newStartMilli;
                    break;
                }
                r->flags &= ~BelowPrevious;
                if (r->event == ReadingEvent::None && r->valueMilli < base)
                    r->flags |= BelowPrevious;
                previous = r->valueMilli;
            } else {
                r->consumptionMilli = r->valueMilli;
            }
            const int calendarMonth = r.key().mid(5, 2).toInt() - 1;
            std::vector<double> &h = history[qBound(0, calendarMonth, 11)];
            if (isImported) {
                r->flags &= ~OutsideRange;
                if (h.size() >= 3) {
                    scratch.assign(h.begin(), h.end());
                    const double med = medianOf(scratch);
                    for (double &v : scratch)
                        v = std::abs(v - med);
                    const double mad = std::max(medianOf(scratch), kMinimumSpread * std::abs(med));
                    const double x = double(r->consumptionMilli);
                    if (x < med - k * mad || x > med + k * mad)
                        r->flags |= OutsideRange;
                }
            }
            h.push_back(double(r->consumptionMilli));
            if (isImported) {
                r->note.clear(); // a new value: a flag awaits its confirmation
                if (r->flags != NoFlag)
                    ++summary.flagged;
                ++summary.stored;
                if (r->id > 0) {
                    m_readings.update(*r);
                } else {
                    insert.bind(0, meter.id);
                    insert.bind(1, r->month);
                    insert.bind(2, r->valueMilli);
                    insert.bind(3, r->consumptionMilli);
                    if (r->amount)
                        insert.bind(4, *r->amount);
                    else
                        insert.bindNull(4);
                    insert.bind(5, qint64(r->flags));
                    insert.bind(6, now);
                    insert.bind(7, now);
                    insert.exec();
                }
            } else if (r->consumptionMilli != before.consumptionMilli || r->flags != before.flags) {
                if ((r->flags & ~before.flags) != 0)
                    r->note.clear();
                r->updatedAt = now;
                m_readings.update(*r);
                m_audit.record(QStringLiteral("update"), kReading, r->id, toJson(before), toJson(*r));
            }
        }
    }
    m_audit.record(QStringLiteral("import"), kReading, 0, {},
                   QJsonObject {{QStringLiteral("file"), fileName},
                                {QStringLiteral("stored"), summary.stored},
                                {QStringLiteral("replaced"), summary.replaced},
                                {QStringLiteral("flagged"), summary.flagged}});
    if (deferred)
        deferred->rebuild();
    tx.commit();
    checkpoint.startAfterCommit();
    return summary;
}

// --- Coefficients ----------------------------------------------------------------------------

QList<Coefficient> EnergyService::coefficients() const
{
    return m_coefficients.all();
}

std::optional<Coefficient> EnergyService::coefficientFor(EnergyType type, const QDate &date) const
{
    std::optional<Coefficient> found;
    for (const Coefficient &c : m_coefficients.all())
        if (c.type == type && c.validFrom <= date)
            found = c;
    return found;
}

double EnergyService::toKgce(EnergyType type, const QString &unit, qint64 milli,
                             const Coefficient &c)
{
    if (!isEnergy(type))
        return 0;
    const double quantity = double(milli) / 1000.0;
    if (unit == c.unit)
        return quantity * c.kgcePerUnit;
    if (unit == QLatin1String("L") && c.unit == QLatin1String("kg") && c.density)
        return quantity * *c.density * c.kgcePerUnit;
    return 0;
}

qint64 EnergyService::saveCoefficient(const Coefficient &coefficient)
{
    m_session.require(Permission::ManageStandards);
    Coefficient c = coefficient;
    c.unit = c.unit.trimmed();
    c.note = c.note.trimmed();
    if (!isEnergy(c.type))
        throw ValidationError(tr("Water is a resource, not energy: it has no standard-coal "
                                 "coefficient."));
    if (!c.validFrom.isValid())
        throw ValidationError(tr("Give the date from which the coefficient applies."));
    if (!(c.kgcePerUnit > 0) || c.kgcePerUnit > 1000)
        throw ValidationError(tr("The coefficient must be a number of kgce per unit above zero."));
    if (c.unit.isEmpty())
        throw ValidationError(tr("Give the unit the coefficient is per."));
    if ((c.type == EnergyType::Petrol || c.type == EnergyType::Diesel)
        && (!c.density || !(*c.density > 0) || *c.density > 2))
        throw ValidationError(tr("Give the fuel's density in kg/L (between 0 and 2)."));
    if (m_coefficients.versionExists(c.type, c.validFrom, c.id))
        throw ValidationError(tr("%1 already has a coefficient from %2.")
                                  .arg(energyTypeDisplayName(c.type),
                                       c.validFrom.toString(Qt::ISODate)));
    std::optional<Coefficient> before;
    if (c.id > 0) {
        before = m_coefficients.find(c.id);
        if (!before)
            throw NotFoundError(tr("The coefficient no longer exists."));
        c.createdAt = before->createdAt;
    } else {
        c.createdAt = m_clock.nowSecs();
    }
    Transaction tx(m_db);
    if (before) {
        m_coefficients.update(c);
        m_audit.record(QStringLiteral("update"), kCoefficient, c.id, toJson(*before), toJson(c));
    } else {
        c.id = m_coefficients.insert(c);
        m_audit.record(QStringLiteral("create"), kCoefficient, c.id, {}, toJson(c));
    }
    tx.commit();
    return c.id;
}

// --- Indicators --------------------------------------------------------------------------------

QList<BuildingInfo> EnergyService::buildingsOf(IndicatorLevel level, qint64 id) const
{
    switch (level) {
    case IndicatorLevel::Building: {
        const BuildingInfo b = loadBuilding(id);
        if (!m_scope->covers(b.departmentId))
            throw PermissionError(tr("This record belongs to another agency, outside your scope."));
        return {b};
    }
    case IndicatorLevel::Agency:
        if (!m_scope->covers(id))
            throw PermissionError(tr("This record belongs to another agency, outside your scope."));
        return m_meters.buildings(scopeRoot(), id);
    case IndicatorLevel::Region: break;
    }
    return m_meters.buildings(scopeRoot(), 0);
}

EnergyService::Ledger EnergyService::ledger(const QList<BuildingInfo> &buildings,
                                            const QString &from, const QString &to,
                                            IndicatorLevel level, qint64 id) const
{
    Ledger l;
    l.first = Ledger::monthIndex(from);
    l.months = std::max(0, Ledger::monthIndex(to) - l.first + 1);
    const qint64 agency = level == IndicatorLevel::Agency ? id : 0;
    const qint64 building = level == IndicatorLevel::Building ? id : 0;
    for (const BuildingInfo &b : buildings) {
        l.usage.insert(b.id, std::vector<Usage>(size_t(l.months)));
        l.presence.insert(b.id, std::vector<std::pair<int, int>>(size_t(l.months)));
    }
    const CoefficientTable table(m_coefficients.all());
    for (const MonthTotal &t : m_readings.totals(from, to, scopeRoot(), agency, building)) {
        const auto b = l.usage.find(t.buildingId);
        const int slot = l.slot(t.month);
        if (b == l.usage.end() || slot < 0)
            continue;
        Usage &u = (*b)[size_t(slot)];
        const int i = typeIndex(t.type);
        u.milli[i] += t.consumptionMilli;
        u.cost[i] += t.cost;
        u.unconfirmed += t.unconfirmed;
        if (l.unit[i].isEmpty())
            l.unit[i] = t.unit;
        if (const Coefficient *c = table.at(t.type, t.month); c && isEnergy(t.type))
            u.kgce[i] += toKgce(t.type, t.unit, t.consumptionMilli, *c);
    }
    for (const MonthPresence &p : m_readings.presence(from, to, scopeRoot(), agency, building)) {
        const auto b = l.presence.find(p.buildingId);
        const int slot = l.slot(p.month);
        if (b != l.presence.end() && slot >= 0)
            (*b)[size_t(slot)] = {p.readings, p.flagged};
    }
    for (const auto &[buildingId, since] : m_meters.activeSince(scopeRoot()))
        if (l.usage.contains(buildingId))
            l.meterSince[buildingId].push_back(Ledger::monthIndex(since));
    return l;
}

Indicators EnergyService::indicators(const IndicatorRequest &request) const
{
    m_session.require(Permission::ViewReports);
    if (request.year < 1900 || request.year > 9999 || request.month < 1 || request.month > 12)
        throw ValidationError(tr("Choose a year and a month."));
    Indicators out;
    const QString last = monthKey(request.year, request.period == IndicatorPeriod::Year ? 12 : request.month);
    out.to = last;
    out.from = request.period == IndicatorPeriod::Month ? last : monthKey(request.year, 1);
    const QStringList months = monthsBetween(out.from, out.to);
    out.months = int(months.size());

    const QList<BuildingInfo> buildings = buildingsOf(request.level, request.id);
    const Ledger l = ledger(buildings, addMonths(out.from, -12), out.to, request.level, request.id);

    std::array<TypeTotal, kTypes> byType;
    QSet<QString> missing;
    QSet<qint64> incomplete;
    for (const BuildingInfo &b : buildings) {
        out.grossArea += b.grossArea;
        out.energyUsers += b.energyUsers;
        ++out.buildings;
        for (const QString &month : months) {
            const Usage *found = l.find(b.id, month);
            const Usage u = found ? *found : Usage {};
            for (int i = 0; i < kTypes; ++i) {
                byType[i].quantityMilli += u.milli[i];
                byType[i].kgce += u.kgce[i];
                byType[i].cost += u.cost[i];
            }
            out.awaitingConfirmation += u.unconfirmed;
            if (!l.complete(b.id, month)) {
                missing.insert(month);
                incomplete.insert(b.id);
            }
        }
    }
    for (EnergyType t : allEnergyTypes()) {
        TypeTotal tt = byType[typeIndex(t)];
        tt.type = t;
        tt.unit = l.unit[typeIndex(t)];
        if (tt.unit.isEmpty())
            tt.unit = defaultUnit(t);
        if (tt.quantityMilli == 0 && tt.cost == 0)
            continue;
        out.byType << tt;
        out.cost += tt.cost;
        if (t == EnergyType::Water)
            out.waterM3 += double(tt.quantityMilli) / 1000.0;
        else
            out.kgce += tt.kgce;
    }
    out.missingMonths = QStringList(missing.begin(), missing.end());
    out.missingMonths.sort();
    out.incompleteBuildings = int(incomplete.size());
    out.complete = !buildings.isEmpty() && missing.isEmpty();
    if (out.complete) {
        out.kgcePerM2 = ratio(out.kgce, double(out.grossArea) / 100.0);
        out.kgcePerPerson = ratio(out.kgce, double(out.energyUsers));
        out.waterPerPerson = ratio(out.waterM3, double(out.energyUsers));
    }

    auto kgceOver = [&](const QStringList &ms) {
        double s = 0;
        for (const BuildingInfo &b : buildings)
            for (const QString &m : ms)
                s += l.kgce(b.id, m);
        return s;
    };
    QStringList lastYear;
    for (const QString &m : months)
        lastYear << addMonths(m, -12);
    if (const double ly = kgceOver(lastYear); ly > 0) {
        out.lastYearKgce = ly;
        out.yearOnYear = change(out.kgce, ly);
    }
    if (request.period == IndicatorPeriod::Month) {
        if (const double prev = kgceOver({addMonths(last, -1)}); prev > 0) {
            out.previousKgce = prev;
            out.monthOnMonth = change(out.kgce, prev);
        }
    }
    // The coefficients the period used: per type with use, each version valid in one of its
    // months (a report states them).
    const CoefficientTable table(m_coefficients.all());
    QSet<qint64> stated;
    for (const TypeTotal &t : out.byType)
        for (const QString &m : months)
            if (const Coefficient *c = table.at(t.type, m); c && !stated.contains(c->id)) {
                stated.insert(c->id);
                out.coefficients << AppliedCoefficient {c->type, c->validFrom, c->kgcePerUnit,
                                                        c->unit, c->density};
            }
    return out;
}

QList<BuildingIndicator> EnergyService::buildingIndicators(int year) const
{
    m_session.require(Permission::ViewReports);
    const QList<BuildingInfo> buildings = buildingsOf(IndicatorLevel::Region, 0);
    const QString from = monthKey(year, 1), to = monthKey(year, 12);
    const QStringList months = monthsBetween(from, to);
    const Ledger l = ledger(buildings, from, to, IndicatorLevel::Region, 0);
    QList<BuildingIndicator> out;
    out.reserve(buildings.size());
    for (const BuildingInfo &b : buildings) {
        BuildingIndicator bi;
        bi.buildingId = b.id;
        bi.code = b.code;
        bi.name = b.name;
        bi.grossArea = b.grossArea;
        bi.energyUsers = b.energyUsers;
        bi.complete = true;
        for (const QString &m : months) {
            if (const Usage *u = l.find(b.id, m)) {
                bi.kgce += u->totalKgce();
                bi.waterM3 += double(u->milli[typeIndex(EnergyType::Water)]) / 1000.0;
            }
            if (!l.complete(b.id, m))
                bi.complete = false;
        }
        if (bi.complete) {
            bi.kgcePerM2 = ratio(bi.kgce, double(b.grossArea) / 100.0);
            bi.kgcePerPerson = ratio(bi.kgce, double(b.energyUsers));
        }
        out << bi;
    }
    return out;
}

QList<std::pair<QString, double>> EnergyService::monthlyKgce(IndicatorLevel level, qint64 id,
                                                             const QString &lastMonth,
                                                             int count) const
{
    m_session.require(Permission::ViewReports);
    if (!monthStart(lastMonth) || count <= 0)
        throw ValidationError(tr("Choose a month."));
    const QString from = addMonths(lastMonth, -(count - 1));
    const QList<BuildingInfo> buildings = buildingsOf(level, id);
    const Ledger l = ledger(buildings, from, lastMonth, level, id);
    QList<std::pair<QString, double>> out;
    for (const QString &m : monthsBetween(from, lastMonth)) {
        double s = 0;
        for (const BuildingInfo &b : buildings)
            s += l.kgce(b.id, m);
        out.append({m, s});
    }
    return out;
}

QList<StatusRow> EnergyService::readingStatus(const QString &lastMonth, int count) const
{
    m_session.require(Permission::ViewReports);
    if (!monthStart(lastMonth) || count <= 0)
        throw ValidationError(tr("Choose a month."));
    const QString from = addMonths(lastMonth, -(count - 1));
    const QList<BuildingInfo> buildings = buildingsOf(IndicatorLevel::Region, 0);
    const Ledger l = ledger(buildings, from, lastMonth, IndicatorLevel::Region, 0);
    const QStringList months = monthsBetween(from, lastMonth);
    QList<StatusRow> out;
    for (const BuildingInfo &b : buildings) {
        StatusRow row;
        row.buildingId = b.id;
        row.code = b.code;
        row.name = b.name;
        for (const QString &m : months)
            row.months << l.state(b.id, m);
        out << row;
    }
    return out;
}

// --- Quotas ----------------------------------------------------------------------------------------

std::optional<Quota> EnergyService::quota(qint64 buildingId, int year) const
{
    buildingsOf(IndicatorLevel::Building, buildingId); // the scope
    return m_quotas.find(buildingId, year);
}

void EnergyService::setQuota(qint64 buildingId, int year, qint64 kgce, const QString &note)
{
    m_session.require(Permission::EditEnergy);
    const BuildingInfo b = loadBuilding(buildingId);
    if (year < 2000 || year > 2100)
        throw ValidationError(tr("Choose the quota's year."));
    if (kgce <= 0)
        throw ValidationError(tr("A quota is a number of kgce above zero."));
    const auto before = m_quotas.find(buildingId, year);
    m_scope->require(b.departmentId, before ? QStringLiteral("update") : QStringLiteral("create"),
                     kQuota, before ? before->id : 0);
    Quota q = before.value_or(Quota {});
    q.buildingId = buildingId;
    q.year = year;
    q.kgce = kgce;
    q.note = note.trimmed();
    auto json = [](const Quota &x) {
        return QJsonObject {{QStringLiteral("building_id"), x.buildingId},
                            {QStringLiteral("year"), x.year},
                            {QStringLiteral("kgce"), x.kgce},
                            {QStringLiteral("note"), x.note}};
    };
    Transaction tx(m_db);
    if (before) {
        m_quotas.update(q);
        m_audit.record(QStringLiteral("update"), kQuota, q.id, json(*before), json(q));
    } else {
        q.createdAt = m_clock.nowSecs();
        q.id = m_quotas.insert(q);
        m_audit.record(QStringLiteral("create"), kQuota, q.id, {}, json(q));
    }
    tx.commit();
}

QuotaForecast EnergyService::forecast(qint64 buildingId, int year, int asOfMonth) const
{
    m_session.require(Permission::ViewReports);
    if (asOfMonth < 1 || asOfMonth > 12)
        throw ValidationError(tr("Choose a month."));
    const QList<BuildingInfo> buildings = buildingsOf(IndicatorLevel::Building, buildingId);
    QuotaForecast f;
    f.buildingId = buildingId;
    f.year = year;
    if (const auto q = m_quotas.find(buildingId, year))
        f.quotaKgce = q->kgce;
    const Ledger l = ledger(buildings, monthKey(year - 1, 1), monthKey(year, asOfMonth),
                            IndicatorLevel::Building, buildingId);
    for (int m = 1; m <= asOfMonth; ++m) {
        if (!l.complete(buildingId, monthKey(year, m)))
            break;
        f.monthsKnown = m;
    }
    if (f.monthsKnown == 0)
        return f;
    double lastYearSoFar = 0, lastYearTotal = 0;
    bool lastYearComplete = true;
    for (int m = 1; m <= 12; ++m) {
        const QString month = monthKey(year - 1, m);
        const double k = l.kgce(buildingId, month);
        if (!l.complete(buildingId, month))
            lastYearComplete = false;
        lastYearTotal += k;
        if (m <= f.monthsKnown)
            lastYearSoFar += k;
    }
    for (int m = 1; m <= f.monthsKnown; ++m)
        f.yearToDateKgce += l.kgce(buildingId, monthKey(year, m));
    if (lastYearComplete && lastYearSoFar > 0 && lastYearTotal > 0) {
        f.seasonal = true;
        f.forecastKgce = f.yearToDateKgce * lastYearTotal / lastYearSoFar;
    } else {
        f.forecastKgce = f.yearToDateKgce * 12.0 / f.monthsKnown;
    }
    return f;
}

} // namespace ga::energy
