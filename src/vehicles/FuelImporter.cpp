#include "vehicles/FuelImporter.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Money.h"
#include "core/Session.h"
#include "org/AgencyScope.h"
#include "storage/AuditLog.h"
#include "storage/BulkStatement.h"
#include "storage/CopyIn.h"
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
#include <atomic>
#include <cmath>
#include <deque>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ga::vehicles {

namespace {

// In the order of FuelImporter::fields().
const char *const kFieldKeys[]
    = {"plate",  "fleetNo",   "card",        "time",     "timeOfDay", "fuelKind", "quantity",
       "amount", "unitPrice", "grossAmount", "discount", "station",   "odometer"};
enum FieldIndex {
    PlateField,
    FleetNo,
    Card,
    Time,
    TimeOfDay,
    Kind,
    Quantity,
    Amount,
    UnitPrice,
    Gross,
    Discount,
    Station,
    Odometer,
    FieldCount
};

struct VehicleInfo
{
    qint64 id = 0;
    QString plate;
    QString card;
    EnergyType energy = EnergyType::Petrol;
    int cardString = -1; // the card's index in Run's strings, once a row has used it
    bool holdsOwnCard = false; // no other vehicle is recorded with the same card
    bool inScope = true; // the user's agency scope holds its fuel ledger (its own vehicles)
};

// One row read and checked; texts are indexes into Run's strings (one copy of each).
struct FuelRow
{
    qint64 line = 0;
    qint64 vehicleId = 0;
    qint64 at = 0;
    qint64 quantityMilli = 0;
    qint64 amount = 0;
    qint64 odometer = -1;
    qsizetype vehicle = -1;
    int card = -1;
    int station = -1;
    FuelKind kind = FuelKind::Petrol;
    QDate date;
    QTime time;
};

struct FuelKey
{
    int card;
    qint64 at;
    qint64 amount;
    bool operator==(const FuelKey &) const = default;
};

size_t qHash(const FuelKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.card, k.at, k.amount);
}

// Cell text → V for the lookups made on every row (plate, fuel, station, card). std::hash
// over the UTF-16 units is several times cheaper on a short cell than qHash(QString), which
// the profile of a 500,000-row import showed as the largest cost of reading.
template<typename V> class TextMap
{
public:
    const V *find(QStringView key) const
    {
        const auto it = m_map.find(view(key));
        return it == m_map.end() ? nullptr : &it->second;
    }
    const V &insert(QStringView key, V value)
    {
        m_keys.emplace_back(view(key)); // a deque keeps each key where it is
        return m_map.insert_or_assign(std::u16string_view(m_keys.back()), std::move(value))
            .first->second;
    }
    V value(QStringView key, V fallback) const
    {
        const V *found = find(key);
        return found ? *found : fallback;
    }

private:
    static std::u16string_view view(QStringView s)
    {
        return {reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size())};
    }
    std::deque<std::u16string> m_keys;
    std::unordered_map<std::u16string_view, V> m_map;
};

// cleanCode() without a copy for the usual cell that needs no cleaning.
QStringView cleanCodeView(QStringView text, QString &buffer)
{
    const QStringView s = text.trimmed();
    if (!s.startsWith(QLatin1Char('=')) && !s.startsWith(QLatin1Char('\''))
        && !s.contains(QLatin1Char(' ')) && !s.contains(QLatin1Char('\t')))
        return s;
    buffer = cleanCode(s.toString());
    return buffer;
}

// Money::parse, with a fast path for the plain "123.45" of statements.
std::optional<Money> parseAmount(QStringView text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype decimals = dot < 0 ? 0 : text.size() - dot - 1;
    bool plain = !text.isEmpty() && decimals <= 2 && dot != 0;
    for (qsizetype i = 0; plain && i < text.size(); ++i)
        plain = (text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) || i == dot;
    if (plain)
        if (const auto fen = parseScaled(text, 2))
            return Money(*fen);
    return Money::parse(text.toString());
}

} // namespace

class FuelImporter::Run
{
public:
    using Cells = QList<QStringView>;

    Run(Database &db, const CsvDocument &doc, const ColumnMapping &mapping,
        const DateTimeFormat &format, const QString &vehicleKey, bool gallons, qint64 scopeRoot)
        : m_format(format)
        , m_gallons(gallons)
        , m_maxDiscountPercent(mapping.maxDiscountPercent)
        , m_kindMap(mapping.valueMap(QStringLiteral("fuelKind")))
    {
        m_key = vehicleKey == QLatin1String("card")      ? ByCard
                : vehicleKey == QLatin1String("fleetNo") ? ByFleetNo
                                                         : ByPlate;
        for (int f = 0; f < FieldCount; ++f)
            m_columns[f] = mapping.columnOf(QLatin1String(kFieldKeys[f]), doc.headers());
        // Another agency's vehicles stay known, so that their rows are refused with the reason.
        const QString inScope
            = scopeRoot > 0 ? QStringLiteral("department_id IN (%1)")
                                  .arg(AgencyScope::subtreeSelect(QStringLiteral(":scope_root")))
                            : QStringLiteral("1");
        Query q(db,
                QStringLiteral("SELECT id, plate, fleet_no, fuel_card_no, energy_type, %1 "
                               "FROM vehicles")
                    .arg(inScope),
                tr("loading the vehicles"));
        if (scopeRoot > 0)
            q.bind(QStringLiteral(":scope_root"), scopeRoot);
        q.exec();
        while (q.next()) {
            VehicleInfo v;
            v.id = q.value(0).toLongLong();
            v.plate = q.value(1).toString();
            v.card = q.value(3).toString().trimmed();
            v.energy = fromEnergyTypeKey(q.value(4).toString()).value_or(EnergyType::Petrol);
            v.inScope = q.value(5).toInt() != 0;
            const qsizetype i = m_vehicles.size();
            m_vehicles.append(v);
            m_byPlate.insert(normalisePlate(v.plate), i);
            if (!q.value(2).isNull())
                m_byFleetNo.insert(q.value(2).toString().trimmed().toUpper(), i);
            if (!v.card.isEmpty())
                m_byCard.insert(v.card, i);
        }
        for (qsizetype i = 0; i < m_vehicles.size(); ++i)
            m_vehicles[i].holdsOwnCard = !m_vehicles.at(i).card.isEmpty()
                                         && m_byCard.value(m_vehicles.at(i).card, -1) == i;
    }

    QStringView cell(const Cells &row, int field) const
    {
        const int c = m_columns[field];
        return c >= 0 && c < row.size() ? row.at(c).trimmed() : QStringView();
    }

    // Reads one row; returns why it cannot be stored, or an empty problem.
    RowProblem read(const Cells &row, FuelRow &r)
    {
        // The vehicle.
        const VehicleInfo *vehicle = nullptr;
        qsizetype vehicleIndex = -1;
        QString cardBuffer;
        const QStringView card = cleanCodeView(cell(row, Card), cardBuffer);
        if ((card.contains(QLatin1Char('E')) || card.contains(QLatin1Char('e')))
            && looksLikeScientificNotation(card.toString()))
            return tr("The card number \"%1\" was shortened by Excel to scientific notation; "
                      "format the column as text and export again.")
                .arg(card.toString());
        if (m_key == ByCard) {
            if (card.isEmpty())
                return tr("The card number is empty.");
            vehicleIndex = m_byCard.value(card, -1);
            if (vehicleIndex < 0)
                return RowProblem::grouped(
                    tr("No vehicle holds the fuel card %1.").arg(card.toString()),
                    tr("No vehicle holds this fuel card"), card.toString());
        } else if (m_key == ByFleetNo) {
            QString fleetBuffer;
            const QStringView fleetNo = cleanCodeView(cell(row, FleetNo), fleetBuffer);
            if (fleetNo.isEmpty())
                return tr("The fleet number is empty.");
            vehicleIndex = m_byFleetNo.value(fleetNo.toString().toUpper(), -1);
            if (vehicleIndex < 0)
                return RowProblem::grouped(
                    tr("No vehicle has the fleet number %1.").arg(fleetNo.toString()),
                    tr("No vehicle has this fleet number"), fleetNo.toString());
        } else {
            const QStringView plate = cell(row, PlateField);
            if (plate.isEmpty())
                return tr("The plate is empty.");
            const qsizetype *found = m_plateIndex.find(plate);
            vehicleIndex = found
                ? *found
                : m_plateIndex.insert(plate, m_byPlate.value(normalisePlate(plate.toString()), -1));
            if (vehicleIndex < 0) {
                if (!isValidPlate(plate.toString()))
                    return RowProblem::grouped(
                        tr("\"%1\" is not a valid plate.").arg(plate.toString()),
                        tr("Not a valid plate"), plate.toString());
                const QString normal = normalisePlate(plate.toString());
                return RowProblem::grouped(tr("No vehicle has the plate %1.").arg(normal),
                                           tr("No vehicle has this plate"), normal);
            }
        }
        vehicle = &m_vehicles.at(vehicleIndex);
        if (!vehicle->inScope)
            return RowProblem::grouped(
                tr("The vehicle %1 belongs to another agency, outside your scope.")
                    .arg(vehicle->plate),
                tr("Vehicle of another agency"), vehicle->plate);
        r.vehicle = vehicleIndex;
        r.vehicleId = vehicle->id;
        if (!card.isEmpty() && vehicle->holdsOwnCard && card == vehicle->card) {
            r.card = cardOf(vehicleIndex); // the usual row: the vehicle's own card
        } else if (!card.isEmpty()) {
            const qsizetype holder = m_byCard.value(card, -1);
            if (holder >= 0 && m_vehicles.at(holder).id != vehicle->id)
                return tr("The fuel card %1 belongs to %2, not to %3.")
                    .arg(card.toString(), m_vehicles.at(holder).plate, vehicle->plate);
            r.card = holder >= 0 ? cardOf(holder) : intern(card);
        } else if (!vehicle->card.isEmpty()) {
            r.card = cardOf(vehicleIndex);
        } else {
            return tr("The row has no card number and %1 has no fuel card.").arg(vehicle->plate);
        }

        // When.
        const QStringView time = cell(row, Time);
        QDate date;
        QTime clock;
        if (time.isEmpty())
            return tr("The time is empty.");
        if (!m_format.parse(time, &date, &clock))
            return RowProblem::grouped(tr("The time \"%1\" is not in the format %2.")
                                           .arg(time.toString(), m_format.name()),
                                       tr("Times not in the format %1").arg(m_format.name()),
                                       time.toString());
        const QStringView timeOfDay = cell(row, TimeOfDay);
        if (!timeOfDay.isEmpty() && !parseTimeOfDay(timeOfDay, &clock))
            return RowProblem::grouped(tr("The time of day \"%1\" is not a time of day (08:30, "
                                          "1:05 PM).")
                                           .arg(timeOfDay.toString()),
                                       tr("Times of day not readable"), timeOfDay.toString());
        r.at = m_localTime.toUtcSecs(date, clock);
        r.date = date;
        r.time = clock;

        // What.
        const QStringView kind = cell(row, Kind);
        if (kind.isEmpty()) {
            r.kind = defaultFuelKind(vehicle->energy);
        } else {
            const std::optional<FuelKind> *cached = m_kinds.find(kind);
            const std::optional<FuelKind> k
                = cached ? *cached : m_kinds.insert(kind, fuelKindOf(kind));
            if (!k)
                return RowProblem::grouped(
                    tr("\"%1\" is not a fuel (petrol, diesel or electricity); map it to one in "
                       "the value mapping.")
                        .arg(kind.toString()),
                    tr("Fuels not recognised"), kind.toString());
            r.kind = *k;
        }

        const QStringView quantity = cell(row, Quantity);
        if (quantity.isEmpty())
            return tr("The quantity is empty.");
        qint64 fileMilli = 0; // thousandths of the file's unit
        const bool gallons = m_gallons && r.kind != FuelKind::Electricity;
        if (gallons) {
            const auto micro = parseScaled(quantity, 6);
            if (!micro)
                return tr("The quantity \"%1\" is not a number.").arg(quantity.toString());
            fileMilli = *micro / 1000;
            r.quantityMilli = std::llround(double(*micro) * LitresPerUsGallon / 1000.0);
        } else {
            const auto milli = parseScaled(quantity, 3);
            if (!milli)
                return tr("The quantity \"%1\" is not a number.").arg(quantity.toString());
            fileMilli = *milli;
            r.quantityMilli = *milli;
        }
        if (r.quantityMilli <= 0)
            return tr("The quantity must be more than zero (it is %1).").arg(quantity.toString());
        if (r.quantityMilli > 1'000'000'000LL)
            return tr("The quantity %1 is too large.").arg(quantity.toString());

        const QStringView amount = cell(row, Amount);
        if (amount.isEmpty())
            return tr("The amount is empty.");
        const auto money = parseAmount(amount);
        if (!money)
            return tr("The amount \"%1\" is not a sum of money in yuan.").arg(amount.toString());
        if (money->fen() < 0)
            return tr("The amount must not be negative (it is %1).").arg(amount.toString());
        r.amount = money->fen();

        const RowProblem amountProblem = checkAmount(row, fileMilli, r.amount);
        if (!amountProblem.isEmpty())
            return amountProblem;

        r.station = intern(cell(row, Station));
        r.odometer = -1;
        const QStringView odometer = cell(row, Odometer);
        if (!odometer.isEmpty()) {
            const auto km = parseWholeNumber(odometer);
            if (!km || *km < 0)
                return tr("The odometer reading \"%1\" is not a number of kilometres.")
                    .arg(odometer.toString());
            r.odometer = *km;
        }
        return {};
    }

    // The amount paid against quantity × unit price: equal within rounding (1 yuan or 5%),
    // or less by the row's discount (and then the gross amount, when given, matches quantity
    // × price and less the discount is what was paid), or, with no discount column, less by
    // at most the mapping's maxDiscountPercent. Anything else cannot be explained.
    RowProblem checkAmount(const Cells &row, qint64 fileMilli, qint64 paid) const
    {
        const auto money = [&](int field, qint64 *fen) -> RowProblem {
            const QStringView text = cell(row, field);
            *fen = -1;
            if (text.isEmpty())
                return {};
            const auto m = parseAmount(text);
            if (!m || m->fen() < 0)
                return RowProblem::grouped(
                    tr("The %1 \"%2\" is not a sum of money in yuan.")
                        .arg(field == Gross ? tr("gross amount") : tr("discount"), text.toString()),
                    tr("Amounts not readable"), text.toString());
            *fen = m->fen();
            return {};
        };
        qint64 gross = -1;
        qint64 discount = -1;
        if (RowProblem p = money(Gross, &gross); !p.isEmpty())
            return p;
        if (RowProblem p = money(Discount, &discount); !p.isEmpty())
            return p;
        if (discount > 0 && gross >= 0 && std::llabs(gross - discount - paid) > 2)
            return tr("The amount paid %1 is not the gross amount %2 less the discount %3.")
                .arg(Money(paid).toString(), Money(gross).toString(), Money(discount).toString());

        const QStringView price = cell(row, UnitPrice);
        if (price.isEmpty())
            return {};
        const auto perUnit = parseScaled(price, 4); // 0.0001 yuan
        if (!perUnit || *perUnit < 0)
            return RowProblem::grouped(
                tr("The unit price \"%1\" is not a sum of money.").arg(price.toString()),
                tr("Unit prices not readable"), price.toString());
        // quantity (0.001 unit) × price (0.0001 yuan) → fen: / 10^5
        const qint64 expected = qint64(std::llround(double(fileMilli) * double(*perUnit) / 1e5));
        const auto within = [](qint64 a, qint64 b) {
            return std::llabs(a - b) <= std::max<qint64>(100, std::max(a, b) / 20);
        };
        const qint64 before = discount > 0 ? paid + discount : paid;
        if (within(expected, before) && (gross < 0 || within(expected, gross)))
            return {};
        if (discount < 0 && m_maxDiscountPercent > 0 && paid <= expected
            && paid * 100 >= expected * (100 - m_maxDiscountPercent) - 10000)
            return {};
        if (discount > 0)
            return RowProblem::grouped(
                tr("The amount paid %1 is not quantity × unit price (%2) less the discount (%3).")
                    .arg(Money(paid).toString(), Money(expected).toString(),
                         Money(discount).toString()),
                tr("Amounts not explained by quantity × unit price less the discount"), {});
        if (gross >= 0 && !within(expected, gross))
            return tr("The gross amount %1 does not match quantity × unit price (%2).")
                .arg(Money(gross).toString(), Money(expected).toString());
        return RowProblem::grouped(
            tr("The amount %1 does not match quantity × unit price (%2); if the supplier gives "
               "discounts, map the discount column or allow a discount in the mapping.")
                .arg(Money(paid).toString(), Money(expected).toString()),
            tr("Amounts that do not match quantity × unit price"), {});
    }

    // The fuel a cell names: the mapping's value map first, then the common names.
    std::optional<FuelKind> fuelKindOf(QStringView text) const
    {
        if (!m_kindMap.isEmpty()) {
            const QString mapped = m_kindMap.value(ColumnMapping::foldValue(text));
            if (!mapped.isEmpty())
                return fromFuelKindKey(mapped);
        }
        return parseFuelKind(text.toString());
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

    QStringList display(const FuelRow &r, const Cells &row) const
    {
        QStringList values;
        for (int f = 0; f < FieldCount; ++f) {
            switch (f) {
            case PlateField: values << m_vehicles.at(r.vehicle).plate; break;
            case Card: values << m_strings.at(r.card); break;
            case Time: values << QLocale().toString(QDateTime(r.date, r.time), QLocale::ShortFormat); break;
            case Kind: values << displayName(r.kind); break;
            case Quantity: values << QLocale().toString(r.quantityMilli / 1000.0, 'f', 3); break;
            case Amount: values << Money(r.amount).toString(); break;
            case Odometer: values << (r.odometer >= 0 ? QLocale().toString(r.odometer) : QString()); break;
            default: values << cell(row, f).toString(); break;
            }
        }
        return values;
    }

    QStringList cells(const Cells &row) const
    {
        QStringList values;
        for (int f = 0; f < FieldCount; ++f)
            values << cell(row, f).toString();
        return values;
    }

    void reserve(qint64 rows) { m_seen.reserve(rows); }

    const QString &text(int string) const { return m_strings.at(string); }
    // The strings (card numbers, stations) in UTF-8, for binding; index as text().
    QList<QByteArray> utf8() const
    {
        QList<QByteArray> out;
        out.reserve(m_strings.size());
        for (const QString &s : m_strings)
            out.append(s.toUtf8());
        return out;
    }

    // The index of `s` among the strings, added when new.
    int intern(QStringView s)
    {
        if (const int *known = m_stringIndex.find(s))
            return *known;
        m_strings.append(s.toString());
        return m_stringIndex.insert(s, int(m_strings.size() - 1));
    }
private:
    int cardOf(qsizetype vehicle)
    {
        VehicleInfo &v = m_vehicles[vehicle];
        if (v.cardString < 0)
            v.cardString = intern(v.card);
        return v.cardString;
    }

    enum Key { ByPlate, ByFleetNo, ByCard };
    int m_columns[FieldCount];
    DateTimeFormat m_format;
    Key m_key = ByPlate;
    bool m_gallons = false;
    int m_maxDiscountPercent = 0;
    QHash<QString, QString> m_kindMap; // folded cell → fuel kind key
    LocalTimeConverter m_localTime;
    QList<VehicleInfo> m_vehicles;
    QHash<QString, qsizetype> m_byPlate;
    QHash<QString, qsizetype> m_byFleetNo;
    QHash<FuelKey, qint64> m_seen;
    TextMap<qsizetype> m_byCard; // a later vehicle with the card wins
    TextMap<std::optional<FuelKind>> m_kinds; // cell text → fuel kind
    TextMap<qsizetype> m_plateIndex; // cell text → vehicle or -1
    TextMap<int> m_stringIndex; // card number or station → index
    QStringList m_strings;
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
    ImportField time {QStringLiteral("time"), tr("Time"), true,
                      headerAliases({u"交易时间", u"加油时间", u"消费时间", u"充电时间", u"时间",
                                     u"交易日期", u"日期", u"time", u"date", u"datetime",
                                     u"transaction date", u"transaction datetime"}),
                      FieldType::Date};
    ImportField timeOfDay {QStringLiteral("timeOfDay"), tr("Time of day"), false,
                           headerAliases({u"交易时刻", u"时刻", u"time of day", u"transaction time",
                                          u"purchase time"}),
                           FieldType::TimeOfDay};
    timeOfDay.dateField = time.key;
    ImportField kind {QStringLiteral("fuelKind"), tr("Fuel"), false,
                      headerAliases({u"油品", u"油品名称", u"商品名称", u"燃油类型", u"油号",
                                     u"fuel", u"product", u"product description", u"fuel type"}),
                      FieldType::Choice};
    kind.choices = enumChoices(allFuelKinds());
    kind.recognise = recogniser(&parseFuelKind);
    const auto money = [](const QString &key, const QString &label,
                          std::initializer_list<const char16_t *> aliases) {
        return ImportField {key, label, false, headerAliases(aliases), FieldType::Money};
    };
    ImportField amount = money(QStringLiteral("amount"), tr("Amount paid (yuan)"),
                               {u"金额", u"消费金额", u"交易金额", u"实付金额", u"实收金额",
                                u"amount", u"net cost", u"net amount", u"amount paid"});
    amount.required = true;
    return {
        plateField(false),
        fleetNoField(),
        {QStringLiteral("card"), tr("Card number"), false,
         headerAliases(
             {u"卡号", u"油卡号", u"加油卡号", u"卡片号码", u"card", u"card no", u"card number"})},
        time,
        timeOfDay,
        kind,
        {QStringLiteral("quantity"), tr("Quantity"), true,
         headerAliases({u"数量", u"升数", u"加油量", u"加油数量", u"充电量", u"litres", u"liters",
                        u"quantity", u"volume", u"gallons", u"units"}),
         FieldType::Number},
        amount,
        {QStringLiteral("unitPrice"), tr("Unit price"), false,
         headerAliases({u"单价", u"unit price", u"price", u"unit cost", u"price per unit"}),
         FieldType::Money},
        money(QStringLiteral("grossAmount"), tr("Gross amount"),
              {u"原价金额", u"应付金额", u"原价", u"gross cost", u"gross amount"}),
        money(QStringLiteral("discount"), tr("Discount"),
              {u"优惠金额", u"优惠", u"折扣金额", u"折扣", u"discount", u"discount amount"}),
        {QStringLiteral("station"), tr("Station"), false,
         headerAliases(
             {u"油站", u"加油站", u"油站名称", u"站点", u"网点", u"station", u"merchant name"})},
        {QStringLiteral("odometer"), tr("Odometer (km)"), false,
         headerAliases(
             {u"里程", u"里程数", u"表显里程", u"odometer", u"mileage", u"current odometer"}),
         FieldType::Number},
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
void checkFuelOptions(const ColumnMapping &mapping, const QString &vehicleKey,
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

void FuelImporter::checkOptions(const CsvDocument &doc, const ColumnMapping &mapping) const
{
    checkFuelOptions(mapping, vehicleKeyOf(mapping, doc.headers()), doc.headers());
}

QList<PreviewRow> FuelImporter::previewRows(const CsvDocument &doc, const ColumnMapping &mapping,
                                            const DateTimeFormat &format, int maxRows)
{
    const QString vehicleKey = vehicleKeyOf(mapping, doc.headers());
    Run run(m_db, doc, mapping, format, vehicleKey, mapping.units == QLatin1String("gallons"),
            m_session.user().scopeDepartmentId);
    Query stored(m_db,
                 QStringLiteral("SELECT 1 FROM fuel_transactions WHERE card_no = ? AND at = ? "
                                "AND amount = ?"),
                 tr("looking for stored fuel transactions"));
    QList<PreviewRow> rows;
    CsvReader reader = doc.dataReader();
    Run::Cells raw;
    while (rows.size() < maxRows && reader.readRow(raw)) {
        PreviewRow p;
        p.line = reader.rowLine();
        FuelRow r;
        p.problem = format.isValid() ? run.read(raw, r).reason : tr("The date format is not set.");
        if (p.problem.isEmpty()) {
            p.values = run.display(r, raw);
            if (const qint64 earlier = run.earlierLine(r, p.line)) {
                p.duplicate = true;
                p.problem = tr("Same card, time and amount as line %1.").arg(earlier);
            } else {
                stored.raw().bindValue(0, run.text(r.card));
                stored.raw().bindValue(1, r.at);
                stored.raw().bindValue(2, r.amount);
                if (stored.exec().next()) {
                    p.duplicate = true;
                    p.problem = tr("Already stored (same card, time and amount).");
                }
                stored.raw().finish();
            }
        } else {
            p.values = run.cells(raw);
        }
        rows << p;
    }
    return rows;
}

namespace {

// Rows per INSERT statement while storing: one statement per row costs SQLite's statement
// overhead 500,000 times for a large statement; 64 rows × 9 values stays under the oldest
// SQLite limit of 999 parameters.
constexpr int kRowsPerInsert = 64;

// Rows from which pass 1 reads the file's two halves at once.
constexpr qint64 kParallelRows = 50000;

// What reading part of the file gave: its rows in file order, the rows refused.
struct ParsedPart
{
    std::vector<FuelRow> rows;
    QList<ImportIssue> rejected;
    bool cancelled = false;
};

QString insertSql(int rows, qint64 now)
{
    QString sql = QStringLiteral("INSERT INTO fuel_transactions (vehicle_id, card_no, at, fuel_kind, "
                                 "quantity_milli, amount, station, odometer_km, created_at) VALUES ");
    const QString tuple = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, %1)").arg(now);
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += tuple;
    }
    return sql;
}

} // namespace

void FuelImporter::requirePermission() const
{
    m_session.require(Permission::EditVehicles);
}

ImportResult FuelImporter::runImport(const CsvDocument &doc, const ImportOptions &options,
                                     const DateTimeFormat &format)
{
    QElapsedTimer timer;
    timer.start();
    const ColumnMapping &mapping = options.mapping;
    const QString vehicleKey = vehicleKeyOf(mapping, doc.headers());

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
    // half while storing. A large file without quoted fields is read in two halves at once,
    // the second on a worker thread with its own lookups (no database access there); the
    // halves are then joined in file order, where in-file duplicates are found.
    const bool gallons = mapping.units == QLatin1String("gallons");
    Run run(m_db, doc, mapping, format, vehicleKey, gallons, m_session.user().scopeDepartmentId);
    const qint64 rows = doc.approximateRowCount();
    const qint64 total = rows * 2;
    run.reserve(rows);
    const QString &text = doc.text();
    CsvReader firstReader = doc.dataReader();
    qsizetype split = text.size();
    qint64 splitLine = 0;
    if (rows >= kParallelRows && !text.contains(QLatin1Char('"'))) {
        const qsizetype start = firstReader.position();
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), start + (text.size() - start) / 2);
        if (newline > 0 && newline + 1 < text.size()) {
            split = newline + 1;
            splitLine = 1;
            const QChar *d = text.constData();
            for (qsizetype i = 0; i < split; ++i)
                if (d[i] == u'\n' || (d[i] == u'\r' && (i + 1 >= split || d[i + 1] != u'\n')))
                    ++splitLine;
        }
    }
    std::atomic<bool> stop{false};
    const auto parse = [&](Run &parser, CsvReader &reader, qsizetype end, ParsedPart &part,
                           bool reportProgress) {
        Run::Cells raw;
        qint64 done = 0;
        while (reader.position() < end && reader.readRow(raw)) {
            ++done;
            if (done % 4096 == 0) {
                if (stop.load(std::memory_order_relaxed))
                    return;
                if (reportProgress && options.progress && !options.progress(done, total)) {
                    part.cancelled = true;
                    return;
                }
            }
            if (std::all_of(raw.cbegin(), raw.cend(),
                            [](QStringView c) { return c.trimmed().isEmpty(); }))
                continue;
            const qint64 line = reader.rowLine();
            FuelRow r;
            const RowProblem problem = parser.read(raw, r);
            if (!problem.isEmpty()) {
                QStringList cells;
                cells.reserve(raw.size());
                for (const QStringView c : std::as_const(raw))
                    cells.append(c.toString());
                part.rejected.append({line, problem.reason, cells, problem.group, problem.value});
                if (options.strict)
                    return;
                continue;
            }
            r.line = line;
            part.rows.push_back(r);
        }
    };
    ParsedPart first;
    ParsedPart second;
    first.rows.reserve(size_t(rows));
    if (split < text.size()) {
        Run secondRun(m_db, doc, mapping, format, vehicleKey, gallons,
                      m_session.user().scopeDepartmentId);
        CsvReader secondReader(text, doc.delimiter(), split, splitLine);
        std::exception_ptr failure;
        std::thread worker([&] {
            try {
                second.rows.reserve(size_t(rows / 2 + 1));
                parse(secondRun, secondReader, text.size(), second, false);
            } catch (...) {
                failure = std::current_exception();
            }
        });
        try {
            parse(run, firstReader, split, first, true);
        } catch (...) {
            stop = true;
            worker.join();
            throw;
        }
        if (first.cancelled || (options.strict && !first.rejected.isEmpty()))
            stop = true;
        worker.join();
        if (failure)
            std::rethrow_exception(failure);
        // The second half's strings, as indexes of the first's.
        QHash<int, int> adopted;
        const auto adopt = [&](int index) {
            auto it = adopted.constFind(index);
            if (it == adopted.cend())
                it = adopted.insert(index, run.intern(secondRun.text(index)));
            return *it;
        };
        for (FuelRow &r : second.rows) {
            r.card = adopt(r.card);
            r.station = adopt(r.station);
            first.rows.push_back(r);
        }
        first.rejected.append(second.rejected);
    } else {
        parse(run, firstReader, text.size(), first, true);
    }
    if (first.cancelled)
        return cancel();
    if (options.strict && !first.rejected.isEmpty())
        throw ValidationError(tr("Line %1: %2 Nothing was imported.")
                                  .arg(first.rejected.first().line)
                                  .arg(first.rejected.first().reason));
    result.rejected = std::move(first.rejected);

    // In-file duplicates, in file order: the first of equal rows is kept.
    std::vector<FuelRow> pending;
    pending.reserve(first.rows.size());
    qint64 firstAt = std::numeric_limits<qint64>::max();
    qint64 lastAt = std::numeric_limits<qint64>::min();
    for (const FuelRow &r : first.rows) {
        if (const qint64 earlier = run.earlierLine(r, r.line)) {
            result.duplicates.append(
                {r.line, tr("Same card, time and amount as line %1.").arg(earlier), {}});
            continue;
        }
        firstAt = std::min(firstAt, r.at);
        lastAt = std::max(lastAt, r.at);
        pending.push_back(r);
    }
    first.rows = {};

    // Stored duplicates: for each card the file uses, its stored keys within the file's time
    // range, one covered range of the UNIQUE (card_no, at, amount) index per card.
    QSet<FuelKey> storedKeys;
    if (!pending.empty()) {
        QSet<int> cards;
        for (const FuelRow &r : pending)
            cards.insert(r.card);
        BulkStatement keys(m_db,
                           QStringLiteral("SELECT at, amount FROM fuel_transactions "
                                          "WHERE card_no = ? AND at BETWEEN ? AND ?"),
                           tr("looking for stored fuel transactions"));
        for (const int card : std::as_const(cards)) {
            keys.bind(0, run.text(card));
            keys.bind(1, firstAt);
            keys.bind(2, lastAt);
            while (keys.next())
                storedKeys.insert({card, keys.columnInt64(0), keys.columnInt64(1)});
        }
    }

    // Pass 2: store, vehicle by vehicle in time order, which keeps SQLite's index pages hot
    // (about twice as fast as the file's order for a statement sorted by time).
    struct Order
    {
        qint64 vehicleId;
        qint64 at;
        qsizetype row; // the file's order among equals
    };
    std::vector<Order> order;
    order.reserve(pending.size());
    for (size_t i = 0; i < pending.size(); ++i)
        order.push_back({pending[i].vehicleId, pending[i].at, qsizetype(i)});
    std::sort(order.begin(), order.end(), [](const Order &a, const Order &b) {
        return a.vehicleId != b.vehicleId ? a.vehicleId < b.vehicleId
               : a.at != b.at             ? a.at < b.at
                                          : a.row < b.row;
    });
    {
        std::vector<FuelRow> sorted;
        sorted.reserve(pending.size());
        for (const Order &o : order)
            sorted.push_back(pending[size_t(o.row)]);
        pending.swap(sorted);
    }
    if (!storedKeys.isEmpty()) {
        const auto firstNew = std::stable_partition(
            pending.begin(), pending.end(), [&](const FuelRow &r) {
                return !storedKeys.contains({r.card, r.at, r.amount});
            });
        for (auto it = firstNew; it != pending.end(); ++it)
            result.duplicates.append(
                {it->line, tr("Already stored (same card, time and amount)."), {}});
        pending.erase(firstNew, pending.end());
    }

    BulkLoadCache cache(m_db, 262144);
    // The commit appends to the WAL; folding it into the file (about 0.5 s for a region-scale
    // load) then runs in the background instead of keeping the user waiting.
    DeferredCheckpoint checkpoint(m_db);
    const qint64 now = m_clock.nowSecs();
    const QString context = tr("importing fuel transactions");
    BulkStatement many(m_db, insertSql(kRowsPerInsert, now), context);
    BulkStatement one(m_db, insertSql(1, now), context);
    const QList<QByteArray> utf8 = run.utf8(); // bound without copies: alive to the end
    const QByteArray kindKeys[] = {key(FuelKind::Petrol).toUtf8(), key(FuelKind::Diesel).toUtf8(),
                                   key(FuelKind::Electricity).toUtf8()};
    const auto bindRow = [&](BulkStatement &st, int base, const FuelRow &r) {
        st.bind(base, r.vehicleId);
        st.bindUtf8(base + 1, utf8.at(r.card));
        st.bind(base + 2, r.at);
        st.bindUtf8(base + 3, kindKeys[int(r.kind)]);
        st.bind(base + 4, r.quantityMilli);
        st.bind(base + 5, r.amount);
        st.bindUtf8(base + 6, utf8.at(r.station));
        if (r.odometer >= 0)
            st.bind(base + 7, r.odometer);
        else
            st.bindNull(base + 7);
    };
    const auto storeOne = [&](const FuelRow &r) {
        bindRow(one, 0, r);
        try {
            one.exec();
        } catch (const Error &e) {
            throw StorageError(tr("Line %1 could not be stored, so nothing was imported: %2")
                                   .arg(r.line)
                                   .arg(e.message()));
        }
    };
    const qint64 stored = qint64(pending.size());
    qint64 nextProgress = 4096;
    // Reports progress after `i` stored rows; false when the user cancelled.
    const auto storedSoFar = [&](qint64 i) {
        result.accepted = i;
        if (!options.progress || i < nextProgress)
            return true;
        nextProgress = (i / 4096 + 1) * 4096;
        return options.progress(rows + i * rows / std::max<qint64>(stored, 1), total);
    };
    if (CopyIn::available(m_db)) {
        // PostgreSQL: one COPY … FROM STDIN; the server names the row it refuses, and the
        // transaction is then lost as a whole, as strict all-or-nothing wants anyway.
        CopyIn copy(m_db, QStringLiteral("fuel_transactions"),
                    {QStringLiteral("vehicle_id"), QStringLiteral("card_no"), QStringLiteral("at"),
                     QStringLiteral("fuel_kind"), QStringLiteral("quantity_milli"),
                     QStringLiteral("amount"), QStringLiteral("station"),
                     QStringLiteral("odometer_km"), QStringLiteral("created_at")},
                    context);
        for (qint64 i = 0; i < stored; ++i) {
            const FuelRow &r = pending[size_t(i)];
            copy.add(r.vehicleId).addUtf8(utf8.at(r.card)).add(r.at);
            copy.addUtf8(kindKeys[int(r.kind)]).add(r.quantityMilli).add(r.amount);
            copy.addUtf8(utf8.at(r.station));
            if (r.odometer >= 0)
                copy.add(r.odometer);
            else
                copy.addNull();
            copy.add(now).endRow();
            if (!storedSoFar(i + 1))
                return cancel();
        }
        try {
            copy.finish();
        } catch (const Error &e) {
            const qint64 failed = copy.failedRow();
            if (failed < 1 || failed > stored)
                throw;
            throw StorageError(tr("Line %1 could not be stored, so nothing was imported: %2")
                                   .arg(pending[size_t(failed - 1)].line)
                                   .arg(e.message()));
        }
    } else {
        qint64 i = 0;
        while (i < stored) {
            if (stored - i >= kRowsPerInsert) {
                for (int k = 0; k < kRowsPerInsert; ++k)
                    bindRow(many, k * 8, pending[size_t(i + k)]);
                try {
                    many.exec();
                } catch (const Error &) {
                    // SQLite undid the statement: store its rows one by one to name the
                    // failing line.
                    if (!many.transactionActive())
                        throw;
                    for (int k = 0; k < kRowsPerInsert; ++k)
                        storeOne(pending[size_t(i + k)]);
                    throw;
                }
                i += kRowsPerInsert;
            } else {
                storeOne(pending[size_t(i)]);
                ++i;
            }
            if (!storedSoFar(i))
                return cancel();
        }
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
    checkpoint.startAfterCommit();
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace ga::vehicles
