#include "vehicles/FuelImporter.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Session.h"
#include "storage/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "storage/csv/FieldParsers.h"
#include "vehicles/ImportSupport.h"
#include "vehicles/Plate.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ga::vehicles {

namespace {


const char *const kFieldKeys[] = {"plate",    "fleetNo", "card",      "time",    "fuelKind",
                                  "quantity", "amount",  "unitPrice", "station", "odometer"};
enum FieldIndex {
    PlateField, FleetNo, Card, Time, Kind, Quantity, Amount, UnitPrice, Station, Odometer,
    FieldCount
};

struct VehicleInfo
{
    qint64 id = 0;
    QString plate;
    QString card;
    EnergyType energy = EnergyType::Petrol;
};

struct FuelRow
{
    qint64 line = 0;
    qint64 vehicleId = 0;
    QString plate;
    QString card;
    qint64 at = 0;
    QDate date;
    QTime time;
    FuelKind kind = FuelKind::Petrol;
    qint64 quantityMilli = 0;
    qint64 amount = 0;
    QString station;
    qint64 odometer = -1;
};

struct FuelKey
{
    QString card;
    qint64 at;
    qint64 amount;
    bool operator==(const FuelKey &) const = default;
};

// Money::parse, with a fast path for the plain "123.45" of statements.
std::optional<Money> parseAmount(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype decimals = dot < 0 ? 0 : text.size() - dot - 1;
    bool plain = !text.isEmpty() && decimals <= 2 && dot != 0;
    for (qsizetype i = 0; plain && i < text.size(); ++i)
        plain = (text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) || i == dot;
    if (plain)
        if (const auto fen = parseScaled(text, 2))
            return Money(*fen);
    return Money::parse(text);
}

size_t qHash(const FuelKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.card, k.at, k.amount);
}

} // namespace

class FuelImporter::Run
{
public:
    Run(Database &db, const CsvDocument &doc, const ColumnMapping &mapping,
        const DateTimeFormat &format, const QString &vehicleKey, bool gallons)
        : m_format(format)
        , m_vehicleKey(vehicleKey)
        , m_gallons(gallons)
    {
        for (int f = 0; f < FieldCount; ++f)
            m_columns[f] = mapping.columnOf(QLatin1String(kFieldKeys[f]), doc.headers());
        Query q(db,
                QStringLiteral("SELECT id, plate, fleet_no, fuel_card_no, energy_type FROM vehicles"),
                tr("loading the vehicles"));
        q.exec();
        while (q.next()) {
            VehicleInfo v;
            v.id = q.value(0).toLongLong();
            v.plate = q.value(1).toString();
            v.card = q.value(3).toString().trimmed();
            v.energy = fromEnergyTypeKey(q.value(4).toString()).value_or(EnergyType::Petrol);
            const qsizetype i = m_vehicles.size();
            m_vehicles.append(v);
            m_byPlate.insert(normalisePlate(v.plate), i);
            if (!q.value(2).isNull())
                m_byFleetNo.insert(q.value(2).toString().trimmed().toUpper(), i);
            if (!v.card.isEmpty())
                m_byCard.insert(v.card, i);
        }
    }

    QString cell(const QStringList &row, int field) const
    {
        const int c = m_columns[field];
        return c >= 0 && c < row.size() ? row.at(c).trimmed() : QString();
    }

    // Reads one row; returns why it cannot be stored, or an empty string.
    QString read(const QStringList &row, FuelRow &r)
    {
        // The vehicle.
        const VehicleInfo *vehicle = nullptr;
        const QString card = cleanCode(cell(row, Card));
        if (looksLikeScientificNotation(card))
            return tr("The card number \"%1\" was shortened by Excel to scientific notation; "
                      "format the column as text and export again.")
                .arg(card);
        if (m_vehicleKey == QLatin1String("card")) {
            if (card.isEmpty())
                return tr("The card number is empty.");
            const qsizetype i = m_byCard.value(card, -1);
            if (i < 0)
                return tr("No vehicle holds the fuel card %1.").arg(card);
            vehicle = &m_vehicles.at(i);
        } else if (m_vehicleKey == QLatin1String("fleetNo")) {
            const QString fleetNo = cleanCode(cell(row, FleetNo));
            if (fleetNo.isEmpty())
                return tr("The fleet number is empty.");
            const qsizetype i = m_byFleetNo.value(fleetNo.toUpper(), -1);
            if (i < 0)
                return tr("No vehicle has the fleet number %1.").arg(fleetNo);
            vehicle = &m_vehicles.at(i);
        } else {
            const QString plate = cell(row, PlateField);
            if (plate.isEmpty())
                return tr("The plate is empty.");
            auto found = m_plateIndex.constFind(plate);
            if (found == m_plateIndex.cend())
                found = m_plateIndex.insert(plate, m_byPlate.value(normalisePlate(plate), -1));
            const qsizetype i = *found;
            if (i < 0)
                return isValidPlate(plate) ? tr("No vehicle has the plate %1.").arg(normalisePlate(plate))
                                           : tr("\"%1\" is not a valid plate.").arg(plate);
            vehicle = &m_vehicles.at(i);
        }
        r.vehicleId = vehicle->id;
        r.plate = vehicle->plate;
        if (!card.isEmpty()) {
            const qsizetype holder = m_byCard.value(card, -1);
            if (holder >= 0 && m_vehicles.at(holder).id != vehicle->id)
                return tr("The fuel card %1 belongs to %2, not to %3.")
                    .arg(card, m_vehicles.at(holder).plate, vehicle->plate);
            r.card = card;
        } else if (!vehicle->card.isEmpty()) {
            r.card = vehicle->card;
        } else {
            return tr("The row has no card number and %1 has no fuel card.").arg(vehicle->plate);
        }

        // When.
        const QString time = cell(row, Time);
        QDate date;
        QTime clock;
        if (time.isEmpty())
            return tr("The time is empty.");
        if (!m_format.parse(time, &date, &clock))
            return tr("The time \"%1\" is not in the format %2.").arg(time, m_format.name());
        r.at = m_localTime.toUtcSecs(date, clock);
        r.date = date;
        r.time = clock;

        // What.
        const QString kind = cell(row, Kind);
        if (kind.isEmpty()) {
            r.kind = defaultFuelKind(vehicle->energy);
        } else {
            auto cached = m_kinds.constFind(kind);
            if (cached == m_kinds.cend())
                cached = m_kinds.insert(kind, parseFuelKind(kind));
            const std::optional<FuelKind> k = *cached;
            if (!k)
                return tr("\"%1\" is not a fuel (petrol, diesel or electricity).").arg(kind);
            r.kind = *k;
        }

        const QString quantity = cell(row, Quantity);
        if (quantity.isEmpty())
            return tr("The quantity is empty.");
        qint64 fileMilli = 0; // thousandths of the file's unit
        const bool gallons = m_gallons && r.kind != FuelKind::Electricity;
        if (gallons) {
            const auto micro = parseScaled(quantity, 6);
            if (!micro)
                return tr("The quantity \"%1\" is not a number.").arg(quantity);
            fileMilli = *micro / 1000;
            r.quantityMilli = std::llround(double(*micro) * LitresPerUsGallon / 1000.0);
        } else {
            const auto milli = parseScaled(quantity, 3);
            if (!milli)
                return tr("The quantity \"%1\" is not a number.").arg(quantity);
            fileMilli = *milli;
            r.quantityMilli = *milli;
        }
        if (r.quantityMilli <= 0)
            return tr("The quantity must be more than zero (it is %1).").arg(quantity);
        if (r.quantityMilli > 1'000'000'000LL)
            return tr("The quantity %1 is too large.").arg(quantity);

        const QString amount = cell(row, Amount);
        if (amount.isEmpty())
            return tr("The amount is empty.");
        const auto money = parseAmount(amount);
        if (!money)
            return tr("The amount \"%1\" is not a sum of money in yuan.").arg(amount);
        if (money->fen() < 0)
            return tr("The amount must not be negative (it is %1).").arg(amount);
        r.amount = money->fen();

        const QString price = cell(row, UnitPrice);
        if (!price.isEmpty()) {
            const auto perUnit = parseScaled(price, 4); // 0.0001 yuan
            if (!perUnit || *perUnit < 0)
                return tr("The unit price \"%1\" is not a sum of money.").arg(price);
            // quantity (0.001 unit) × price (0.0001 yuan) → fen: / 10^5
            const qint64 expected = qint64(std::llround(double(fileMilli) * double(*perUnit) / 1e5));
            const qint64 tolerance = std::max<qint64>(100, r.amount / 20);
            if (std::llabs(expected - r.amount) > tolerance)
                return tr("The amount %1 does not match quantity × unit price (%2).")
                    .arg(Money(r.amount).toString(), Money(expected).toString());
        }

        r.station = cell(row, Station);
        r.odometer = -1;
        const QString odometer = cell(row, Odometer);
        if (!odometer.isEmpty()) {
            const auto km = parseWholeNumber(odometer);
            if (!km || *km < 0)
                return tr("The odometer reading \"%1\" is not a number of kilometres.").arg(odometer);
            r.odometer = *km;
        }
        return {};
    }

    // The line of an earlier row of the file with the same card, time and amount, or 0;
    // remembers this row otherwise.
    qint64 earlierLine(const FuelRow &r, qint64 line)
    {
        const FuelKey key{r.card, r.at, r.amount};
        const auto it = m_seen.constFind(key);
        if (it != m_seen.cend())
            return *it;
        m_seen.insert(key, line);
        return 0;
    }

    QStringList display(const FuelRow &r, const QStringList &row) const
    {
        QStringList values;
        for (int f = 0; f < FieldCount; ++f) {
            switch (f) {
            case PlateField: values << r.plate; break;
            case Card: values << r.card; break;
            case Time: values << QLocale().toString(QDateTime(r.date, r.time), QLocale::ShortFormat); break;
            case Kind: values << displayName(r.kind); break;
            case Quantity: values << QLocale().toString(r.quantityMilli / 1000.0, 'f', 3); break;
            case Amount: values << Money(r.amount).toString(); break;
            case Odometer: values << (r.odometer >= 0 ? QLocale().toString(r.odometer) : QString()); break;
            default: values << cell(row, f); break;
            }
        }
        return values;
    }

    void reserve(qint64 rows) { m_seen.reserve(rows); }

private:
    int m_columns[FieldCount];
    DateTimeFormat m_format;
    QString m_vehicleKey;
    bool m_gallons = false;
    LocalTimeConverter m_localTime;
    QList<VehicleInfo> m_vehicles;
    QHash<QString, qsizetype> m_byPlate;
    QHash<QString, qsizetype> m_byFleetNo;
    QHash<QString, qsizetype> m_byCard;
    QHash<FuelKey, qint64> m_seen;
    QHash<QString, std::optional<FuelKind>> m_kinds;  // cell text → fuel kind
    QHash<QString, qsizetype> m_plateIndex;           // cell text → vehicle or -1
};

FuelImporter::FuelImporter(Database &db, const Session &session, AuditLog &audit,
                           const Clock &clock)
    : m_db(db)
    , m_session(session)
    , m_audit(audit)
    , m_clock(clock)
{}

QString FuelImporter::title() const
{
    return tr("Fuel transactions");
}

QList<ImportField> FuelImporter::fields() const
{
    const auto s = [](std::initializer_list<const char16_t *> list) {
        QStringList out;
        for (const char16_t *w : list)
            out << QString::fromUtf16(w);
        return out;
    };
    return {
        {QStringLiteral("plate"), tr("Plate"), false,
         s({u"车牌号", u"车牌", u"车牌号码", u"号牌号码", u"plate", u"plate no", u"licence plate"})},
        {QStringLiteral("fleetNo"), tr("Fleet number"), false,
         s({u"自编号", u"车辆编号", u"fleet no", u"fleet number"})},
        {QStringLiteral("card"), tr("Card number"), false,
         s({u"卡号", u"油卡号", u"加油卡号", u"卡片号码", u"card", u"card no", u"card number"})},
        {QStringLiteral("time"), tr("Time"), true,
         s({u"交易时间", u"加油时间", u"消费时间", u"充电时间", u"时间", u"交易日期", u"日期", u"time",
            u"date", u"datetime"})},
        {QStringLiteral("fuelKind"), tr("Fuel"), false,
         s({u"油品", u"油品名称", u"商品名称", u"燃油类型", u"油号", u"fuel", u"product"})},
        {QStringLiteral("quantity"), tr("Quantity"), true,
         s({u"数量", u"升数", u"加油量", u"加油数量", u"充电量", u"litres", u"liters", u"quantity",
            u"volume", u"gallons"})},
        {QStringLiteral("amount"), tr("Amount (yuan)"), true,
         s({u"金额", u"消费金额", u"交易金额", u"实付金额", u"amount"})},
        {QStringLiteral("unitPrice"), tr("Unit price"), false,
         s({u"单价", u"unit price", u"price"})},
        {QStringLiteral("station"), tr("Station"), false,
         s({u"油站", u"加油站", u"油站名称", u"站点", u"网点", u"station"})},
        {QStringLiteral("odometer"), tr("Odometer (km)"), false,
         s({u"里程", u"里程数", u"表显里程", u"odometer", u"mileage"})},
    };
}

QString FuelImporter::vehicleKeyOf(const ColumnMapping &mapping, const QStringList &headers)
{
    if (!mapping.vehicleKey.isEmpty())
        return mapping.vehicleKey;
    if (mapping.columnOf(QStringLiteral("plate"), headers) >= 0)
        return QStringLiteral("plate");
    if (mapping.columnOf(QStringLiteral("fleetNo"), headers) >= 0)
        return QStringLiteral("fleetNo");
    if (mapping.columnOf(QStringLiteral("card"), headers) >= 0)
        return QStringLiteral("card");
    return {};
}

namespace {

// Checks the importer's own mapping options; throws ValidationError.
void checkOptions(const ColumnMapping &mapping, const QString &vehicleKey,
                  const QStringList &headers)
{
    static const QStringList keys{QStringLiteral("plate"), QStringLiteral("fleetNo"),
                                  QStringLiteral("card")};
    if (vehicleKey.isEmpty())
        throw ValidationError(FuelImporter::tr("The file has no column that identifies the "
                                               "vehicle: map the plate, the fleet number or the "
                                               "card number."));
    if (!keys.contains(vehicleKey))
        throw ValidationError(FuelImporter::tr("The vehicle key \"%1\" is not one of plate, "
                                               "fleetNo, card.")
                                  .arg(vehicleKey));
    if (mapping.columnOf(vehicleKey, headers) < 0)
        throw ValidationError(FuelImporter::tr("The vehicles are to be found by %1, but no column "
                                               "is mapped to it.")
                                  .arg(vehicleKey));
    if (!mapping.units.isEmpty() && mapping.units != QLatin1String("litres")
        && mapping.units != QLatin1String("gallons"))
        throw ValidationError(FuelImporter::tr("The unit \"%1\" is not litres or gallons.")
                                  .arg(mapping.units));
}

} // namespace

QList<PreviewRow> FuelImporter::preview(const CsvDocument &doc, const ColumnMapping &mapping,
                                        int maxRows)
{
    QString setupProblem;
    DateTimeFormat format;
    const QString vehicleKey = vehicleKeyOf(mapping, doc.headers());
    try {
        checkOptions(mapping, vehicleKey, doc.headers());
        format = resolveDateFormat(doc, mapping);
    } catch (const ValidationError &e) {
        setupProblem = e.message();
    }
    Run run(m_db, doc, mapping, format, vehicleKey, mapping.units == QLatin1String("gallons"));
    Query stored(m_db,
                 QStringLiteral("SELECT 1 FROM fuel_transactions WHERE card_no = ? AND at = ? "
                                "AND amount = ?"),
                 tr("looking for stored fuel transactions"));
    QList<PreviewRow> rows;
    CsvReader reader = doc.dataReader();
    QStringList raw;
    while (rows.size() < maxRows && reader.readRow(raw)) {
        PreviewRow p;
        p.line = reader.rowLine();
        FuelRow r;
        p.problem = setupProblem.isEmpty() ? run.read(raw, r) : setupProblem;
        if (p.problem.isEmpty()) {
            p.values = run.display(r, raw);
            if (const qint64 earlier = run.earlierLine(r, p.line)) {
                p.duplicate = true;
                p.problem = tr("Same card, time and amount as line %1.").arg(earlier);
            } else {
                stored.raw().bindValue(0, r.card);
                stored.raw().bindValue(1, r.at);
                stored.raw().bindValue(2, r.amount);
                if (stored.exec().next()) {
                    p.duplicate = true;
                    p.problem = tr("Already stored (same card, time and amount).");
                }
                stored.raw().finish();
            }
        } else {
            for (int f = 0; f < FieldCount; ++f)
                p.values << run.cell(raw, f);
        }
        rows << p;
    }
    return rows;
}

ImportResult FuelImporter::importDocument(const CsvDocument &doc, const ImportOptions &options)
{
    m_session.require(Permission::EditVehicles);
    QElapsedTimer timer;
    timer.start();
    const ColumnMapping &mapping = options.mapping;
    const QStringList missing = ColumnMapping::missingRequired(fields(), mapping, doc.headers());
    if (!missing.isEmpty())
        throw ValidationError(tr("The file has no column for: %1.")
                                  .arg(missing.join(QStringLiteral(", "))));
    const QString vehicleKey = vehicleKeyOf(mapping, doc.headers());
    checkOptions(mapping, vehicleKey, doc.headers());
    const DateTimeFormat format = resolveDateFormat(doc, mapping);

    ImportResult result;
    result.fileName = doc.fileName();
    result.headers = doc.headers();
    const auto cancel = [&] {
        result.cancelled = true;
        result.accepted = 0;
        result.elapsedMs = timer.elapsed();
        return result; // the transaction, if begun, rolls back
    };

    // One transaction from the lookups to the last row, so both see the same ledger.
    Transaction tx(m_db);
    // Pass 1: read and validate every row. Progress runs to half the total here, the other
    // half while storing.
    Run run(m_db, doc, mapping, format, vehicleKey, mapping.units == QLatin1String("gallons"));
    const qint64 rows = doc.approximateRowCount();
    const qint64 total = rows * 2;
    run.reserve(rows);
    QList<FuelRow> pending;
    pending.reserve(rows);
    QSet<QString> strings; // one copy of each card number and station name
    const auto intern = [&strings](const QString &s) {
        auto it = strings.constFind(s);
        if (it == strings.cend())
            it = strings.insert(s);
        return *it;
    };
    {
        CsvReader reader = doc.dataReader();
        QStringList raw;
        qint64 done = 0;
        while (reader.readRow(raw)) {
            ++done;
            if (options.progress && done % 4096 == 0 && !options.progress(done, total))
                return cancel();
            if (std::all_of(raw.cbegin(), raw.cend(),
                            [](const QString &c) { return c.trimmed().isEmpty(); }))
                continue;
            const qint64 line = reader.rowLine();
            FuelRow r;
            const QString problem = run.read(raw, r);
            if (!problem.isEmpty()) {
                if (options.strict)
                    throw ValidationError(
                        tr("Line %1: %2 Nothing was imported.").arg(line).arg(problem));
                result.rejected.append({line, problem, raw});
                continue;
            }
            if (const qint64 earlier = run.earlierLine(r, line)) {
                result.duplicates.append(
                    {line, tr("Same card, time and amount as line %1.").arg(earlier), {}});
                continue;
            }
            r.line = line;
            r.card = intern(r.card);
            r.station = intern(r.station);
            r.plate.clear();
            pending.append(std::move(r));
        }
    }

    // Pass 2: store, vehicle by vehicle in time order, which keeps SQLite's index pages hot
    // (about twice as fast as the file's order for a statement sorted by time).
    std::stable_sort(pending.begin(), pending.end(), [](const FuelRow &a, const FuelRow &b) {
        return a.vehicleId != b.vehicleId ? a.vehicleId < b.vehicleId : a.at < b.at;
    });
    BulkLoadCache cache(m_db);
    BulkStatement insert(m_db,
                         QStringLiteral("INSERT INTO fuel_transactions (vehicle_id, card_no, at, "
                                        "fuel_kind, quantity_milli, amount, station, odometer_km, "
                                        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                        "ON CONFLICT (card_no, at, amount) DO NOTHING"),
                         tr("importing fuel transactions"));
    const qint64 now = m_clock.nowSecs();
    const QString kindKeys[] = {key(FuelKind::Petrol), key(FuelKind::Diesel),
                                key(FuelKind::Electricity)};
    const qint64 stored = pending.size();
    for (qint64 i = 0; i < stored; ++i) {
        if (options.progress && i % 4096 == 4095
            && !options.progress(rows + (i + 1) * rows / std::max<qint64>(stored, 1), total))
            return cancel();
        const FuelRow &r = pending.at(i);
        insert.bind(0, r.vehicleId);
        insert.bind(1, r.card);
        insert.bind(2, r.at);
        insert.bind(3, kindKeys[int(r.kind)]);
        insert.bind(4, r.quantityMilli);
        insert.bind(5, r.amount);
        insert.bind(6, r.station);
        if (r.odometer >= 0)
            insert.bind(7, r.odometer);
        else
            insert.bindNull(7);
        insert.bind(8, now);
        int changed = 0;
        try {
            changed = insert.exec();
        } catch (const Error &e) {
            throw StorageError(tr("Line %1 could not be stored, so nothing was imported: %2")
                                   .arg(r.line)
                                   .arg(e.message()));
        }
        if (changed == 0)
            result.duplicates.append(
                {r.line, tr("Already stored (same card, time and amount)."), {}});
        else
            ++result.accepted;
    }
    if (options.progress && !options.progress(total, total))
        return cancel();
    std::sort(result.duplicates.begin(), result.duplicates.end(),
              [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });

    QJsonObject after{{QStringLiteral("file"), doc.fileName()},
                      {QStringLiteral("accepted"), result.accepted},
                      {QStringLiteral("rejected"), qint64(result.rejected.size())},
                      {QStringLiteral("duplicates"), qint64(result.duplicates.size())},
                      {QStringLiteral("vehicleKey"), vehicleKey},
                      {QStringLiteral("units"), mapping.units.isEmpty() ? QStringLiteral("litres")
                                                                       : mapping.units},
                      {QStringLiteral("encoding"), doc.encoding()}};
    m_audit.record(QStringLiteral("import"), QStringLiteral("fuel_transactions"), 0, {}, after);
    tx.commit();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace ga::vehicles
